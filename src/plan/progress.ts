import { displayDate } from './dates';
import type { Edit } from './edits';
import { romanNumeral } from './section-rows';
import { STATUS, statusCategory } from './status';
import { summarySentence, tallyProgress } from './tally';
import type { Plan, PlanRow, Table } from './types';

/** Where the evaluation goes: the plan table's own Tiến độ/Giải trình columns, or an appendix table (seed 004's layout). */
export type ProgressMode = 'columns' | 'appendix';

export interface ProgressOptions {
  /** Report date, ISO. */
  asOf: string;
  /** The clerk's choices by plan row index; they win over what is typed and what is pre-filled. */
  statuses?: Record<number, string>;
  /** The clerk's explanations (Giải trình) by plan row index. */
  explanations?: Record<number, string>;
  mode: ProgressMode;
}

export interface ProgressRow {
  row: number;
  status: string;
  explanation: string;
  /** Where the status came from: typed in the document, chosen by the clerk, pre-filled, or still to choose. */
  origin: 'typed' | 'chosen' | 'prefilled' | 'missing';
}

export interface ProgressResult {
  edits: Edit[];
  rows: ProgressRow[];
  sentence: string;
}

export const APPENDIX_HEADER = ['TT', 'Nội dung thực hiện', 'Hoạt động', 'Tiến độ', 'Sản phẩm', 'Giải trình', 'Ghi chú'];

/**
 * A plan with its own Tiến độ column is filled in place, one with an evaluation table
 * gets that table updated; otherwise Word gets the appendix table, Excel the columns.
 */
export function defaultProgressMode(plan: Plan, inWord: boolean): ProgressMode {
  if (plan.columns.status !== null) return 'columns';
  if (plan.evaluation !== null) return 'appendix';
  return inWord ? 'appendix' : 'columns';
}

/** Kinds whose whole period is one span (start … due). */
const SPANS = new Set(['range', 'periodic', 'year']);
const SINGLE = new Set(['date', 'month', 'quarter']);

/** The status DESIGN §6 pre-fills for an activity at a report date, or "" when it is the clerk's to choose. */
export function prefilledStatus(row: PlanRow, asOf: string): string {
  const { kind, due, start } = row.deadlineInfo;
  if (kind === 'continuous') return STATUS.inProgress;
  if (due === null) return '';
  if (SINGLE.has(kind)) return due > asOf ? STATUS.notYet : '';
  if (SPANS.has(kind)) {
    if (start !== null && asOf < start) return STATUS.notYet;
    if (asOf < due) return STATUS.inProgress;
  }
  return '';
}

/** Statuses for a report date and the edits that write them and the summary sentence. */
export function planProgress(plan: Plan, tables: readonly Table[], options: ProgressOptions): ProgressResult {
  const rows: ProgressRow[] = plan.rows.map((row, i) => {
    const explanation = options.explanations?.[i] ?? row.explanation;
    const chosen = options.statuses?.[i];
    if (chosen !== undefined) return { row: i, status: chosen, explanation, origin: 'chosen' };
    if (statusCategory(row.status) !== 'empty') return { row: i, status: row.status, explanation, origin: 'typed' };
    const prefilled = prefilledStatus(row, options.asOf);
    return { row: i, status: prefilled, explanation, origin: prefilled ? 'prefilled' : 'missing' };
  });
  const evaluated: Plan = { ...plan, rows: plan.rows.map((row, i) => ({ ...row, status: rows[i].status, explanation: rows[i].explanation })) };
  const sentence = summarySentence(tallyProgress(evaluated));
  const lastTable = plan.tables.at(-1) as number;
  const edits: Edit[] = options.mode === 'appendix' ? [appendixTable(evaluated, lastTable, options.asOf)] : statusColumns(plan, tables, rows);
  edits.push({ kind: 'set-summary', afterTable: lastTable, replaces: plan.statedSummary?.text.split('\n') ?? [], text: sentence });
  return { edits, rows, sentence };
}

/** Statuses written into the plan's Tiến độ column, added (with Giải trình) right of the table when missing. */
function statusColumns(plan: Plan, tables: readonly Table[], rows: readonly ProgressRow[]): Edit[] {
  const edits: Edit[] = [];
  let width = tables[plan.header.table].rows[plan.header.start].length;
  /** A column the plan lacks, added at the right with its heading in every header. */
  const added = (heading: string): number => {
    // Every part of a split plan repeats its header: each gets the new heading.
    for (const { table, row } of plan.headerRows) edits.push({ kind: 'set-cell', table, row, col: width, text: heading });
    return width++;
  };
  const statusCol = plan.columns.status ?? added('Tiến độ');
  const explaining = rows.some(({ row, explanation }) => explanation !== plan.rows[row].explanation);
  const explanationCol = plan.columns.explanation ?? (explaining || plan.columns.status === null ? added('Giải trình') : null);
  for (const { row, status, explanation } of rows) {
    const { source, status: typed, explanation: written } = plan.rows[row];
    if (status !== typed) edits.push({ kind: 'set-cell', table: source.table, row: source.row, col: statusCol, text: status });
    if (explanation !== written && explanationCol !== null) edits.push({ kind: 'set-cell', table: source.table, row: source.row, col: explanationCol, text: explanation });
  }
  return edits;
}

/** The line above the evaluation table: what it evaluates and the report date (DESIGN §6). */
export function evaluationHeading(plan: Plan, asOf: string): string {
  const year = plan.year === null ? '' : ` năm ${plan.year}`;
  return `Đánh giá tiến độ thực hiện Kế hoạch cải cách hành chính${year} (tính đến ngày ${displayDate(asOf)})`;
}

/**
 * The evaluation as a table of its own after the plan, in the layout of seed 004; an
 * evaluation written before is replaced, so a document keeps one.
 */
function appendixTable(plan: Plan, afterTable: number, asOf: string): Edit {
  const body: string[][] = [];
  let section: number | null = null;
  let sections = 0;
  plan.rows.forEach((row, i) => {
    if (row.section !== null && row.section !== section) {
      section = row.section;
      sections++;
      body.push([romanNumeral(sections), plan.sections[section].title.replace(/^[IVXL]+\s*[.)\-–:]\s*/, ''), '', '', '', '', '']);
    }
    const firstOfTask = i === 0 || plan.rows[i - 1].task !== row.task;
    body.push([row.number, firstOfTask ? row.taskText : '', row.activity, row.status, row.product, row.explanation, row.note]);
  });
  return { kind: 'append-table', afterTable, replaces: plan.evaluation?.table ?? null, heading: evaluationHeading(plan, asOf), header: APPENDIX_HEADER, rows: body };
}
