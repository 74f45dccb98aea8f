import { runCli } from './main';
import { installNodeZlib } from './node-zlib';
import { terminalText } from './terminal';

// A reader that stops early (`cchc catalogue | head -1`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

installNodeZlib();
runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${terminalText(text)}\n`),
  err: (text) => process.stderr.write(`${terminalText(text)}\n`),
}).then(
  (code) => exitWhenWritten(code),
  (error: unknown) => {
    // Anything unexpected still gets one line, never a stack trace.
    process.stderr.write(`cchc: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
    exitWhenWritten(2);
  },
);

/**
 * Exits once what was written has reached stdout and stderr. Left to end by itself, node first
 * waits for V8's background work (optimising compilers still busy with code that will not run
 * again): 7–10 ms of every command.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const written = () => {
    pending--;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}
