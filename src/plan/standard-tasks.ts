import type { StandardTask } from '../catalogue/schema';
import { KeywordIndex, keywordsOfWords } from './similarity';
import { fold } from './text';
import type { Plan } from './types';

/**
 * Ids of the standard tasks the plan already has: a task or activity of the plan reads
 * like the task, one of its activities or one of its aliases, or holds an alias word
 * for word ("Đề án 06", "Bộ phận Một cửa", "PAR INDEX").
 */
export function standardTasksInPlan(plan: Plan, tasks: readonly StandardTask[]): Set<string> {
  const { index, phrases } = catalogueIndexOf(tasks);
  const planTexts = new Set([...plan.tasks.map((task) => task.text), ...plan.rows.map((row) => row.activity)]);
  const present = new Set<string>();
  // Texts with the same keywords in the same order ("Báo cáo CCHC quý I/2025", "… quý II/2025") are
  // as alike to every task: the index is asked once for each such list of keywords. Words with a
  // digit are never keywords, so texts that differ only in numbers are known alike before their keywords are taken.
  const askedTexts = new Set<string>();
  const askedKeywords = new Set<string>();
  for (const text of planTexts) {
    const folded = fold(text);
    const words = folded.split(' ');
    const withoutNumbers = folded.replace(WORD_WITH_DIGIT, '');
    if (!askedTexts.has(withoutNumbers)) {
      askedTexts.add(withoutNumbers);
      const keywords = keywordsOfWords(words);
      const asked = [...keywords.weights.keys()].join(' ');
      if (!askedKeywords.has(asked)) {
        askedKeywords.add(asked);
        for (const id of index.alikeWords(keywords)) present.add(id);
      }
    }
    const key = ` ${folded} `;
    for (const word of words) {
      const starting = phrases.get(word);
      if (starting) for (const { id, phrase } of starting) if (key.includes(phrase)) present.add(id);
    }
  }
  return present;
}

/** A folded word holding a digit ("2025", "i/2025", "06"). */
const WORD_WITH_DIGIT = /[^ ]*\d[^ ]*/g;

interface CatalogueIndex {
  index: KeywordIndex<string>;
  /** Aliases by their first word: a text is looked for only the aliases that start with one of its words. */
  phrases: Map<string, Array<{ id: string; phrase: string }>>;
}

/** Each catalogue's index, made once: a catalogue's tasks are never changed once loaded. */
const catalogueIndexes = new WeakMap<readonly StandardTask[], CatalogueIndex>();

function catalogueIndexOf(tasks: readonly StandardTask[]): CatalogueIndex {
  const known = catalogueIndexes.get(tasks);
  if (known) return known;
  const index = new KeywordIndex<string>();
  const phrases = new Map<string, Array<{ id: string; phrase: string }>>();
  for (const task of tasks) {
    index.add(task.id, task.task);
    for (const { activity } of task.activities) index.add(task.id, activity);
    for (const alias of task.aliases ?? []) {
      index.add(task.id, alias);
      const folded = fold(alias);
      const first = folded.split(' ')[0];
      phrases.set(first, [...(phrases.get(first) ?? []), { id: task.id, phrase: ` ${folded} ` }]);
    }
  }
  const made = { index, phrases };
  catalogueIndexes.set(tasks, made);
  return made;
}
