import type { LegacyEncoding } from './legacy-encoding';
import type { Unit } from './metadata';

/** One slot of a rectangular table grid. Merged cells cover several slots. */
export interface GridCell {
  /** Text as the clerk typed it (paragraphs joined by "\n"); a covered slot repeats its origin's text. */
  text: string;
  /** Covered by the cell that starts to its left (horizontal span / gridSpan / merged columns). */
  hMerged: boolean;
  /** Covered by the cell that starts above it (vertical merge / merged rows). */
  vMerged: boolean;
  /** Opaque host address used to select or edit the cell. */
  address: string;
  /** The cell's text starts with Word's automatic list number (shown, not typed): an inserted row keeps the list going. */
  listNumbered?: boolean;
}

/** A table read from a host: a rectangular grid, every row the same width. */
export interface Table {
  /** Position of the table in the document (document order). */
  index: number;
  /** Name shown to the clerk, e.g. "Bảng 2" or the sheet name. */
  name: string;
  rows: GridCell[][];
}

/** What a host hands to the recogniser. */
export interface SourceDocument {
  tables: Table[];
  /** Text outside the tables (title, letterhead, closing lines), one paragraph a line. */
  text: string;
  /** Text was typed in TCVN3 or VNI fonts (the encoding of most of it); the texts above are decoded. */
  legacyEncoding?: LegacyEncoding;
}

export const ROLES = [
  'task',
  'activity',
  'product',
  'lead',
  'coordinator',
  'deadline',
  'number',
  'start',
  'status',
  'explanation',
  'note',
  'objective',
  'budget',
] as const;
export type Role = (typeof ROLES)[number];

/** Grid column index of each role, or null when the plan has no such column. */
export type ColumnMap = Record<Role, number | null>;

export const AREAS = [
  'direction',
  'institution',
  'procedure',
  'organization',
  'civil-service',
  'finance',
  'digital',
] as const;
export type Area = (typeof AREAS)[number];

export type DeadlineKind =
  | 'date'
  | 'month'
  | 'quarter'
  | 'year'
  | 'range'
  | 'periodic'
  | 'continuous'
  | 'conditional'
  | 'unparsed'
  | 'empty';

export interface Deadline {
  kind: DeadlineKind;
  /** ISO date of the last day of the period (the last occurrence for periodic ones), or null. */
  due: string | null;
  /** Every occurrence, ascending; one entry for single deadlines, empty when due is null. */
  dues: string[];
  /** ISO date the period begins (first day of the first occurrence), or null. */
  start: string | null;
}

export interface PlanSection {
  title: string;
  areas: Area[];
  /** Index of the table row that opened the section, or null for rows before any section. */
  source: { table: number; row: number } | null;
}

/** One activity of the plan: a body row of the plan table. */
export interface PlanRow {
  section: number | null;
  /** Index into Plan.tasks. */
  task: number;
  number: string;
  taskText: string;
  activity: string;
  product: string;
  lead: string;
  coordinator: string;
  deadline: string;
  start: string;
  status: string;
  explanation: string;
  note: string;
  deadlineInfo: Deadline;
  /** Where the row is in the host: table index, grid row, the address of each role's cell. */
  source: { table: number; row: number; cells: Partial<Record<Role, string>> };
  /** True when the task cell is empty or merged with the one above (continuation row). */
  continuesTask: boolean;
}

export interface PlanTask {
  text: string;
  section: number | null;
  /** Number written in a "Nhiệm vụ N" group row, if any. */
  number: string | null;
  /** The "Nhiệm vụ N" group row that opened the task, if any. */
  source: { table: number; row: number } | null;
}

/** A stated summary found in the document ("hoàn thành 30/38 hoạt động, đạt 79%"). */
export interface StatedSummary {
  text: string;
  tasks: number | null;
  tasksDone: number | null;
  done: number | null;
  activities: number | null;
  percent: number | null;
  inProgress: number | null;
  notYet: number | null;
  notDone: number | null;
  unassessed: number | null;
}

/** The evaluation table that goes with the plan (seed 004's layout), when the plan is evaluated apart from its own table. */
export interface PlanEvaluation {
  table: number;
  /** Grid row of the evaluation that assesses each plan row, or null for an activity it does not assess. */
  rows: Array<number | null>;
}

export interface Plan {
  /** The unit word: xã, phường, thị trấn or đặc khu. */
  unit: Unit | null;
  /** The unit's name, without the unit word. */
  commune: string | null;
  year: number | null;
  tables: number[];
  columns: ColumnMap;
  /** Combined header label of each grid column as read (for the clerk to correct a mapping). */
  headerLabels: string[];
  /** Where the header is: its table, first row, and the first row after it. */
  header: { table: number; start: number; end: number };
  /** The first header row of each table of the plan that repeats the header, and header rows repeated inside a table. */
  headerRows: Array<{ table: number; row: number }>;
  sections: PlanSection[];
  tasks: PlanTask[];
  rows: PlanRow[];
  statedSummary: StatedSummary | null;
  evaluation: PlanEvaluation | null;
  /** The document's text is in TCVN3 or VNI fonts (read here as Unicode). */
  legacyEncoding?: LegacyEncoding;
}

/** Whether the plan carries statuses: its own Tiến độ column or an evaluation table. */
export function isEvaluated(plan: Plan): boolean {
  return plan.columns.status !== null || plan.evaluation !== null;
}
