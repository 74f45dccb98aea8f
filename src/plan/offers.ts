import { parseDeadline } from './deadline';
import type { Edit } from './edits';
import type { Finding } from './findings';
import { cellPositions } from './fixes';
import { romanNumeral } from './section-rows';
import { fold } from './text';
import type { Plan, Table } from './types';

/**
 * A correction offered for the clerk to choose, never applied by itself (`cchc fix` leaves
 * these): the words of the choice and the edit that writes them.
 */
export interface OfferedFix {
  text: string;
  edit: Edit;
}

/** How many wordings a deadline the reader cannot read is offered. */
const MAX_SUGGESTIONS = 4;

/**
 * Readable wordings for a deadline as the clerk wrote it: the months, quarters and dates
 * it names, in the plan's year, then the usual end-of-year choices. Each one reads back as
 * a deadline in the year (the suggestions are checked with the reader itself).
 */
export function deadlineSuggestions(text: string, year: number): string[] {
  const folded = fold(text);
  const candidates: string[] = [];
  for (const [, day, month] of folded.matchAll(/\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\b/g)) {
    const [d, m] = [Number(day), Number(month)];
    if (m >= 1 && m <= 12 && d >= 1) candidates.push(`Trước ngày ${Math.min(d, daysIn(m, year))}/${m}/${year}`);
  }
  for (const [, quarter] of folded.matchAll(/\bquy\s*(\d|i{1,3}|iv)\b/g)) {
    const n = /^\d$/.test(quarter) ? Number(quarter) : ['i', 'ii', 'iii', 'iv'].indexOf(quarter) + 1;
    if (n >= 1 && n <= 4) candidates.push(`Quý ${romanNumeral(n)}/${year}`);
  }
  for (const [, month] of folded.matchAll(/\bthang\s*(\d{1,2})\b/g)) {
    const m = Number(month);
    if (m >= 1 && m <= 12) candidates.push(`Tháng ${m}/${year}`);
  }
  if (/\b(cuoi nam|trong nam|ca nam)\b/.test(folded)) candidates.push(`Tháng 12/${year}`);
  if (/\b(dau nam)\b/.test(folded)) candidates.push(`Quý I/${year}`);
  if (/\b(giua nam|6 thang dau)\b/.test(folded)) candidates.push(`Tháng 6/${year}`);
  if (/\b(hang thang|hang quy|dinh ky|thuong xuyen|lien tuc)\b/.test(folded)) candidates.push('Thường xuyên');
  candidates.push(`Quý IV/${year}`, `Tháng 12/${year}`, 'Thường xuyên');
  const readable = candidates.filter((candidate) => {
    const { kind, due } = parseDeadline(candidate, year);
    return kind !== 'unparsed' && kind !== 'empty' && (due === null || due.startsWith(String(year)));
  });
  return [...new Set(readable)].slice(0, MAX_SUGGESTIONS);
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The choices offered for one finding: readable wordings of a deadline that cannot be read,
 * and for an empty lead or coordinator the one value the task's other activities agree on.
 */
export function offeredFixes(plan: Plan, tables: readonly Table[], finding: Finding): OfferedFix[] {
  const position = finding.cell === null ? undefined : cellPositions(tables).get(finding.cell);
  if (!position || finding.row === null) return [];
  const setCell = (text: string): OfferedFix => ({ text, edit: { kind: 'set-cell', ...position, text } });
  if (finding.code === 'deadline-unparsed' && plan.year !== null) return deadlineSuggestions(plan.rows[finding.row].deadline, plan.year).map(setCell);
  if (finding.code === 'empty-cell' && (finding.field === 'lead' || finding.field === 'coordinator')) {
    const field = finding.field;
    const row = plan.rows[finding.row];
    const others = new Set(plan.rows.filter((other) => other !== row && other.task === row.task).map((other) => other[field].trim()).filter((text) => text !== ''));
    return others.size === 1 ? [setCell([...others][0])] : [];
  }
  return [];
}
