/**
 * Sizes beyond any real plan (a commune's plan has tens to hundreds of rows): a file
 * past them is refused while it is read, before memory and time grow with it.
 */
export const TABLE_LIMITS = {
  /** Rows of one table or sheet. */
  maxRows: 30_000,
  /** Grid columns of one Word table (Word itself allows 63). */
  maxColumns: 64,
  /** Cells of one sheet's grid (rows × columns, merged ranges included), and the cells merged ranges cover in all. */
  maxSheetCells: 5_000_000,
  /** Merged ranges of one sheet: two for every row the row limit allows (a plan has tens to hundreds; a 20,000-activity plan 20,007). */
  maxMerges: 60_000,
  /** Characters of one text node (Excel holds at most 32,767 in a cell). */
  maxText: 50_000,
  /** Nesting depth of an XML part (a plan's deepest is a table in a content control in a cell: tens). */
  maxDepth: 256,
};

/** A file larger than this is refused before it is read (a 20,000-activity plan is a few MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
