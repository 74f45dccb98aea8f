import { CELL_TEXTS_KEPT, fold, memoised } from './text';
import { ROLES, type ColumnMap, type GridCell, type Role } from './types';

/**
 * Header wording → role, tried in order on the folded label of a column (parent
 * header and sub-header joined). Order matters: "Trách nhiệm thực hiện / Phối hợp"
 * is a coordinator before it is a lead, "Thời gian / Bắt đầu" a start before a deadline.
 */
const ROLE_RULES: ReadonlyArray<readonly [Role | 'task-or-activity', RegExp]> = [
  ['number', /^(s ?tt|so tt|so thu tu|thu tu|tt)$/],
  ['explanation', /\b(giai trinh|ly do cham|nguyen nhan)\b/],
  ['note', /\bghi chu\b/],
  ['budget', /\b(kinh phi|du toan|nguon von)\b/],
  ['status', /^(?!.*thoi gian)(.*\b)?(tien do|tinh trang|muc do hoan thanh|ket qua danh gia|danh gia)\b/],
  ['start', /\b(bat dau|tu ngay|ngay bat dau)\b/],
  ['coordinator', /\bphoi hop\b/],
  ['objective', /\b(muc tieu|chi tieu|yeu cau|to chuc thuc hien)\b/],
  [
    'lead',
    /\b(chu tri|nguoi thuc hien|bo phan thuc hien|don vi thuc hien|can bo thuc hien|cong chuc thuc hien|trach nhiem thuc hien|phu trach|nguoi chiu trach nhiem|co quan thuc hien)\b/,
  ],
  ['deadline', /\b(thoi gian|thoi han|ket thuc|han hoan thanh|ngay hoan thanh|moc thoi gian)\b/],
  ['product', /\b(san pham|ket qua)\b/],
  ['activity', /\b(hoat dong|cong viec cu the)\b/],
  ['task', /\b(nhiem vu|giai phap|ten cong viec|cong viec)\b/],
  ['task-or-activity', /\bnoi dung\b/],
];

/** Leading "1.", "2 -", "(3)" numbering that some plans put in front of header texts. */
const HEADER_NUMBERING = /^\(?\d+\)?\s*[.\-–:)]?\s*/;

/**
 * Role named by one header label, or null. "Nội dung" is resolved by {@link assignRoles}. Every
 * cell of a plan is asked (is the header written again here?): the cache holds as many texts as
 * {@link fold}'s, or a plan of 20,000 activities empties it again and again.
 */
export const roleOfLabel = memoised(roleOfText, CELL_TEXTS_KEPT);

function roleOfText(label: string): Role | 'task-or-activity' | null {
  const key = fold(label.replace(HEADER_NUMBERING, ''));
  if (!key) return null;
  for (const [role, pattern] of ROLE_RULES) {
    if (pattern.test(key)) return role;
  }
  return null;
}

/** True for a numbering row under the header: "(1) (2) (3)…" or "1 2 3 …" in every filled cell. */
export function isNumberingRow(cells: readonly GridCell[]): boolean {
  const texts = distinctTexts(cells);
  if (texts.length < 3) return false;
  return texts.every((text) => /^\(?\s*\d{1,2}\s*\)?$|^\(?[a-z]\)?$/i.test(text.trim()));
}

/** The texts a row itself holds: empty slots and slots merged from the left or above left out. */
export function distinctTexts(cells: readonly GridCell[]): string[] {
  const texts: string[] = [];
  cells.forEach((cell, col) => {
    if ((cell.hMerged && col > 0) || cell.vMerged) return;
    const text = cell.text.trim();
    if (text) texts.push(text);
  });
  return texts;
}

/** Number of distinct roles one row's cells name (how header-like the row is). */
export function headerScore(cells: readonly GridCell[]): number {
  const roles = new Set<string>();
  for (let col = 0; col < cells.length; col++) addRole(roles, cells, col);
  return roles.size;
}

/**
 * True when the row's cells name at least `needed` distinct roles: {@link headerScore} ≥ needed,
 * asked of every body row (is the header written again here?). The cells are asked right to
 * left, where the lead, coordinator and deadline repeat from row to row and their answer is
 * known, and no further once the cells left could not reach `needed`: an activity row stops
 * before its own texts.
 */
export function namesRoles(cells: readonly GridCell[], needed: number): boolean {
  const roles = new Set<string>();
  for (let col = cells.length - 1; col >= 0; col--) {
    if (roles.size + col + 1 < needed) return false;
    addRole(roles, cells, col);
  }
  return roles.size >= needed;
}

function addRole(roles: Set<string>, cells: readonly GridCell[], col: number): void {
  const cell = cells[col];
  if ((cell.hMerged && col > 0) || cell.vMerged) return;
  const text = cell.text.trim();
  if (!text || text.length > 80) return;
  const role = roleOfLabel(text);
  if (role) roles.add(role === 'task-or-activity' ? 'task' : role);
}

/** Labels of each column over the header rows: parent and sub-header joined with " / ". */
export function columnLabels(headerRows: readonly GridCell[][], width: number): string[] {
  const labels: string[] = [];
  for (let col = 0; col < width; col++) {
    const parts: string[] = [];
    for (const row of headerRows) {
      const text = row[col]?.text.trim() ?? '';
      if (text && !parts.includes(text) && !/^\(?\d{1,2}\)?$/.test(text)) parts.push(text);
    }
    labels.push(parts.join(' / '));
  }
  return labels;
}

/**
 * Role of every column. Each role goes to the first column that names it; a
 * "Nội dung" column is the task when another column holds activities, else the activity.
 */
export function assignRoles(labels: readonly string[]): ColumnMap {
  const columns = Object.fromEntries(ROLES.map((role) => [role, null])) as ColumnMap;
  const ambiguous: number[] = [];
  labels.forEach((label, col) => {
    const role = roleOfLabel(lastPartFirst(label));
    if (role === 'task-or-activity') ambiguous.push(col);
    else if (role && columns[role] === null) columns[role] = col;
  });
  for (const col of ambiguous) {
    if (columns.activity !== null && columns.task === null) columns.task = col;
    else if (columns.activity === null) columns.activity = col;
  }
  // One column holding tasks and no activity column: each row is a task with one activity.
  if (columns.activity === null) columns.activity = columns.task;
  return columns;
}

/**
 * A sub-header decides ("Trách nhiệm thực hiện / Phối hợp" is about coordination), so
 * the label is matched sub-header first, then with its parent for context.
 */
function lastPartFirst(label: string): string {
  const parts = label.split(' / ');
  if (parts.length < 2) return label;
  const sub = parts[parts.length - 1];
  return roleOfLabel(sub) ? sub : label;
}
