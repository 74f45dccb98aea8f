import type { GridCell, Table } from '../plan/types';

export interface DrawnCell {
  cell: GridCell;
  colSpan: number;
  rowSpan: number;
}

/** The table's cells as HTML draws them: each merged cell once, spanning the slots that share its address. */
export function drawnRows(table: Table, rowCount: number): DrawnCell[][] {
  const rows = table.rows.slice(0, rowCount);
  return rows.map((cells, r) =>
    cells.flatMap((cell, c): DrawnCell[] => {
      if (cell.hMerged || cell.vMerged) return [];
      let colSpan = 1;
      while (cells[c + colSpan]?.hMerged && cells[c + colSpan].address === cell.address) colSpan++;
      let rowSpan = 1;
      while (rows[r + rowSpan]?.[c]?.vMerged && rows[r + rowSpan][c].address === cell.address) rowSpan++;
      return [{ cell, colSpan, rowSpan }];
    }),
  );
}
