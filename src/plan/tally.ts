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
  notDone: number;
  /** No status yet, or free text that says none of the four. */
  unassessed: number;
}

/** Counts of the plan's activities by status; a task is done iff all its activities are done. */
export function tallyProgress(plan: Plan): ProgressTally {
  const taskDone = new Map<number, boolean>();
  const tally = { tasks: 0, activities: plan.rows.length, tasksDone: 0, done: 0, inProgress: 0, notYet: 0, notDone: 0, unassessed: 0 };
  for (const row of plan.rows) {
    const category = statusCategory(row.status);
    if (category === 'empty' || category === 'other') tally.unassessed++;
    else tally[category === 'done' ? 'done' : category]++;
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

/**
 * The summary sentence of DESIGN §6, numbers from the tally: every activity is counted
 * in one part, so the parts add up to the total (parts after "chưa đến thời điểm" are left out at 0).
 */
export function summarySentence(tally: ProgressTally): string {
  const { tasks, activities, tasksDone, done, inProgress, notYet, notDone, unassessed } = tally;
  const optional = [notDone > 0 ? `; không thực hiện ${notDone}` : '', unassessed > 0 ? `; chưa đánh giá ${unassessed}` : ''].join('');
  return (
    `Tổng số ${tasks} nhiệm vụ và ${activities} hoạt động; ` +
    `hoàn thành ${tasksDone}/${tasks} nhiệm vụ, đạt ${percent(tasksDone, tasks)}%; ` +
    `hoàn thành ${done}/${activities} hoạt động, đạt ${percent(done, activities)}%; ` +
    `đang triển khai ${inProgress}; chưa đến thời điểm ${notYet}${optional}.`
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
    ['notDone', stated.notDone, tally.notDone],
    ['unassessed', stated.unassessed, tally.unassessed],
  ];
  return pairs
    .filter((pair): pair is [string, number, number] => pair[1] !== null && pair[1] !== pair[2])
    .map(([figure, statedValue, actual]) => ({ figure, stated: statedValue, actual }));
}
