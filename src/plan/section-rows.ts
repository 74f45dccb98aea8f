import type { GridPosition, NewRow } from './edits';
import { romanValue } from './text';
import type { Area, Table } from './types';

/** Section titles for areas a plan lacks, as the official plans word them. */
export const AREA_TITLES: Record<Area, string> = {
  direction: 'Công tác chỉ đạo, điều hành',
  institution: 'Cải cách thể chế',
  procedure: 'Cải cách thủ tục hành chính',
  organization: 'Cải cách tổ chức bộ máy',
  'civil-service': 'Cải cách chế độ công vụ',
  finance: 'Cải cách tài chính công',
  digital: 'Xây dựng chính quyền điện tử, chính quyền số',
};

export function romanNumeral(value: number): string {
  const parts: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [size, letters] of parts) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}

const ROMAN_IN_TITLE = /^((?:LĨNH VỰC|Lĩnh vực|PHẦN|Phần)\s+)?([IVXL]+)(?=\s*[.):\-–]?\s)/u;

/**
 * A section row modelled on an existing one: the Roman numeral replaced (in its own
 * cell, "I | CẢI CÁCH THỂ CHẾ", or in front of the title, "I. LĨNH VỰC …") and, when
 * `title` is given, the title too, in the template's case. Null when the template
 * row holds no numeral to change and no title is given.
 */
export function sectionRow(tables: readonly Table[], at: GridPosition, roman: string, title: string | null): { row: NewRow; title: string } | null {
  const cells = tables[at.table]?.rows[at.row];
  if (!cells) return null;
  const origins = cells.map((cell, col) => ({ cell, col })).filter(({ cell }) => !cell.hMerged && !cell.vMerged);
  const romanCell = origins.find(({ cell }) => romanValue(cell.text) !== null);
  const titleCell = origins.find(({ cell }, i) => cell.text.trim() !== '' && origins[i] !== romanCell);
  const out: Record<number, string> = {};
  for (const { cell, col } of origins) out[col] = title === null ? cell.text : '';
  let written = '';
  if (romanCell) out[romanCell.col] = roman;
  if (titleCell) {
    const old = titleCell.cell.text.trim();
    const styled = title === null ? old : old === old.toLocaleUpperCase('vi') ? title.toLocaleUpperCase('vi') : title;
    const numbered = ROMAN_IN_TITLE.exec(old);
    if (romanCell || !numbered) written = title === null ? old : styled;
    else written = title === null ? old.replace(ROMAN_IN_TITLE, `$1${roman}`) : `${numbered[1] ?? ''}${roman}. ${styled}`;
    out[titleCell.col] = written;
  }
  if (title === null && !romanCell && written === titleCell?.cell.text.trim()) return null;
  return { row: { template: at, cells: out, mergeUp: [] }, title: romanCell ? `${roman}. ${written}` : written };
}
