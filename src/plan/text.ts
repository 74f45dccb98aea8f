/**
 * Text normalisation shared by every matcher.
 *
 * Text extracted from PDFs and old Word files often carries a combining mark
 * swapped with the space that followed it ("xa ̃Chi" for "xã Chi"): we swap them back
 * before composing to NFC.
 */

const SPACE_BEFORE_MARK = /[ \t]+([\u0300-\u036f]+)/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** NFC text with detached combining marks re-attached; content otherwise unchanged. */
export function toNfc(text: string): string {
  return text.replace(SPACE_BEFORE_MARK, '$1 ').normalize('NFC');
}

/** NFC, every run of whitespace (including non-breaking) collapsed to one space, trimmed. */
export function collapse(text: string): string {
  return toNfc(text).replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['cchc', 'cai cach hanh chinh'],
  ['tthc', 'thu tuc hanh chinh'],
  ['vbqppl', 'van ban quy pham phap luat'],
  ['qppl', 'quy pham phap luat'],
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['cbccvc', 'can bo cong chuc vien chuc'],
  ['cbcc', 'can bo cong chuc'],
  ['cntt', 'cong nghe thong tin'],
  ['dvc', 'dich vu cong'],
  ['dvctt', 'dich vu cong truc tuyen'],
  ['ttdt', 'thong tin dien tu'],
  ['pakn', 'phan anh kien nghi'],
  ['tckt', 'tai chinh ke toan'],
  ['kh', 'ke hoach'],
];
const ABBREVIATION_PATTERN = new RegExp(`\\b(${ABBREVIATIONS.map(([short]) => short).join('|')})\\b`, 'g');
const ABBREVIATION_MAP = new Map(ABBREVIATIONS);

/**
 * A pure function of a text with its latest results kept: plans repeat the same
 * leads, coordinators, deadlines and header words on every row. The cache is
 * emptied when full, so memory stays bounded whatever the plan.
 */
export function memoised<T>(compute: (text: string) => T, size = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= size) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/**
 * Matching key: no diacritics, lower case, đ→d, punctuation to spaces, spaces
 * collapsed, common administrative abbreviations expanded. Every cell text of a
 * plan is folded by several rules, so the cache holds the cells of the largest
 * table read (TABLE_LIMITS): a smaller one would be emptied and refilled on
 * each pass over a big plan, and the cost would grow faster than its rows.
 */
export const fold = memoised(foldText, 250_000);

function foldText(text: string): string {
  const bare = text
    .replace(SPACE_BEFORE_MARK, '$1 ')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9/%]+/g, ' ')
    .trim();
  return bare.replace(ABBREVIATION_PATTERN, (short) => ABBREVIATION_MAP.get(short) ?? short);
}

/**
 * Like {@link fold} but keeps digits, the separators used in dates ("/", "-", ".", ",", ":")
 * and parentheses; Word's en and em dashes (AutoCorrect's " – ") become "-".
 */
export function foldKeepingDates(text: string): string {
  return toNfc(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/[^a-z0-9/,:;.\-()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text holds no letter or digit at all (empty, spaces, dots, dashes). */
export function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

const ROMAN = /^(?=[ivxl]+$)l?x{0,3}(ix|iv|v?i{0,3})$/;

/** Value of a Roman numeral ("iv" → 4), or null. Accepts a trailing dot. */
export function romanValue(text: string): number | null {
  const key = text.trim().toLowerCase().replace(/[.)]$/, '');
  if (!key || !ROMAN.test(key)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  for (let i = 0; i < key.length; i++) {
    const current = values[key[i]];
    const next = values[key[i + 1]] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}
