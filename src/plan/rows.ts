import { areasOfTitle } from './areas';
import { distinctTexts } from './headers';
import { collapse, fold, romanValue } from './text';
import type { GridCell } from './types';

/** What a body row of the plan table is. */
export type RowKind =
  | { kind: 'section'; title: string }
  | { kind: 'group'; number: string; title: string }
  | { kind: 'text'; text: string }
  | { kind: 'activity' };

const GROUP_TASK = /^nhiem vu\s*(\d+)\s*/;
/** "I. LĨNH VỰC …", "LĨNH VỰC I …", "Phần 2 …": an upper-case Roman numeral (or "Lĩnh vực N") before a capitalised title. */
const SECTION_PREFIX = /^(?:(?:LĨNH VỰC|Lĩnh vực|PHẦN|Phần)\s+)?([IVXL]+)\s*[.):\-–]?\s+\p{Lu}|^(?:LĨNH VỰC|Lĩnh vực|PHẦN|Phần)\s+\d+\b/u;

/**
 * Classifies a body row (DESIGN §3): "I. LĨNH VỰC …" across the row starts a
 * section, "Nhiệm vụ N: …" a task, other lines across the whole row are notes;
 * everything else is an activity.
 */
export function classifyRow(cells: readonly GridCell[], contentColumns: readonly number[]): RowKind {
  const texts = distinctTexts(cells);
  if (texts.length === 0 || texts.length > 2) return { kind: 'activity' };
  const joined = joinLabel(texts);
  const key = fold(joined);
  if (texts.length === 2 && !isLabel(texts[0])) return { kind: 'activity' };

  const group = GROUP_TASK.exec(key);
  if (group) return { kind: 'group', number: group[1], title: stripGroupLabel(joined) };
  if (isSectionTitle(joined)) return { kind: 'section', title: joined };
  if (spansRow(cells)) {
    return /^\d+[.)]\s/.test(joined) ? { kind: 'group', number: joined.split(/[.)]/)[0], title: joined } : { kind: 'text', text: joined };
  }
  // A lone line outside the task and activity columns (a sheet's closing lines) is not an activity.
  if (texts.length === 1 && !contentColumns.some((col) => cells[col]?.text.trim() === texts[0])) {
    return { kind: 'text', text: joined };
  }
  return { kind: 'activity' };
}

/** A short label cell in front of a title: "I", "II.", "Nhiệm vụ 3", "LĨNH VỰC I". */
function isLabel(text: string): boolean {
  const key = fold(text);
  return romanValue(text) !== null || /^(nhiem vu|linh vuc|phan)\s*([ivxl]+|\d+)?$/.test(key);
}

function joinLabel(texts: string[]): string {
  if (texts.length === 1) return collapse(texts[0]);
  const [label, title] = texts.map(collapse);
  return romanValue(label) !== null && !/[.)]$/.test(label) ? `${label}. ${title}` : `${label} ${title}`;
}

function isSectionTitle(text: string): boolean {
  if (text.length > 160) return false;
  const prefix = SECTION_PREFIX.exec(text);
  if (prefix && (prefix[1] === undefined || romanValue(prefix[1]) !== null)) return true;
  return areasOfTitle(text).length > 0 && text === text.toUpperCase();
}

/** One text across (at least half of) the row. */
function spansRow(cells: readonly GridCell[]): boolean {
  const covered = cells.filter((cell) => cell.hMerged).length + 1;
  return covered * 2 >= cells.length;
}

function stripGroupLabel(text: string): string {
  return collapse(text.replace(/^\s*nhiệm\s*vụ\s*\d+\s*[:.\-–]?\s*/iu, ''));
}
