import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a clerk pays for one command, start-up included: the commands run in turn, round after round. */
export interface WholeProcess {
  activities: number;
  kind: 'docx' | 'xlsx';
  /** Median wall time (ms) and the largest peak memory (MB) of each command over the rounds. */
  commands: Record<string, { ms: number; peakMb: number }>;
  rounds: number;
}

const CCHC = resolve(__dirname, '../../../bin/cchc.js');

/** The commands timed on a file: the product's, and on a .docx mammoth and the floor (node + zlib + one empty SAX pass). */
function commandsFor(file: string, kind: 'docx' | 'xlsx', out: string): Record<string, string[]> {
  return {
    check: [CCHC, 'check', file, '--json'],
    insert: [CCHC, 'insert', file, '--task', 'kh-tuyen-truyen,cong-khai-tthc', '--out', out],
    progress: [CCHC, 'progress', file, '--as-of', '2025-06-30', '--out', out],
    ...(kind === 'docx' ? { mammoth: [join(__dirname, 'mammoth-once.js'), file], floor: [join(__dirname, 'floor.js'), file] } : {}),
  };
}

function timed(args: string[], peakFile: string): { ms: number; peakMb: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(__dirname, 'peak.js'), peakFile, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // check exits 1 on a plan with errors; 2 is a command that failed.
  if (result.status === null || result.status > 1) throw new Error(`${args.slice(1).join(' ')} failed: ${result.stderr}`);
  return { ms, peakMb: Number(readFileSync(peakFile, 'utf8')) };
}

export function wholeProcess(file: string, kind: 'docx' | 'xlsx', activities: number, dir: string): WholeProcess {
  const commands = commandsFor(file, kind, join(dir, `whole-result.${kind}`));
  const rounds = activities >= 20000 ? 2 : 5;
  const times = new Map<string, Array<{ ms: number; peakMb: number }>>();
  // A first round warms the file cache and is not kept.
  for (let round = 0; round <= rounds; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const measured = timed(args, join(dir, 'peak.txt'));
      if (round > 0) times.set(name, [...(times.get(name) ?? []), measured]);
    }
  }
  const summary = Object.fromEntries(
    [...times].map(([name, list]) => {
      const sorted = list.map((m) => m.ms).sort((a, b) => a - b);
      return [name, { ms: Math.round(sorted[Math.floor(sorted.length / 2)]), peakMb: Math.max(...list.map((m) => m.peakMb)) }];
    }),
  );
  return { activities, kind, commands: summary, rounds };
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a !== undefined && b !== undefined ? (a / b).toFixed(2) : '';
}

/** The whole-process table: each command's median and peak, check against mammoth and the floor, writes against check. */
export function wholeProcessTable(figures: readonly WholeProcess[]): string {
  const head = ['activities', 'file', 'check ms', 'peak MB', 'mammoth ms', 'check/mammoth', 'floor ms', 'check/floor', 'insert ms', '/check', 'peak MB', 'progress ms', '/check', 'peak MB'];
  const rows = figures.map(({ activities, kind, commands: c }) => [
    activities, kind, c.check.ms, c.check.peakMb, c.mammoth?.ms ?? '', ratio(c.check.ms, c.mammoth?.ms), c.floor?.ms ?? '', ratio(c.check.ms, c.floor?.ms),
    c.insert.ms, ratio(c.insert.ms, c.check.ms), c.insert.peakMb, c.progress.ms, ratio(c.progress.ms, c.check.ms), c.progress.peakMb,
  ].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  return ['Whole process (start-up included; commands in turn, medians):', ...[head, ...rows].map((row) => row.map((cell, i) => cell.padStart(widths[i])).join('  '))].join('\n');
}
