import { collapse, fold } from './text';

/** Words that end a commune name written in capitals ("XÃ QUANG KHẢI NĂM 2023"). */
const NAME_STOP_WORDS = new Set([
  'năm', 'về', 'trên', 'huyện', 'tỉnh', 'thị', 'xã', 'giai', 'kế', 'hoạch', 'theo', 'và', 'của', 'trong', 'đến',
  'ngày', 'số', 'ban', 'thực', 'hiện', 'cải', 'cách', 'hành', 'chính', 'phụ', 'lục', 'kèm', 'đồng', 'quận',
  'phường', 'ủy', 'uỷ', 'công', 'tác', 'báo', 'cáo', 'các', 'có', 'đã', 'được',
]);
/** "xã" followed by these is not a commune: "xã hội", "xã viên". */
const NOT_A_NAME = new Set(['hoi', 'vien', 'luan']);

/**
 * Every commune named in a text as "xã <Name>" (names start with capitals). Names
 * are returned in title case, as the clerk would write them.
 */
export function communesNamed(text: string): string[] {
  const names: string[] = [];
  const pattern = /(?:^|[^\p{L}])(xã|Xã|XÃ)\s+((?:\p{Lu}[\p{L}]*\s*){1,4})/gu;
  for (const match of collapse(text).matchAll(pattern)) {
    const words: string[] = [];
    for (const word of match[2].trim().split(/\s+/)) {
      if (words.length === 0 && NOT_A_NAME.has(fold(word))) break;
      const stop = NAME_STOP_WORDS.has(word.toLocaleLowerCase('vi'));
      if (stop && (words.length === 0 || isAllCaps(word))) break;
      words.push(word);
      if (words.length === 3) break;
    }
    if (words.length > 0) names.push(words.map(titleCase).join(' '));
  }
  return names;
}

/** The commune whose plan this is: the name the text outside the table uses most, else the table's. */
export function planCommune(outsideText: string, tableText: string): string | null {
  return mostFrequent(communesNamed(outsideText)) ?? mostFrequent(communesNamed(tableText));
}

/**
 * The plan year: the year of "Kế hoạch … năm 2024" in the title text, else the year
 * named most often as "năm YYYY" anywhere. Dates ("ngày 27 tháng 12 năm 2023") are not years of a plan.
 */
export function planYear(outsideText: string, tableText: string): number | null {
  const title = yearsIn(outsideText, /(?:ke hoach|cai cach hanh chinh|nhiem vu)[^.;]{0,120}?\bnam (20\d{2})\b/g);
  return mostFrequent(title) ?? mostFrequent(yearsIn(`${outsideText}\n${tableText}`, /\bnam (20\d{2})\b/g));
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
