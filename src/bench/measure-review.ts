/**
 * One province review in a process of its own, so that its peak memory (worker threads
 * included) is its own: `node dist/src/bench/measure-review.js FOLDER JOBS` prints one
 * JSON line { ms, peakMb, files }.
 */
import { runCli } from '../cli/main';

async function measure(folder: string, jobs: string): Promise<{ ms: number; peakMb: number; files: number }> {
  let printed = '';
  const start = performance.now();
  const code = await runCli(['review', folder, '--json', '--jobs', jobs], { out: (text) => (printed += text), err: () => undefined });
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`cchc review ${folder} failed`);
  const files = (JSON.parse(printed) as { files: unknown[] }).files.length;
  return { ms: Math.round(ms), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), files };
}

const [folder, jobs] = process.argv.slice(2);
measure(folder, jobs ?? '1').then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
