import type { SourceDocument } from './types';

/** Whether two readings of a document show the same text in the same tables and paragraphs (addresses and merges included). */
export function sameDocument(a: SourceDocument, b: SourceDocument): boolean {
  if (a.text !== b.text || a.tables.length !== b.tables.length) return false;
  return a.tables.every((table, t) => {
    const other = b.tables[t].rows;
    return (
      table.rows.length === other.length &&
      table.rows.every((cells, r) => cells.length === other[r].length && cells.every((cell, c) => cell.text === other[r][c].text && cell.address === other[r][c].address && cell.vMerged === other[r][c].vMerged && cell.hMerged === other[r][c].hMerged))
    );
  });
}
