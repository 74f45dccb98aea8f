import type { StandardTask } from '../catalogue/schema';
import { KeywordIndex } from './similarity';
import type { Plan } from './types';

/** Ids of the standard tasks the plan already has: a task or activity of the plan reads like it. */
export function standardTasksInPlan(plan: Plan, tasks: readonly StandardTask[]): Set<string> {
  const index = new KeywordIndex<string>();
  for (const task of tasks) {
    index.add(task.id, task.task);
    for (const { activity } of task.activities) index.add(task.id, activity);
  }
  const planTexts = new Set([...plan.tasks.map((task) => task.text), ...plan.rows.map((row) => row.activity)]);
  const present = new Set<string>();
  for (const text of planTexts) for (const id of index.alike(text)) present.add(id);
  return present;
}
