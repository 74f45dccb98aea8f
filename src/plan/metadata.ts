import { CELL_TEXTS_KEPT, collapse, fold, memoised, toNfc } from './text';

/** The commune-level units of DESIGN §1: thị trấn only in plans before the 2025 reorganisation. */
export const UNITS = ['xã', 'phường', 'thị trấn', 'đặc khu'] as const;
export type Unit = (typeof UNITS)[number];

/** A unit named in a text: "xã Quang Khải", "PHƯỜNG HÒA AN", "xã Hòa Bình (cũ)". */
export interface UnitName {
  readonly unit: Unit;
  /** The name in title case, without the unit word. */
  readonly name: string;
  /** Marked as a unit that no longer exists: "(cũ)", "trước sắp xếp", "trước sáp nhập". */
  readonly old: boolean;
}

/** Words that end a unit name written in capitals ("XÃ QUANG KHẢI NĂM 2023") or start the text after it. */
const NAME_STOP_WORDS = new Set([
  'năm', 'về', 'trên', 'huyện', 'tỉnh', 'thị', 'xã', 'giai', 'kế', 'hoạch', 'theo', 'và', 'của', 'trong', 'đến',
  'ngày', 'số', 'ban', 'thực', 'hiện', 'cải', 'cách', 'hành', 'chính', 'phụ', 'lục', 'kèm', 'đồng', 'quận',
  'phường', 'ủy', 'uỷ', 'công', 'tác', 'báo', 'cáo', 'các', 'có', 'đã', 'được', 'khóa', 'khoá', 'nhiệm', 'kỳ',
  'cũ', 'mới', 'trước', 'sau', 'đặc', 'khu', 'tại', 'với', 'là', 'thuộc', 'từ',
]);
/** Folded words after a unit word that make a common phrase, not a name: "xã hội", "phường hội". */
const NOT_A_NAME = new Set(['hoi', 'vien', 'luan']);
/**
 * Folded first words of phrases that follow "xã" in running text ("UBND xã Văn phòng…",
 * "loa truyền thanh xã Thường xuyên…", "HĐND xã Khóa XXII"): a name is never just one of them.
 */
const COMMON_FIRST_WORDS = new Set([
  'van', 'thuong', 'ho', 'tin', 'trung', 'cong', 'hoi', 'dang', 'mat', 'doan', 'bo', 'phong', 'ban', 'uy', 'can',
  'quan', 'y', 'tram', 'truong', 'khoa', 'nhiem', 'ky', 'cac', 'toan', 'tat', 'moi', 'nhung', 'mot', 'hai', 'so',
  'dia', 'thon', 'to', 'ap', 'ban', 'lanh', 'chu', 'pho', 'giam', 'cu', 'chuyen', 'thuc', 'trien', 'tong', 'ket',
]);
/**
 * A unit word as clerks capitalise it, with the white space after it. The letters around it are
 * checked in code ({@link unitMentions}): one pattern holding the letter classes four times over
 * compiled to 77 KB of matcher, a few milliseconds of every command.
 */
const UNIT_WORD_WRITTEN = /(xã|Xã|XÃ|phường|Phường|PHƯỜNG|thị trấn|Thị trấn|Thị Trấn|THỊ TRẤN|đặc khu|Đặc khu|Đặc Khu|ĐẶC KHU)\s+/g;
/** One capitalised word and the white space after it, where it stands: a name is up to four of them. */
const CAPITALISED_WORD = /\p{Lu}\p{L}*\s*/uy;
const LETTER = /^\p{L}$/u;
/** How many characters after a name are kept to tell what follows it ("(cũ)", "trước sắp xếp"). */
const AFTER_NAME = 40;
/** A unit word in a folded text: most cells name none and need not be read further. */
const UNIT_WORD = /\b(?:xa|phuong|thi tran|dac khu)\b/;
/** What marks a named unit as one of before the reorganisation. */
const OLD_MARK = /^(?:cu\b|truoc (?:khi )?(?:sap xep|sap nhap|hop nhat))/;

/**
 * Every commune-level unit named in one paragraph or cell text. Names start with a
 * capital letter; "thị xã", "xã hội" and common words after "xã" are not units. Asked of
 * every cell by the foreign-commune rule, where leads and coordinators ("Công chức Văn hóa -
 * Xã hội") repeat on every row: the answers are kept as {@link fold}'s are.
 */
export const unitsNamed: (text: string) => readonly UnitName[] = memoised(unitsNamedIn, CELL_TEXTS_KEPT);

function unitsNamedIn(text: string): readonly UnitName[] {
  const found: UnitName[] = [];
  if (!UNIT_WORD.test(fold(text))) return found;
  for (const line of toNfc(text).split('\n').map(collapse)) {
    for (const mention of unitMentions(line)) {
      const unit = mention.word.toLocaleLowerCase('vi') as Unit;
      if (unit === 'xã' && afterThi(line, mention.at)) continue;
      const unitName = readName(mention.capitalised, mention.rest);
      if (unitName) found.push({ unit, ...unitName });
    }
  }
  return found;
}

/** A unit word written in a line: where it stands, the capitalised words after it and what follows them. */
interface UnitMention {
  word: string;
  at: number;
  capitalised: string;
  rest: string;
}

/**
 * Each unit word of a line that stands at the line's start or after a character that is no
 * letter, and is followed by one to four capitalised words. A mention goes on after its last
 * word: the character before the next unit word must lie after it ("xã A xã B" names xã A only).
 */
export function unitMentions(line: string): UnitMention[] {
  const mentions: UnitMention[] = [];
  let from = 0;
  UNIT_WORD_WRITTEN.lastIndex = 0;
  for (let match = UNIT_WORD_WRITTEN.exec(line); match !== null; match = UNIT_WORD_WRITTEN.exec(line)) {
    const at = match.index;
    const before = codePointBefore(line, at);
    const standsAlone = at === 0 ? from === 0 : at - before.length >= from && !LETTER.test(before);
    const namesEnd = standsAlone ? capitalisedWordsEnd(line, at + match[0].length) : -1;
    if (namesEnd < 0) {
      UNIT_WORD_WRITTEN.lastIndex = at + 1;
      continue;
    }
    mentions.push({ word: match[1], at, capitalised: line.slice(at + match[0].length, namesEnd), rest: line.slice(namesEnd, namesEnd + AFTER_NAME) });
    from = namesEnd;
    UNIT_WORD_WRITTEN.lastIndex = namesEnd;
  }
  return mentions;
}

/** The character (a whole surrogate pair) just before `at`, or "" at the start. */
function codePointBefore(text: string, at: number): string {
  if (at === 0) return '';
  const low = text.charCodeAt(at - 1);
  const high = at > 1 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text[at - 1];
}

/** Where one to four capitalised words from `start` end (with the white space after them), or -1 when none stands there. */
function capitalisedWordsEnd(line: string, start: number): number {
  let end = start;
  for (let words = 0; words < 4; words++) {
    CAPITALISED_WORD.lastIndex = end;
    if (!CAPITALISED_WORD.test(line)) break;
    end = CAPITALISED_WORD.lastIndex;
  }
  return end > start ? end : -1;
}

/** "thị" (any case) and white space, to a line's end. */
const THI_AT_END = /thị\s*$/i;

/** True when the unit word at `at` is preceded by the word "thị" (thị xã, a district-level town). */
function afterThi(line: string, at: number): boolean {
  const before = line.slice(0, at);
  const thi = THI_AT_END.exec(before);
  return thi !== null && !LETTER.test(codePointBefore(before, thi.index));
}

/** The name in the capitalised words after a unit word, with what follows them; null when it is no name. */
function readName(capitalised: string, rest: string): { name: string; old: boolean } | null {
  const words: string[] = [];
  const all = capitalised.trim().split(/\s+/);
  for (const word of all) {
    const bare = word.replace(/[^\p{L}]+$/u, '');
    if (words.length === 0 && NOT_A_NAME.has(fold(bare))) return null;
    const stop = NAME_STOP_WORDS.has(bare.toLocaleLowerCase('vi'));
    if (stop && (words.length === 0 || isAllCaps(bare))) break;
    words.push(bare);
    if (bare !== word || words.length === 3) break;
  }
  if (words.length === 0 || words.some((word) => word === '')) return null;
  const after = words.length < all.length ? `${all.slice(words.length).join(' ')} ${rest}` : rest;
  // "xã Văn phòng", "xã Thường xuyên": one capitalised common word running on in lower case.
  if (words.length === 1 && COMMON_FIRST_WORDS.has(fold(words[0])) && /^\s*\p{Ll}/u.test(after)) return null;
  return { name: words.map(titleCase).join(' '), old: OLD_MARK.test(fold(after)) };
}

/** Lines the product itself writes (the summary sentence, the evaluation heading): never a source of the unit or year. */
export function isProductLine(line: string): boolean {
  return /^tong so \d+ nhiem vu va \d+ hoat dong\b/.test(fold(line)) || isEvaluationHeading(line);
}

/** The heading the product writes above an evaluation table ("… (tính đến ngày 30/06/2027)"). */
export function isEvaluationHeading(line: string): boolean {
  return /\btinh den ngay \d/.test(fold(line));
}

/** Text split into the paragraphs or cell lines it holds, without the product's own lines. */
export function phrases(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '' && !isProductLine(line));
}

export interface PlanUnit {
  unit: Unit;
  name: string;
}

/** The unit whose plan this is: the one the text outside the table names most, else the table's. */
export function planUnit(outside: readonly string[], inTable: readonly string[]): PlanUnit | null {
  const named = (texts: readonly string[]) =>
    phrases(texts)
      .flatMap(unitsNamed)
      .filter((unit) => !unit.old);
  const best = (units: UnitName[]): PlanUnit | null => {
    const key = mostFrequent(units.map((u) => `${u.unit}|${u.name}`));
    if (key === null) return null;
    const [unit, name] = key.split('|');
    return { unit: unit as Unit, name };
  };
  return best(named(outside)) ?? best(named(inTable));
}

/**
 * The plan year: the year of "Kế hoạch … năm 2024" in a title line, else the year
 * named most often as "năm YYYY" anywhere. Dates ("ngày 27 tháng 12 năm 2023") are not years of a plan.
 */
export function planYear(outside: readonly string[], inTable: readonly string[]): number | null {
  const outsideLines = phrases(outside);
  const title = outsideLines.flatMap((line) => yearsIn(line, /(?:ke hoach|cai cach hanh chinh|nhiem vu)(?:(?!\bnam 20\d{2}\b).){0,120}?\bnam (20\d{2})\b/g));
  return mostFrequent(title) ?? mostFrequent([...outsideLines, ...phrases(inTable)].flatMap((line) => yearsIn(line, /\bnam (20\d{2})\b/g)));
}

function yearsIn(text: string, pattern: RegExp): number[] {
  const key = fold(text).replace(/\bthang \d{1,2} nam 20\d{2}\b/g, ' ');
  return [...key.matchAll(pattern)].map((m) => Number(m[1]));
}

function mostFrequent<T>(items: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  for (const item of items) {
    const count = (counts.get(item) ?? 0) + 1;
    counts.set(item, count);
    if (best === null || count > (counts.get(best) ?? 0)) best = item;
  }
  return best;
}

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase();
}

function titleCase(word: string): string {
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** Unit names as a clerk lists them ("xã Hòa Bình, Tân Tiến; phường An Lạc"), without the unit words. */
export function parseUnitNames(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((name) => name.trim().replace(/^(xã|phường|thị trấn|đặc khu)\s+/iu, ''))
    .filter(Boolean);
}
