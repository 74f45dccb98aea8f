import type { StandardTask } from '../catalogue/schema';
import { keywords, SAME_TASK, similarity } from './similarity';
import type { Plan } from './types';

/** Ids of the standard tasks the plan already has: a task or activity of the plan reads like it. */
export function standardTasksInPlan(plan: Plan, tasks: readonly StandardTask[]): Set<string> {
  const planTexts = [...plan.tasks.map((task) => task.text), ...plan.rows.map((row) => row.activity)].map(keywords);
  const present = (text: string): boolean => {
    const words = keywords(text);
    return planTexts.some((planWords) => similarity(words, planWords) >= SAME_TASK);
  };
  return new Set(tasks.filter((task) => present(task.task) || task.activities.some((a) => present(a.activity))).map((task) => task.id));
}
