import type { Edit } from './edits';
import type { Finding, FindingCode } from './findings';
import { unitsNamed } from './metadata';
import { OLD_APPARATUS } from './old-apparatus';
import { LOOKS_BACK } from './rules-text';
import { summaryMismatch } from './rules-progress';
import { summarySentence, tallyProgress } from './tally';
import { fold } from './text';
import type { Plan, Role, Table } from './types';

/** One correction made: which finding, where, and the cell's text before and after. */
export interface FixChange {
  code: FindingCode;
  row: number | null;
  field: Role | null;
  before: string;
  after: string;
}

export interface FixPlan {
  edits: Edit[];
  changes: FixChange[];
}

/** The codes a correction is determined for by the plan itself. */
export const FIXABLE: readonly FindingCode[] = ['old-encoding', 'foreign-commune', 'wrong-year', 'deadline-out-of-year', 'outdated-reference', 'duplicate-row', 'numbering-gap', 'numbering-duplicate', 'summary-mismatch'];

/** The replacement in the case the clerk wrote the original: "XÃ CHÍ MINH" → "XÃ QUANG KHẢI". */
function likeCase(original: string, replacement: string): string {
  return original === original.toLocaleUpperCase('vi') && original !== original.toLocaleLowerCase('vi') ? replacement.toLocaleUpperCase('vi') : replacement;
}

/**
 * The corrections of the findings the plan itself determines (DESIGN §5, `cchc fix`):
 * another commune's name → this plan's unit and name; last year named as the plan's → the
 * plan year; a deadline in last year with the plan's pattern → the same date this year; the
 * old apparatus → the body that replaced it; the TT renumbered; the summary recomputed.
 * Each is a set-cell (or set-summary) edit on the cell's own text, so the writers apply them
 * as one undoable step.
 */
export function planFixes(plan: Plan, tables: readonly Table[], findings: readonly Finding[], codes: readonly FindingCode[] = FIXABLE): FixPlan {
  const wanted = new Set(codes.filter((code) => FIXABLE.includes(code)));
  const positions = cellPositions(tables);
  // Every fix of one cell applies to the text the previous fix left.
  const texts = new Map<string, { position: { table: number; row: number; col: number }; before: string; text: string; code: FindingCode; row: number | null; field: Role | null }>();
  const fix = (finding: Finding, change: (text: string) => string) => {
    if (finding.cell === null) return;
    const position = positions.get(finding.cell);
    if (!position) return;
    const entry = texts.get(finding.cell) ?? { position, before: tables[position.table].rows[position.row][position.col].text, text: tables[position.table].rows[position.row][position.col].text, code: finding.code, row: finding.row, field: finding.field };
    entry.text = change(entry.text);
    texts.set(finding.cell, entry);
  };
  for (const finding of findings) {
    if (!wanted.has(finding.code)) continue;
    if (finding.code === 'foreign-commune' && plan.commune !== null) fix(finding, (text) => ownUnit(text, plan));
    if (finding.code === 'wrong-year' && plan.year !== null) fix(finding, (text) => planYearIn(text, Number(finding.params.named), plan.year as number));
    if (finding.code === 'deadline-out-of-year' && plan.year !== null && !finding.params.multiYear) fix(finding, (text) => lastYearToThis(text, plan.year as number));
    if (finding.code === 'outdated-reference') fix(finding, (text) => OLD_APPARATUS.reduce((out, { written, body }) => (written && body ? out.replace(written, body(plan.unit)) : out), text));
  }
  const edits: Edit[] = [];
  const changes: FixChange[] = [];
  // First, so that the writers convert the old text and then write the corrections as Unicode.
  const encoding = findings.find((f) => f.code === 'old-encoding');
  if (encoding && wanted.has('old-encoding')) {
    edits.push({ kind: 'convert-encoding' });
    changes.push({ code: 'old-encoding', row: null, field: null, before: String(encoding.params.encoding), after: 'Unicode (Times New Roman)' });
  }
  // A repeated activity goes (nothing else is corrected in it); the TT of the rows after it are renumbered with the rest.
  const removed = new Set(wanted.has('duplicate-row') ? findings.filter((f) => f.code === 'duplicate-row' && f.row !== null).map((f) => f.row as number) : []);
  for (const { position, before, text, code, row, field } of texts.values()) {
    if (text === before || (row !== null && removed.has(row))) continue;
    edits.push({ kind: 'set-cell', ...position, text });
    changes.push({ code, row, field, before, after: text });
  }
  for (const table of new Set([...removed].map((index) => plan.rows[index].source.table))) {
    const rows = [...removed].filter((index) => plan.rows[index].source.table === table);
    edits.push({ kind: 'delete-rows', table, rows: rows.map((index) => plan.rows[index].source.row) });
    for (const index of rows) changes.push({ code: 'duplicate-row', row: index, field: 'activity', before: plan.rows[index].activity, after: '' });
  }
  const renumbering = findings.some((f) => (f.code === 'numbering-gap' || f.code === 'numbering-duplicate') && wanted.has(f.code));
  if (renumbering || [...removed].some((index) => /^\d+\.?$/.test(plan.rows[index].number))) renumber(plan, tables, edits, changes, removed);
  // The summary counts the rows that stay: one stated right before a repeated row goes is stated again.
  const staying = removed.size > 0 ? { ...plan, rows: plan.rows.filter((_row, index) => !removed.has(index)) } : plan;
  const mismatch = findings.some((f) => f.code === 'summary-mismatch') || (removed.size > 0 && summaryMismatch(staying).length > 0);
  if (mismatch && wanted.has('summary-mismatch') && plan.statedSummary) {
    const after = summarySentence(tallyProgress(staying));
    edits.push({ kind: 'set-summary', afterTable: plan.tables.at(-1) as number, replaces: plan.statedSummary.text.split('\n'), text: after });
    changes.push({ code: 'summary-mismatch', row: null, field: null, before: plan.statedSummary.text, after });
  }
  return { edits, changes };
}

/** The positions of the grids as read, worked out once each: the pane asks for every finding's fix and offers on each render. */
const positionsOf = new WeakMap<readonly Table[], ReadonlyMap<string, { table: number; row: number; col: number }>>();

/** Where each cell address first stands in the grids as read. */
export function cellPositions(tables: readonly Table[]): ReadonlyMap<string, { table: number; row: number; col: number }> {
  const known = positionsOf.get(tables);
  if (known) return known;
  const positions = new Map<string, { table: number; row: number; col: number }>();
  positionsOf.set(tables, positions);
  tables.forEach((table, t) => table.rows.forEach((cells, r) => cells.forEach((cell, c) => {
    if (!positions.has(cell.address)) positions.set(cell.address, { table: t, row: r, col: c });
  })));
  return positions;
}

/** Every other unit named as if it were the plan's replaced by the plan's own, each line apart. */
function ownUnit(text: string, plan: Plan): string {
  return text
    .split('\n')
    .map((line) => {
      let out = line;
      for (const named of unitsNamed(line)) {
        if (named.old || named.name.toLocaleLowerCase('vi') === (plan.commune ?? '').toLocaleLowerCase('vi')) continue;
        const pattern = new RegExp(`(${named.unit})(\\s+)(${named.name.split(' ').map(escapeRegExp).join('\\s+')})`, 'giu');
        out = out.replace(pattern, (_whole, unit: string, space: string, name: string) => `${unit}${space}${likeCase(name, plan.commune ?? name)}`);
      }
      return out;
    })
    .join('\n');
}

/** "năm 2025" named as the plan's year → "năm 2027"; a year looked back on stays. */
function planYearIn(text: string, named: number, year: number): string {
  // The same look-back words as the finding (wrong-year), in the same sentence.
  return text.replace(new RegExp(`(năm|NĂM|Năm)(\\s+)${named}\\b`, 'gu'), (whole, word: string, space: string, at: number, all: string) =>
    LOOKS_BACK.test(fold(all.slice(0, at).split(/[.;\n]/).pop() ?? '')) ? whole : `${word}${space}${year}`,
  );
}

/** A deadline copied with last year's year: the same date or period in the plan year (only the year before changes). */
function lastYearToThis(text: string, year: number): string {
  return text.replace(new RegExp(`\\b${year - 1}\\b`, 'g'), String(year));
}

/** TT renumbered 1, 2, 3… in document order (again from 1 in each section where the plan numbers per section). */
function renumber(plan: Plan, tables: readonly Table[], edits: Edit[], changes: FixChange[], removed: ReadonlySet<number>): void {
  const col = plan.columns.number;
  if (col === null) return;
  const perSection = restartsPerSection(plan);
  let count = 0;
  let section: number | null = null;
  let task: number | null = null;
  /** TT cells merged down from a removed row: the first row left under it holds the number, written on the merge's first cell. */
  const promoted = new Map<string, { table: number; row: number }>();
  plan.rows.forEach((row, index) => {
    const cell = tables[row.source.table].rows[row.source.row][col];
    if (removed.has(index)) {
      if (cell && !cell.vMerged) promoted.set(cell.address, { table: row.source.table, row: row.source.row });
      return;
    }
    const master = cell?.vMerged ? promoted.get(cell.address) : undefined;
    if (master) promoted.delete(cell.address);
    if (!cell || cell.listNumbered || (cell.vMerged && !master) || !/^\d+\.?$/.test(cell.text.trim())) return;
    if (perSection && row.section !== section) count = 0;
    section = row.section;
    // One number per task where the TT cell spans its activities (the merged continuation was skipped above).
    if (master || row.task !== task || !row.continuesTask) count++;
    task = row.task;
    const after = cell.text.trim().endsWith('.') ? `${count}.` : String(count);
    if (after === cell.text.trim()) return;
    edits.push({ kind: 'set-cell', ...(master ?? { table: row.source.table, row: row.source.row }), col, text: after });
    changes.push({ code: 'numbering-gap', row: index, field: 'number', before: cell.text, after });
  });
}

function restartsPerSection(plan: Plan): boolean {
  const firsts = plan.sections.map((_s, i) => plan.rows.find((row) => row.section === i)?.number).filter((n): n is string => n !== undefined);
  return firsts.length > 1 && firsts.filter((n) => /^1\.?$/.test(n)).length >= firsts.length - 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
