import { fold } from '../plan/text';
import type { Area } from '../plan/types';
import type { StandardTask } from './schema';

/** Folded text a task is searched by: its wording and its activities, products and leads. */
function searchText(task: StandardTask): string {
  return fold([task.task, ...task.activities.flatMap((a) => [a.activity, a.product, a.lead])].join(' '));
}

/**
 * Tasks whose text holds every word of the query, diacritics and case ignored
 * ("tuyen truyen" finds "Tuyên truyền"), optionally of one area, in catalogue order.
 */
export function searchTasks(tasks: readonly StandardTask[], query: string, area: Area | null = null): StandardTask[] {
  const words = fold(query).split(' ').filter(Boolean);
  return tasks.filter((task) => {
    if (area !== null && task.area !== area) return false;
    const text = ` ${searchText(task)} `;
    return words.every((word) => text.includes(` ${word}`));
  });
}
