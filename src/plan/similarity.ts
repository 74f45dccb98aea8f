import { fold } from './text';

/** Words that say nothing about which task a text is. */
const FILLER = new Set([
  'cua', 'va', 'cac', 'nam', 'xa', 'tren', 'dia', 'ban', 'theo', 'quy', 'dinh', 'trong', 'cho', 've', 'voi', 'thuc',
  'hien', 'nhung', 'mot', 'so', 'de', 'duoc', 'co', 'tai', 'nhan', 'dan', 'uy', 'nha', 'nuoc', 'commune', 'year', 'prevyear',
]);
/** In a reform plan nearly every task is a "kế hoạch" about "cải cách hành chính": they count for little. */
const COMMON = new Set(['ke', 'hoach', 'cai', 'cach', 'hanh', 'chinh']);
const COMMON_WEIGHT = 0.25;

export interface Keywords {
  weights: Map<string, number>;
  total: number;
}

/** Meaningful folded words of a text with their weights: no numbers, placeholders or filler words. */
export function keywords(text: string): Keywords {
  const weights = new Map<string, number>();
  for (const word of fold(text).split(' ')) {
    if (word.length > 1 && !/\d/.test(word) && !FILLER.has(word)) weights.set(word, COMMON.has(word) ? COMMON_WEIGHT : 1);
  }
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { weights, total };
}

/** Weighted Dice coefficient of two keyword sets (0 … 1). */
export function similarity(a: Keywords, b: Keywords): number {
  if (a.total === 0 || b.total === 0) return 0;
  let shared = 0;
  for (const [word, weight] of a.weights) if (b.weights.has(word)) shared += weight;
  return (2 * shared) / (a.total + b.total);
}

/** How alike two texts must be to count as the same task. */
export const SAME_TASK = 0.6;

/**
 * A few reference texts indexed by keyword, so that each text of a plan is compared
 * only with the references it shares a word with: the cost grows with the plan's
 * words, not with plan texts × references.
 */
export class KeywordIndex<Id> {
  private readonly references: Array<{ id: Id; words: Keywords }> = [];
  private readonly byWord = new Map<string, number[]>();

  add(id: Id, text: string): void {
    const words = keywords(text);
    const at = this.references.push({ id, words }) - 1;
    for (const word of words.weights.keys()) {
      const list = this.byWord.get(word);
      if (list) list.push(at);
      else this.byWord.set(word, [at]);
    }
  }

  /** Ids of the references at least {@link SAME_TASK} alike to the text. */
  alike(text: string): Id[] {
    const words = keywords(text);
    const shared = new Map<number, number>();
    for (const [word, weight] of words.weights) {
      for (const at of this.byWord.get(word) ?? []) shared.set(at, (shared.get(at) ?? 0) + weight);
    }
    const ids: Id[] = [];
    for (const [at, weight] of shared) {
      const reference = this.references[at];
      if ((2 * weight) / (words.total + reference.words.total) >= SAME_TASK) ids.push(reference.id);
    }
    return ids;
  }
}
