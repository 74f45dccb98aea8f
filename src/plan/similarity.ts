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
  return keywordsOfWords(fold(text).split(' '));
}

/** {@link keywords} of a text already folded and split into its words. */
export function keywordsOfWords(words: readonly string[]): Keywords {
  const weights = new Map<string, number>();
  let total = 0;
  for (const word of words) {
    if (word.length < 2 || weights.has(word) || FILLER.has(word) || /\d/.test(word)) continue;
    const weight = COMMON.has(word) ? COMMON_WEIGHT : 1;
    weights.set(word, weight);
    total += weight;
  }
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
  private readonly references: Array<{ id: Id; words: Keywords; substance: boolean }> = [];
  /** Each word's references and its rarity (computed once after the last add). */
  private readonly byWord = new Map<string, { references: number[]; rarity: number }>();
  private prepared = false;
  /** Each reference's weighed total, computed with the rarities (they change as references are added). */
  private totals: Float64Array = new Float64Array(0);
  /** Scratch space of {@link alike}: weight shared with each reference, and whether a word of substance is shared. */
  private sharedWeight: Float64Array = new Float64Array(0);
  private sharedSubstance: Uint8Array = new Uint8Array(0);

  add(id: Id, text: string): void {
    const words = keywords(text);
    const at = this.references.push({ id, words, substance: hasSubstance(words) }) - 1;
    for (const word of words.weights.keys()) {
      const entry = this.byWord.get(word);
      if (entry) entry.references.push(at);
      else this.byWord.set(word, { references: [at], rarity: 1 });
    }
    this.prepared = false;
  }

  /**
   * Each word's rarity (1 for a word in one reference, less for shared ones), then every
   * reference's total with them, once after the last add.
   */
  private prepare(): void {
    const top = Math.log(this.references.length + 1);
    for (const entry of this.byWord.values()) entry.rarity = top === 0 ? 1 : 0.25 + (0.75 * Math.log((this.references.length + 1) / entry.references.length)) / top;
    this.totals = Float64Array.from(this.references, (reference) => {
      let total = 0;
      for (const [word, weight] of reference.words.weights) total += weight * (this.byWord.get(word)?.rarity ?? 1);
      return total;
    });
    this.sharedWeight = new Float64Array(this.references.length);
    this.sharedSubstance = new Uint8Array(this.references.length);
    this.prepared = true;
  }

  /**
   * Ids of the references at least {@link SAME_TASK} alike to the text. They must share
   * a word of substance too: "Kế hoạch CCHC" and "Kế hoạch tuyên truyền CCHC" share only
   * the words every task has, and are two tasks.
   */
  alike(text: string): Id[] {
    return this.alikeWords(keywords(text));
  }

  /** {@link alike} for a text's keywords. */
  alikeWords(words: Keywords): Id[] {
    if (!this.prepared) this.prepare();
    const { sharedWeight, sharedSubstance, totals } = this;
    const touched: number[] = [];
    let textTotal = 0;
    for (const [word, weight] of words.weights) {
      const entry = this.byWord.get(word);
      // A word no reference has weighs as a word in one reference.
      if (!entry) {
        textTotal += weight;
        continue;
      }
      const weighed = weight * entry.rarity;
      textTotal += weighed;
      for (const at of entry.references) {
        if (sharedWeight[at] === 0 && sharedSubstance[at] === 0) touched.push(at);
        sharedWeight[at] += weighed;
        if (weight === 1) sharedSubstance[at] = 1;
      }
    }
    const ids: Id[] = [];
    const textSubstance = hasSubstance(words);
    for (const at of touched) {
      const reference = this.references[at];
      const needsSubstance = textSubstance || reference.substance;
      if ((2 * sharedWeight[at]) / (textTotal + totals[at]) >= SAME_TASK && (sharedSubstance[at] === 1 || !needsSubstance)) ids.push(reference.id);
      sharedWeight[at] = 0;
      sharedSubstance[at] = 0;
    }
    return ids;
  }
}
