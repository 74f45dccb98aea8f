import type { Plan, Table } from './types';

/** How a plan writes its tasks and numbers, so that new rows look like the clerk's own. */
export interface PlanLayout {
  /** Task cell of a task's later rows: merged with the first, the text repeated, or left empty. */
  taskCells: 'merge' | 'repeat' | 'empty';
  /** Where numbers are written: the TT column, in front of the task text ("1. Ban hành…"), or nowhere. */
  numbering: 'column' | 'task-text' | 'none';
  /** Numbers count activities (every row) or tasks (first row of each task). */
  numberPer: 'activity' | 'task';
  /** The TT cell of a task is merged over its activities. */
  mergeNumber: boolean;
  /** Numbering starts again at 1 in each section. */
  restartsPerSection: boolean;
  /** Tasks open with a "Nhiệm vụ N" row across the table (no task column). */
  groupRows: boolean;
}

const INTEGER = /^\d+$/;
/** "1. Ban hành …" → "1". */
export const TASK_TEXT_NUMBER = /^(\d+)\s*[.,)]\s*/;

export function detectLayout(plan: Plan, tables: readonly Table[]): PlanLayout {
  const { columns, rows } = plan;
  const cellAt = (rowIndex: number, col: number | null) => {
    const { table, row } = rows[rowIndex].source;
    return col === null ? undefined : tables[table]?.rows[row]?.[col];
  };
  const continuations = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.continuesTask);
  const separateTask = columns.task !== null && columns.task !== columns.activity;
  let taskCells: PlanLayout['taskCells'] = 'merge';
  if (separateTask && continuations.length > 0) {
    const merged = continuations.some(({ i }) => cellAt(i, columns.task)?.vMerged);
    const repeated = continuations.some(({ i }) => !cellAt(i, columns.task)?.vMerged && (cellAt(i, columns.task)?.text.trim() ?? '') !== '');
    taskCells = merged ? 'merge' : repeated ? 'repeat' : 'empty';
  }
  const numbered = rows.filter((row) => INTEGER.test(row.number));
  const numbering: PlanLayout['numbering'] =
    numbered.length === 0 ? 'none' : columns.number !== null ? 'column' : 'task-text';
  const numberPer = continuations.some(({ row, i }) => INTEGER.test(row.number) && !cellAt(i, columns.number)?.vMerged) ? 'activity' : 'task';
  const restartsPerSection = plan.sections.some((_s, s) => s > 0 && rows.find((row) => row.section === s && INTEGER.test(row.number))?.number === '1');
  const mergeNumber = continuations.some(({ i }) => cellAt(i, columns.number)?.vMerged === true);
  return { taskCells, mergeNumber, numbering, numberPer, restartsPerSection, groupRows: columns.task === null && plan.tasks.some((task) => task.source !== null) };
}
