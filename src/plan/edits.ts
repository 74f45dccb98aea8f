import type { NewPlan } from './new-plan';

/** A cell position in a host table (grid coordinates of the recognised Table). */
export interface GridPosition {
  table: number;
  row: number;
}

/**
 * A row to insert, modelled on an existing row of the plan: the host copies that
 * row (borders, fonts, widths, horizontal merges) and puts the texts in.
 */
export interface NewRow {
  template: GridPosition;
  /** Text of each grid column that starts a cell in the template row; other cells are emptied. */
  cells: Record<number, string>;
  /** Grid columns merged with the cell above (a task cell spanning its activities). */
  mergeUp: number[];
  /** Not bold and not shaded, whatever the template row is (rows written under a header-only table's header). */
  plain?: boolean;
}

/** Edit operations a host applies in one batch (DESIGN §2). Row indexes are those of the grids as read. */
export type Edit =
  | { kind: 'insert-rows'; table: number; after: number; rows: NewRow[] }
  | { kind: 'set-cell'; table: number; row: number; col: number; text: string }
  /**
   * Rows removed (a repeated activity). A vertically merged cell that starts on a removed row
   * and goes on below keeps its text on its next row. Never in one batch with insert-rows.
   */
  | { kind: 'delete-rows'; table: number; rows: number[] }
  /**
   * The evaluation table (seed 004's layout) with its heading line: after a plan table,
   * or in place of the evaluation written before (`replaces`, a table index).
   */
  | { kind: 'append-table'; afterTable: number; replaces: number | null; heading: string; header: string[]; rows: string[][] }
  | { kind: 'set-summary'; afterTable: number; replaces: string[]; text: string }
  /** A new plan (title lines and its table) written at the end of a document that has none. */
  | { kind: 'append-plan'; plan: NewPlan }
  /** The document's text in TCVN3 or VNI fonts converted to Unicode in Times New Roman (the texts as read are already Unicode). */
  | { kind: 'convert-encoding' };
