import type { GridCell } from '../../plan/types';

/** A block of cells, 0-based and inclusive. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Address of a worksheet cell: `x:Sheet name!B5`. */
export function sheetCellAddress(sheet: string, cellAddress: string): string {
  return `x:${sheet}!${cellAddress}`;
}

/** Parses `x:Sheet!B5` back into sheet name and A1 address; null for anything else. */
export function parseSheetCellAddress(address: string): { sheet: string; cell: string } | null {
  if (!address.startsWith('x:')) return null;
  const bang = address.lastIndexOf('!');
  return bang > 2 ? { sheet: address.slice(2, bang), cell: address.slice(bang + 1) } : null;
}

/** Every cell of a merged range (grid bounds, 0-based) shows its first cell, as Excel does; parts outside the grid are ignored. */
export function spreadMerge(rows: GridCell[][], merge: Bounds): void {
  const master = rows[merge.top]?.[merge.left];
  if (!master) return;
  for (let r = merge.top; r <= merge.bottom && r < rows.length; r++) {
    for (let c = merge.left; c <= merge.right && c < rows[r].length; c++) {
      if (r === merge.top && c === merge.left) continue;
      rows[r][c] = { text: master.text, hMerged: c !== merge.left, vMerged: r !== merge.top, address: master.address };
    }
  }
}

/** A date as clerks write it and Excel shows it in Vietnamese: d/m/yyyy (UTC, as Excel dates carry no zone); null when invalid. */
export function dateText(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}
