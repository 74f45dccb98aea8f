import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { bigPlan } from '../../test/fixtures/big-plan';
import { buildDocx, buildXlsx } from '../../test/fixtures/build';

/** A review of one folder: on every core and on one thread, whole runs in processes of their own. */
export interface ReviewFigures {
  name: string;
  files: number;
  activities: string;
  jobs: number;
  ms: number;
  filesPerSecond: number;
  peakMb: number;
  oneThreadMs: number;
  oneThreadPeakMb: number;
  speedUp: number;
}

interface Measured {
  ms: number;
  peakMb: number;
  files: number;
}

function measure(folder: string, jobs: number): Measured {
  return JSON.parse(execFileSync(process.execPath, [join(__dirname, 'measure-review.js'), folder, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Measured;
}

/** Sizes of a province's realistic plans: 50 to 300 activities, spread evenly and the same every run. */
function realisticSize(i: number): number {
  return 50 + ((i * 97) % 251);
}

/** A folder of `count` plans, .docx and .xlsx in turn. */
async function writeFolder(folder: string, count: number, size: (i: number) => number): Promise<void> {
  await mkdir(folder, { recursive: true });
  const built = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const kind = i % 2 === 0 ? 'docx' : 'xlsx';
    const key = `${size(i)}.${kind}`;
    if (!built.has(key)) built.set(key, kind === 'docx' ? await buildDocx(bigPlan(size(i))) : await buildXlsx(bigPlan(size(i))));
    await writeFile(join(folder, `xa-${String(i + 1).padStart(3, '0')}.${kind}`), built.get(key) as Uint8Array);
  }
}

/**
 * `cchc review` over 150 plans of realistic size (mixed .docx/.xlsx, 50–300 activities) and
 * over 150 plans of 2,000 activities: wall time, files per second, peak memory, and the
 * speed-up of the worker threads over one thread. Runs of each are taken in turn; the median is kept.
 */
export async function reviewBench(dir: string, log: (line: string) => void, runs = 3): Promise<ReviewFigures[]> {
  const jobs = Math.max(1, availableParallelism());
  const sets = [
    { name: '150 realistic plans', activities: '50–300', count: 150, size: realisticSize },
    { name: '150 plans of 2,000 activities', activities: '2,000', count: 150, size: () => 2000 },
  ];
  const figures: ReviewFigures[] = [];
  for (const set of sets) {
    const folder = join(dir, set.name.replace(/\W+/g, '-'));
    log(`review: writing ${set.name}…`);
    await writeFolder(folder, set.count, set.size);
    const times = { all: [] as Measured[], one: [] as Measured[] };
    const rounds = set.size(0) >= 2000 ? 1 : runs;
    for (let round = 0; round < rounds; round++) {
      log(`review: ${set.name}, round ${round + 1}/${rounds} (${jobs} threads, then 1)…`);
      times.all.push(measure(folder, jobs));
      times.one.push(measure(folder, 1));
    }
    const median = (list: Measured[]) => [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];
    const [all, one] = [median(times.all), median(times.one)];
    figures.push({
      name: set.name,
      files: all.files,
      activities: set.activities,
      jobs,
      ms: all.ms,
      filesPerSecond: Math.round((all.files / all.ms) * 10000) / 10,
      peakMb: all.peakMb,
      oneThreadMs: one.ms,
      oneThreadPeakMb: one.peakMb,
      speedUp: Math.round((one.ms / all.ms) * 100) / 100,
    });
  }
  return figures;
}

export function reviewLines(figures: readonly ReviewFigures[]): string[] {
  return figures.map(
    (f) => `review, ${f.name} (${f.activities} activities): ${f.ms} ms on ${f.jobs} threads (${f.filesPerSecond} files/s, peak ${f.peakMb} MB); one thread ${f.oneThreadMs} ms (peak ${f.oneThreadPeakMb} MB); speed-up ${f.speedUp}×`,
  );
}
