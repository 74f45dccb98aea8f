import type { Area, Plan } from './types';

export interface SectionCount {
  title: string;
  areas: Area[];
  tasks: number;
  activities: number;
}

/** Each section with the number of distinct tasks and of activities (rows) in it. */
export function sectionCounts(plan: Plan): SectionCount[] {
  const counts = plan.sections.map((section) => ({ title: section.title, areas: section.areas, tasks: new Set<number>(), activities: 0 }));
  for (const row of plan.rows) {
    if (row.section === null) continue;
    counts[row.section].tasks.add(row.task);
    counts[row.section].activities++;
  }
  return counts.map((count) => ({ ...count, tasks: count.tasks.size }));
}
