import { wordCellAddress } from '../hosts/ooxml/word-reader';

/** A rendered row, as far as addressing needs it: the column span of each of its cells. */
export type RenderedRow = readonly number[];

/**
 * The reader's address of each cell of a rendered Word table (table index in
 * document order): every w:tc becomes one cell, so a cell's grid column is the sum
 * of the spans before it in its row.
 */
export function renderedCellAddresses(table: number, rows: readonly RenderedRow[]): string[][] {
  return rows.map((spans, row) => {
    let col = 0;
    return spans.map((span) => {
      const address = wordCellAddress(table, row, col);
      col += Math.max(1, span);
      return address;
    });
  });
}
