/**
 * One measurement in a process of its own, so that its peak memory is its own:
 * `node dist/src/bench/measure.js OPERATION FILE RUNS` prints one JSON line
 * { ms, firstMs, peakMb, reads }. OPERATION is check, insert or progress (the `cchc`
 * command, in process) or mammoth (mammoth.extractRawText, the usual Node way to
 * read a Word file).
 */
import fsPromises, { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/main';
import { installNodeZlib } from '../cli/node-zlib';

export type Operation = 'check' | 'insert' | 'progress' | 'mammoth';

export interface Measurement {
  /** Median time of the runs after the first, in milliseconds. */
  ms: number;
  /** Time of the first run (modules loaded, nothing warmed up). */
  firstMs: number;
  /** Peak resident memory of the process. */
  peakMb: number;
  /** Times the input file was read per run. */
  reads: number;
}

/** Two standard tasks of different areas: insertion touches two sections. */
const INSERTED_TASKS = 'kh-tuyen-truyen,cong-khai-tthc';

async function measure(operation: Operation, file: string, runs: number): Promise<Measurement> {
  let reads = 0;
  const readFile = fsPromises.readFile;
  // Counts reads of the input: `cchc check` must read the file once.
  fsPromises.readFile = ((...args: Parameters<typeof readFile>) => {
    if (args[0] === file) reads++;
    return readFile(...args);
  }) as typeof readFile;
  const out = await mkdtemp(join(tmpdir(), 'cchc-bench-'));
  const once = await operationRunner(operation, file, join(out, `result${file.slice(file.lastIndexOf('.'))}`));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  await rm(out, { recursive: true, force: true });
  const later = times.slice(1).sort((a, b) => a - b);
  return {
    ms: round(later.length > 0 ? later[Math.floor(later.length / 2)] : times[0]),
    firstMs: round(times[0]),
    peakMb: round(process.resourceUsage().maxRSS / 1024),
    reads: reads / runs,
  };
}

async function operationRunner(operation: Operation, file: string, out: string): Promise<() => Promise<void>> {
  if (operation === 'mammoth') {
    const mammoth = await import('mammoth');
    return async () => {
      await mammoth.extractRawText({ buffer: await fsPromises.readFile(file) });
    };
  }
  const args = {
    check: ['check', file, '--json'],
    insert: ['insert', file, '--task', INSERTED_TASKS, '--out', out],
    progress: ['progress', file, '--as-of', '2025-06-30', '--out', out],
  }[operation];
  const silent = { out: () => undefined, err: (text: string) => process.stderr.write(`${text}\n`) };
  return async () => {
    const code = await runCli(args, silent);
    if (code === 2) throw new Error(`cchc ${args.join(' ')} failed`);
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const [operation, file, runs] = process.argv.slice(2);
// As the command line runs: parts inflated by node's zlib.
installNodeZlib();
measure(operation as Operation, file, Number(runs) || 3).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
