/**
 * `npm run bench [-- --json] [-- --sizes 200,2000] [-- --no-review]`: what a clerk and a
 * province reviewer feel as plans grow. Generates plans of 200, 2,000 and 20,000 activities
 * as .docx and .xlsx, times `cchc check`, insert and progress on each (each in a process of
 * its own, for its peak memory) beside mammoth.extractRawText on the same .docx; times
 * the same commands whole-process (start-up included) beside mammoth and the floor of node +
 * zlib + one empty SAX pass; times `cchc review` over 150 realistic plans and 150 plans of 2,000 activities, on every core and
 * on one thread (`--sizes 0` for the review alone); and reports the task pane's bundle size
 * and first render. Machines here are noisy: read the ratios.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { bigPlan } from '../../test/fixtures/big-plan';
import { buildDocx, buildXlsx } from '../../test/fixtures/build';
import type { Measurement, Operation } from './measure';
import { reviewBench, reviewLines, type ReviewFigures } from './review-bench';
import { adapterSyncs, type SyncCounts } from './syncs';
import { bundleSize, firstRender } from './web';
import { wholeProcess, wholeProcessTable, type WholeProcess } from './whole-process';

const ROOT = resolve(__dirname, '../../..');
const OPERATIONS: Operation[] = ['check', 'insert', 'progress'];

interface FileResult {
  activities: number;
  kind: 'docx' | 'xlsx';
  /** The generated file (removed at the end of the run). */
  file: string;
  bytes: number;
  check: Measurement;
  insert: Measurement;
  progress: Measurement;
  mammoth?: Measurement;
  /** The same commands as a clerk runs them, each in a process of its own. */
  whole: WholeProcess;
}

/** Sync counts are taken on fake contexts holding the document as XML: the largest size would take minutes. */
const SYNC_SIZES_UP_TO = 2000;

function run(operation: Operation, file: string, runs: number): Measurement {
  const output = execFileSync(process.execPath, [join(__dirname, 'measure.js'), operation, file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as Measurement;
}

async function measureSize(dir: string, activities: number, log: (line: string) => void): Promise<{ files: FileResult[]; syncs: { activities: number; word: SyncCounts; excel: SyncCounts } | null }> {
  const spec = bigPlan(activities);
  const runs = activities >= 20000 ? 2 : 5;
  const results: FileResult[] = [];
  const built = { docx: await buildDocx(spec), xlsx: await buildXlsx(spec) };
  for (const kind of ['docx', 'xlsx'] as const) {
    const bytes = built[kind];
    const file = join(dir, `${spec.name}.${kind}`);
    await writeFile(file, bytes);
    log(`${activities} activities, .${kind} (${Math.round(bytes.length / 1024)} KB)…`);
    const [check, insert, progress] = OPERATIONS.map((operation) => run(operation, file, runs));
    const mammoth = kind === 'docx' ? run('mammoth', file, runs) : undefined;
    log(`${activities} activities, .${kind}, whole process…`);
    const whole = wholeProcess(file, kind, activities, dir);
    results.push({ activities, kind, file, bytes: bytes.length, check, insert, progress, mammoth, whole });
  }
  if (activities > SYNC_SIZES_UP_TO) return { files: results, syncs: null };
  log(`${activities} activities, syncs through the Word and Excel adapters…`);
  return { files: results, syncs: { activities, ...(await adapterSyncs(built.docx, built.xlsx)) } };
}

function ratio(a: number, b: number): number {
  return Math.round((a / b) * 100) / 100;
}

function table(results: FileResult[]): string {
  const head = ['activities', 'file', 'check ms', 'first', 'peak MB', 'reads', 'mammoth ms', 'check/mammoth', 'insert ms', '/check', 'progress ms', '/check'];
  const rows = results.map((r) => [
    r.activities, r.kind, r.check.ms, r.check.firstMs, r.check.peakMb, r.check.reads,
    r.mammoth?.ms ?? '', r.mammoth ? ratio(r.check.ms, r.mammoth.ms) : '',
    r.insert.ms, ratio(r.insert.ms, r.check.ms), r.progress.ms, ratio(r.progress.ms, r.check.ms),
  ].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  return [head, ...rows].map((row) => row.map((cell, i) => cell.padStart(widths[i])).join('  ')).join('\n');
}

/** Rounds of the growth pass. */
const GROWTH_ROUNDS = 3;

/**
 * Growth of check time from each size to the next (10× the rows: target ≤ 11× the time),
 * measured apart from the table: the two sizes take turns, round after round, so that a
 * slow spell of a shared machine falls on both, and each size's fastest round is kept
 * (the least disturbed). The table's medians, taken minutes apart, drift too much for it.
 */
function growth(results: FileResult[], log: (line: string) => void): Array<{ kind: string; from: number; to: number; fromMs: number; toMs: number; timeRatio: number }> {
  return results.flatMap((r) => {
    const next = results.find((other) => other.kind === r.kind && other.activities === r.activities * 10);
    if (!next) return [];
    log(`growth of check .${r.kind}, ${r.activities} → ${next.activities} activities, sizes taking turns…`);
    const times = { from: [] as number[], to: [] as number[] };
    for (let round = 0; round < GROWTH_ROUNDS; round++) {
      times.from.push(run('check', r.file, 5).ms);
      times.to.push(run('check', next.file, 5).ms);
    }
    const [fromMs, toMs] = [Math.min(...times.from), Math.min(...times.to)];
    return [{ kind: r.kind, from: r.activities, to: next.activities, fromMs, toMs, timeRatio: ratio(toMs, fromMs) }];
  });
}

async function main(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number).filter((n) => n > 0) : [200, 2000, 20000];
  // `--sizes 0` with review: only the province review.
  const withReview = !args.includes('--no-review');
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const dir = await mkdtemp(join(tmpdir(), 'cchc-bench-'));
  const results: FileResult[] = [];
  const syncs: Array<{ activities: number; word: SyncCounts; excel: SyncCounts }> = [];
  let growthFigures: ReturnType<typeof growth>;
  let review: ReviewFigures[] = [];
  try {
    for (const size of sizes) {
      const measured = await measureSize(dir, size, log);
      results.push(...measured.files);
      if (measured.syncs) syncs.push(measured.syncs);
    }
    growthFigures = growth(results, log);
    if (withReview) review = await reviewBench(dir, log);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const web = join(ROOT, 'dist/web');
  const hasBuild = existsSync(join(web, 'taskpane.html'));
  const bundle = hasBuild ? await bundleSize(web) : null;
  const render = hasBuild && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') ? await firstRender(web, join(ROOT, 'node_modules/@microsoft/office-js/dist')) : null;
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
  const report = { machine, files: results, growth: growthFigures, syncs, review, bundle, firstRender: render };
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}`,
    '',
    ...(results.length > 0 ? [table(results), '', wholeProcessTable(results.map((r) => r.whole)), ''] : []),
    ...report.growth.map((g) => `check .${g.kind}: ${g.from} → ${g.to} activities costs ${g.timeRatio}× the time (${g.fromMs} → ${g.toMs} ms, fastest of ${GROWTH_ROUNDS} interleaved rounds; target ≤ 11×)`),
    ...reviewLines(review),
    ...syncs.map((s) => `context.sync() at ${s.activities} activities — Word: check ${s.word.check}, insert ${s.word.insert}, progress ${s.word.progress}; Excel: check ${s.excel.check}, insert ${s.excel.insert}, progress ${s.excel.progress} (target ≤ 2 / 2 / 3)`),
    bundle ? `Task pane bundle: ${bundle.initialGzipKb} KB gzip at first load, ${bundle.totalGzipKb} KB with the file readers` : 'Task pane bundle: no production build (run npm run build)',
    render ? `Preview page in headless Chromium: tabs on screen after ${render.tabsMs} ms; sample plan read and shown in ${render.sampleMs} ms` : 'Preview page: not measured (no build or no Chromium)',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
