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

/**
 * Words of characters NFC leaves as they are (printable ASCII, Latin-1 to Spacing Modifier
 * Letters, Vietnamese precomposed letters, general punctuation: none composes with another,
 * none is a combining mark) separated by single spaces: {@link collapse} would return such a
 * text unchanged. Most cells of a plan are written so, and the test costs one pass instead of four.
 */
const NFC_STABLE = '[!-~\\u00a1-\\u02ff\\u1ea0-\\u1ef9\\u2010-\\u2027\\u2030-\\u205e]+';
const COLLAPSED = new RegExp(`^(?:${NFC_STABLE}(?: ${NFC_STABLE})*)?$`);

/** NFC, every run of whitespace (including non-breaking) collapsed to one space, trimmed. */
export function collapse(text: string): string {
  if (COLLAPSED.test(text)) return text;
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

/** How many cell texts a cache of answers about them holds: the cells of the largest table read (TABLE_LIMITS). */
export const CELL_TEXTS_KEPT = 250_000;

/**
 * Matching key: no diacritics, lower case, đ→d, punctuation to spaces, spaces
 * collapsed, common administrative abbreviations expanded. Every cell text of a
 * plan is folded by several rules, so the cache holds the cells of the largest
 * table read (TABLE_LIMITS): a smaller one would be emptied and refilled on
 * each pass over a big plan, and the cost would grow faster than its rows.
 */
export const fold = memoised(foldText, CELL_TEXTS_KEPT);

/** What one UTF-16 unit folds to in {@link FOLDED_UNITS}: not yet known, a separator, nothing at all. */
const UNKNOWN = 0;
const SEPARATOR = -1;
const DROPPED = -2;
/**
 * Each UTF-16 unit's folded character (its code), {@link SEPARATOR} or {@link DROPPED}, filled as units
 * are met. Folding is one unit at a time: a letter's canonical decomposition is the letter and its
 * combining marks, which are dropped wherever they stand (so a mark written after a space, or
 * reordered among marks, folds the same); no other unit of the Basic Multilingual Plane folds to
 * more than one character (checked over all of them by the tests), and surrogates are separators
 * as the non-letters they make.
 */
const FOLDED_UNITS = new Int16Array(0x10000);

function foldedUnit(unit: number): number {
  const folded = String.fromCharCode(unit).normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const value = folded === '' ? DROPPED : /^[a-z0-9/%]$/.test(folded) ? folded.charCodeAt(0) : SEPARATOR;
  FOLDED_UNITS[unit] = value;
  return value;
}

/** The folded text's units as they are written, grown for a longer text. */
let foldedText = new Uint16Array(1024);

/** One pass over the text (the seven passes of normalising and replacing cost six times as much on a plan's cells). */
function foldText(text: string): string {
  if (foldedText.length < text.length) foldedText = new Uint16Array(text.length);
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let unit = FOLDED_UNITS[code];
    if (unit === UNKNOWN) unit = foldedUnit(code);
    if (unit < 0) {
      if (unit === SEPARATOR) space = length > 0;
      continue;
    }
    if (space) foldedText[length++] = 0x20;
    space = false;
    foldedText[length++] = unit;
  }
  return charactersOf(foldedText, length).replace(ABBREVIATION_PATTERN, (short) => ABBREVIATION_MAP.get(short) ?? short);
}

/** The text of the first `length` units, taken as arguments a chunk at a time (a long cell would overflow the stack in one call). */
function charactersOf(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  // apply takes a typed array as the array-like it is: faster than spreading it.
  const take = (from: number, to: number) => String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  if (length <= CHUNK) return take(0, length);
  let text = '';
  for (let from = 0; from < length; from += CHUNK) text += take(from, Math.min(length, from + CHUNK));
  return text;
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
