import { statusCategory } from './status';
import type { Plan, StatedSummary } from './types';

/** Progress counts recomputed from the table (DESIGN §6). */
export interface ProgressTally {
  tasks: number;
  activities: number;
  tasksDone: number;
  done: number;
  inProgress: number;
  notYet: number;
}

/** Counts of the plan's activities by status; a task is done iff all its activities are done. */
export function tallyProgress(plan: Plan): ProgressTally {
  const taskDone = new Map<number, boolean>();
  const tally = { tasks: 0, activities: plan.rows.length, tasksDone: 0, done: 0, inProgress: 0, notYet: 0 };
  for (const row of plan.rows) {
    const category = statusCategory(row.status);
    if (category === 'done') tally.done++;
    if (category === 'inProgress') tally.inProgress++;
    if (category === 'notYet') tally.notYet++;
    taskDone.set(row.task, (taskDone.get(row.task) ?? true) && category === 'done');
  }
  tally.tasks = taskDone.size;
  tally.tasksDone = [...taskDone.values()].filter(Boolean).length;
  return tally;
}

/** part/whole as a percentage rounded half-up to an integer (0 when whole is 0). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((200 * part + whole) / (2 * whole));
}

/** The summary sentence of DESIGN §6, numbers from the tally. */
export function summarySentence(tally: ProgressTally): string {
  const { tasks, activities, tasksDone, done, inProgress, notYet } = tally;
  return (
    `Tổng số ${tasks} nhiệm vụ và ${activities} hoạt động; ` +
    `hoàn thành ${tasksDone}/${tasks} nhiệm vụ, đạt ${percent(tasksDone, tasks)}%; ` +
    `hoàn thành ${done}/${activities} hoạt động, đạt ${percent(done, activities)}%; ` +
    `đang triển khai ${inProgress}; chưa đến thời điểm ${notYet}.`
  );
}

/** Figures a stated summary gives that the table contradicts, as "stated → actual" pairs. */
export function summaryDifferences(stated: StatedSummary, tally: ProgressTally): Array<{ figure: string; stated: number; actual: number }> {
  const pairs: Array<[string, number | null, number]> = [
    ['tasks', stated.tasks, tally.tasks],
    ['tasksDone', stated.tasksDone, tally.tasksDone],
    ['activities', stated.activities, tally.activities],
    ['done', stated.done, tally.done],
    ['percent', stated.percent, percent(tally.done, tally.activities)],
    ['inProgress', stated.inProgress, tally.inProgress],
    ['notYet', stated.notYet, tally.notYet],
  ];
  return pairs
    .filter((pair): pair is [string, number, number] => pair[1] !== null && pair[1] !== pair[2])
    .map(([figure, statedValue, actual]) => ({ figure, stated: statedValue, actual }));
}
