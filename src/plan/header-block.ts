import { assignRoles, columnLabels, headerScore, isNumberingRow } from './headers';
import { fold } from './text';
import type { ColumnMap, GridCell, Table } from './types';

/** Where a table's header is and what it says. */
export interface HeaderBlock {
  /** First header row. */
  start: number;
  /** First row after the header (and after a numbering row "(1) (2) …"). */
  end: number;
  labels: string[];
  columns: ColumnMap;
  /** Number of roles the header maps: how plan-like the table is. */
  score: number;
}

/** Title lines and letterhead may stand above the header in a sheet: look this far down. */
const HEADER_SEARCH_ROWS = 40;
const MIN_HEADER_SCORE = 3;

/** The header of a plan table, or null when no row names enough roles. */
export function findHeader(table: Table): HeaderBlock | null {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = headerScore(table.rows[r]);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0 || bestScore < MIN_HEADER_SCORE) return null;

  if (best > 0 && headerScore(table.rows[best - 1]) >= 2 && isSubHeader(table.rows[best - 1], table.rows[best])) best--;
  let end = best + 1;
  if (end < table.rows.length && isSubHeader(table.rows[best], table.rows[end])) end++;
  while (end < table.rows.length && isNumberingRow(table.rows[end])) end++;

  const width = table.rows[best].length;
  const labels = columnLabels(table.rows.slice(best, end), width);
  const columns = assignRoles(labels);
  const score = Object.values(columns).filter((col) => col !== null).length;
  return { start: best, end, labels, columns, score };
}

/**
 * A second header row: short labels ("Chủ trì | Phối hợp", "Bắt đầu | Kết thúc")
 * under a parent that spans them, with the other columns merged down from above.
 */
function isSubHeader(parent: readonly GridCell[], row: readonly GridCell[]): boolean {
  const parentSpans = parent.some((cell) => cell.hMerged);
  const mergedFromAbove = row.some((cell) => cell.vMerged);
  if (!parentSpans && !mergedFromAbove) return false;
  const own = row.filter((cell) => !cell.vMerged && !cell.hMerged && cell.text.trim());
  return own.length > 0 && own.every((cell) => cell.text.trim().length <= 40) && headerScore(row) >= 1;
}

/** Same header wording (folded), for continuation tables that repeat it. */
export function sameHeader(a: HeaderBlock, b: HeaderBlock): boolean {
  return a.labels.length === b.labels.length && a.labels.every((label, i) => fold(label) === fold(b.labels[i]));
}
