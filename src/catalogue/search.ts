import { AREA_TITLES } from '../plan/section-rows';
import { fold } from '../plan/text';
import type { Area } from '../plan/types';
import type { StandardTask } from './schema';

/** A task's folded texts by weight: its title, its area's name, the rest (aliases, activities, products, leads). */
interface SearchTexts {
  title: string;
  area: string;
  rest: string;
  all: string;
}

function searchTexts(task: StandardTask): SearchTexts {
  const rest = [...(task.aliases ?? []), ...task.activities.flatMap((a) => [a.activity, a.product, a.lead])].join(' ');
  const texts = { title: ` ${fold(task.task)} `, area: ` ${fold(AREA_TITLES[task.area])} `, rest: ` ${fold(rest)} ` };
  return { ...texts, all: `${texts.title}${texts.area}${texts.rest}` };
}

/** How well a task answers the query: the whole phrase in the title first, then in the area's name, then words in the title. */
function relevance(texts: SearchTexts, phrase: string, words: readonly string[]): number {
  const has = (text: string, word: string) => text.includes(` ${word}`);
  let score = 0;
  if (phrase && texts.title.includes(` ${phrase}`)) score += 100;
  if (phrase && texts.area.includes(` ${phrase}`)) score += 50;
  for (const word of words) {
    if (has(texts.title, word)) score += 4;
    else if (has(texts.area, word)) score += 2;
  }
  return score;
}

/**
 * Tasks whose text holds every word of the query, diacritics and case ignored
 * ("tuyen truyen" finds "Tuyên truyền"), optionally of one area; the most relevant
 * first (title, then area name, then activities), catalogue order among equals.
 */
export function searchTasks(tasks: readonly StandardTask[], query: string, area: Area | null = null): StandardTask[] {
  const phrase = fold(query);
  const words = phrase.split(' ').filter(Boolean);
  const found = tasks
    .map((task, order) => ({ task, order, texts: searchTexts(task) }))
    .filter(({ task, texts }) => {
      if (area !== null && task.area !== area) return false;
      return words.every((word) => texts.all.includes(` ${word}`));
    });
  // "tuyen truyen" means the phrase: tasks that only hold "trực tuyến" and "truyền hình" apart are dropped when some hold it whole.
  const whole = found.filter(({ texts }) => texts.all.includes(` ${phrase}`));
  return (words.length > 1 && whole.length > 0 ? whole : found)
    .map((found) => ({ ...found, score: relevance(found.texts, phrase, words) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ task }) => task);
}
