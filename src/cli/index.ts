import { runCli } from './main';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Anything unexpected still gets one line, never a stack trace.
    process.stderr.write(`cchc: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
