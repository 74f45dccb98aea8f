/**
 * Sizes beyond any real plan (a commune's plan has tens to hundreds of rows): a file
 * past them is refused while it is read, before memory and time grow with it.
 */
export const TABLE_LIMITS = {
  /** Rows of one table or sheet. */
  maxRows: 30_000,
  /** Grid columns of one Word table (Word itself allows 63). */
  maxColumns: 64,
  /** Cells of one sheet's grid (rows × columns, merged ranges included). */
  maxSheetCells: 5_000_000,
};
