import { fold } from './text';

/** Words that say nothing about which task a text is. */
const FILLER = new Set([
  'cua', 'va', 'cac', 'nam', 'xa', 'tren', 'dia', 'ban', 'theo', 'quy', 'dinh', 'trong', 'cho', 've', 'voi', 'thuc',
  'hien', 'nhung', 'mot', 'so', 'de', 'duoc', 'co', 'tai', 'nhan', 'dan', 'uy', 'nha', 'nuoc', 'commune', 'year', 'prevyear', 'unit', 'economyoffice',
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

function hasSubstance(words: Keywords): boolean {
  for (const weight of words.weights.values()) if (weight === 1) return true;
  return false;
}

/** How alike two texts must be to count as the same task. */
export const SAME_TASK = 0.6;

/**
 * A few reference texts indexed by keyword, so that each text of a plan is compared
 * only with the references it shares a word with: the cost grows with the plan's
 * words, not with plan texts × references. Words many references use ("báo cáo",
 * "định kỳ", "hồ sơ") weigh less than the words that tell tasks apart ("kiểm soát",
 * "số hóa"): each word's weight is scaled by its inverse reference frequency.
 */
export class KeywordIndex<Id> {
  private readonly references: Array<{ id: Id; words: Keywords }> = [];
  private readonly byWord = new Map<string, number[]>();
  private rarity: Map<string, number> | null = null;

  add(id: Id, text: string): void {
    const words = keywords(text);
    const at = this.references.push({ id, words }) - 1;
    for (const word of words.weights.keys()) {
      const list = this.byWord.get(word);
      if (list) list.push(at);
      else this.byWord.set(word, [at]);
    }
    this.rarity = null;
  }

  /** A word's weight scaled by how few references use it (1 for a word in one reference, less for shared ones). */
  private weigh(word: string, weight: number): number {
    this.rarity ??= this.computeRarity();
    return weight * (this.rarity.get(word) ?? 1);
  }

  private computeRarity(): Map<string, number> {
    const rarity = new Map<string, number>();
    const top = Math.log(this.references.length + 1);
    for (const [word, list] of this.byWord) rarity.set(word, top === 0 ? 1 : 0.25 + (0.75 * Math.log((this.references.length + 1) / list.length)) / top);
    return rarity;
  }

  private total(words: Keywords): number {
    let total = 0;
    for (const [word, weight] of words.weights) total += this.weigh(word, weight);
    return total;
  }

  /**
   * Ids of the references at least {@link SAME_TASK} alike to the text. They must share
   * a word of substance too: "Kế hoạch CCHC" and "Kế hoạch tuyên truyền CCHC" share only
   * the words every task has, and are two tasks.
   */
  alike(text: string): Id[] {
    const words = keywords(text);
    const shared = new Map<number, { weight: number; substance: boolean }>();
    for (const [word, weight] of words.weights) {
      for (const at of this.byWord.get(word) ?? []) {
        const entry = shared.get(at) ?? { weight: 0, substance: false };
        shared.set(at, { weight: entry.weight + this.weigh(word, weight), substance: entry.substance || weight === 1 });
      }
    }
    const ids: Id[] = [];
    const textTotal = this.total(words);
    for (const [at, { weight, substance }] of shared) {
      const reference = this.references[at];
      const needsSubstance = hasSubstance(words) || hasSubstance(reference.words);
      if ((2 * weight) / (textTotal + this.total(reference.words)) >= SAME_TASK && (substance || !needsSubstance)) ids.push(reference.id);
    }
    return ids;
  }
}
