import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { DocumentError } from '../hosts/errors';
import { languageOf, translate, type Language } from '../i18n';
import { readDate } from '../plan/dates';
import { reviewTotals } from '../plan/review';
import { convertibleKind } from './convertible';
import type { CliIo } from './main';
import { writeAtomically } from './output';
import type { ReviewedFile } from '../review/reviewed-file';
import { reviewFile } from './review-file';

/** What a review reads under a folder: plans, and the formats LibreOffice converts. */
function isPlanFile(name: string): boolean {
  const extension = extname(name).toLowerCase();
  return (extension === '.docx' || extension === '.xlsx' || convertibleKind(name) !== null) && !name.startsWith('~$') && !name.startsWith('.');
}

async function collect(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) throw new DocumentError('error.fileNotFound', { name: path });
    if (info.isFile()) return void files.push(path);
    for (const entry of (await readdir(path)).sort()) {
      const child = join(path, entry);
      const childInfo = await stat(child).catch(() => null);
      if (childInfo?.isDirectory()) await walk(child);
      else if (childInfo?.isFile() && isPlanFile(entry)) files.push(child);
    }
  };
  for (const path of paths) await walk(path);
  return files;
}

/**
 * Every file reviewed, in their order: on `jobs` worker threads (the machine's cores by default)
 * when the command runs built, one after another otherwise; `onDone` is told as each finishes.
 */
async function reviewAll(files: readonly string[], asOf: string | null, lang: Language, jobs: number, onDone: (done: number, file: string) => void): Promise<ReviewedFile[]> {
  const results: ReviewedFile[] = new Array(files.length);
  let done = 0;
  const workerScript = join(__dirname, 'review-worker.js');
  if (!__filename.endsWith('.js') || files.length < 2 || jobs === 1) {
    for (const [index, file] of files.entries()) {
      results[index] = await reviewFile(file, asOf, lang);
      onDone(++done, file);
    }
    return results;
  }
  const count = Math.min(files.length, jobs);
  let next = 0;
  await Promise.all(
    Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerScript);
      const send = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index], asOf, lang });
      };
      worker.on('message', ({ index, result }: { index: number; result: ReviewedFile }) => {
        results[index] = result;
        onDone(++done, files[index]);
        send();
      });
      worker.on('error', reject);
      send();
    })),
  );
  return results;
}

/** `cchc review FILE|FOLDER… [--as-of YYYY-MM-DD] [--out REPORT.xlsx] [--json] [--jobs N]` (DESIGN §7). */
export async function review(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { 'as-of': { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' }, jobs: { type: 'string' } },
  });
  const lang = languageOf(values.lang ?? 'vi');
  if (positionals.length === 0) {
    io.err(translate(lang, 'cli.usage'));
    return 2;
  }
  const asOf = values['as-of'] === undefined ? null : readDate(values['as-of']);
  if (values['as-of'] !== undefined && asOf === null) throw new DocumentError('error.badDate', { value: values['as-of'] });
  const jobs = values.jobs === undefined ? Math.max(1, availableParallelism()) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new DocumentError('error.badJobs', { value: values.jobs ?? '' });
  if (values.out !== undefined && extname(values.out).toLowerCase() !== '.xlsx') throw new DocumentError('error.outKind', { name: values.out, kind: 'xlsx' });
  const files = await collect(positionals);
  if (files.length === 0) throw new DocumentError('error.noFilesToReview');
  const terminal = process.stderr.isTTY === true;
  const results = await reviewAll(files, asOf, lang, jobs, (done, file) => {
    // A bar on a terminal; plain lines for logs and pipes.
    if (terminal) process.stderr.write(`\r${progressBar(done, files.length)} ${done}/${files.length}`);
    else io.err(translate(lang, 'cli.reviewed', { done, total: files.length, name: file }));
  });
  if (terminal) process.stderr.write('\n');
  const reviewed = results.flatMap((r) => (r.review ? [r.review] : []));
  const totals = reviewTotals(reviewed, results.length - reviewed.length);
  if (values.out) {
    const { reviewWorkbook } = await import('../hosts/xlsx/review-xlsx');
    await writeAtomically(values.out, await reviewWorkbook(results, totals, asOf), async () => undefined);
  }
  if (values.json) io.out(JSON.stringify({ files: results.map((r) => ({ file: r.file, error: r.error, plan: r.plan, summary: r.summary, counts: r.counts, findings: r.findings })), totals }, null, 2));
  else io.out(translate(lang, 'cli.reviewTotals', { files: totals.files, read: totals.read, unreadable: totals.unreadable, errors: totals.errors, withErrors: totals.plansWithErrors, warnings: totals.warnings }));
  if (values.out) io.out(translate(lang, 'cli.written', { name: values.out }));
  return 0;
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
