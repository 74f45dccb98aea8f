import { foldKeepingDates, memoised, romanValue } from './text';
import type { Deadline, DeadlineKind } from './types';

/** One period a deadline text names: [start, end] as ISO dates. */
interface Period {
  start: string;
  end: string;
  kind: 'date' | 'month' | 'quarter' | 'year';
}

const YEAR_SUFFIX = String.raw`(?:\s*\/\s*(\d{4})|\s+nam\s+(\d{4}))?`;
const MONTH_LIST = String.raw`(\d{1,2}(?:\s*(?:,|;|va|-)?\s*(?:thang\s?|t)?\d{1,2})*)`;

const CONDITIONAL_START =
  /^(sau khi|sau|khi co|khi|theo yeu cau|theo quy dinh|theo ke hoach|theo chi dao|theo huong dan|neu co|dot xuat|truoc khi|theo tinh hinh|can cu)\b/;
const CONDITIONAL_ANYWHERE =
  /\b(theo yeu cau|khi co|sau khi|neu co|dot xuat|theo quy dinh|theo ke hoach|theo tinh hinh|sau cuoc|sau ra soat|thoi gian quy dinh|thoi diem quy dinh|khi phat sinh|theo huong dan|theo lo trinh|theo thong bao|theo van ban|theo chi dao|theo lich)\b/;
/** "Trong vòng 05 ngày làm việc kể từ khi…", "Chậm nhất 15 ngày kể từ ngày…": counted from an event, not a date. */
const RELATIVE_TO_EVENT = /\b(ke tu|ngay lam viec|cham nhat \d+ ngay|trong vong \d+ ngay)\b/;
const CONTINUOUS = /\b(thuong xuyen|lien tuc|hang ngay|hang tuan|thuong ky)\b/;

/**
 * Reads a deadline as clerks write it (DESIGN §4). A missing year is `planYear`;
 * `due` is the last day of the period, `dues` every occurrence for periodic ones.
 */
export function parseDeadline(text: string, planYear: number | null): Deadline {
  return parseInYear(planYear)(text);
}

const parsersByYear = new Map<number | null, (text: string) => Deadline>();

/** One memoised parser per plan year: deadline texts repeat from row to row (results are shared, so frozen). */
function parseInYear(planYear: number | null): (text: string) => Deadline {
  let parser = parsersByYear.get(planYear);
  if (!parser) {
    parser = memoised((text) => {
      const deadline = parseUncached(text, planYear);
      Object.freeze(deadline.dues);
      return Object.freeze(deadline);
    }, 5000);
    parsersByYear.set(planYear, parser);
  }
  return parser;
}

function parseUncached(text: string, planYear: number | null): Deadline {
  const folded = normalise(foldKeepingDates(text), planYear);
  if (!folded) return result('empty', []);
  if (CONDITIONAL_START.test(folded) || RELATIVE_TO_EVENT.test(folded)) return result('conditional', []);

  const scan = new PeriodScanner(folded, planYear);
  const periods = scan.periods();
  if (periods.length === 0) {
    if (CONTINUOUS.test(folded)) return result('continuous', []);
    if (CONDITIONAL_ANYWHERE.test(folded)) return result('conditional', []);
    // "Hằng năm" alone: in a yearly plan, this year.
    if (/\b(?:hang|moi) nam\b/.test(folded) && planYear !== null) return result('year', [yearPeriod(planYear)]);
    return result('unparsed', []);
  }
  if (scan.isRange || (/\btu\b/.test(folded) && /\bden\b/.test(folded) && periods.length > 1)) {
    const start = periods.map((p) => p.start).sort()[0];
    const end = periods.map((p) => p.end).sort().at(-1) as string;
    return { kind: 'range', due: end, dues: [end], start };
  }
  const distinct = uniqueBy(periods, (p) => p.end);
  if (distinct.length === 1) return result(distinct[0].kind, distinct);
  return result('periodic', distinct);
}

/**
 * Spellings and abbreviations clerks use, rewritten to one form: "quí" → "quý", "Q3",
 * "QI/2027", "Q.IV" → "quý …", "Th12" → "tháng 12", "31-12-2027" → "31/12/2027", "năm sau" /
 * "năm trước" → the year after or before the plan, a note about another document's year
 * ("(ban hành KH năm 2027)") dropped, other parentheses kept as plain text.
 */
function normalise(folded: string, planYear: number | null): string {
  let text = folded
    .replace(/\bqui\b/g, 'quy')
    .replace(/\bq\s*\.?\s*(iv|i{1,3}|[1-4])\b/g, 'quy $1')
    .replace(/\bth\s*\.?\s*(\d{1,2})\b/g, 'thang $1')
    .replace(/\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g, '$1/$2/$3')
    .replace(/\([^()]*\b(?:ban hanh|ke hoach|kh)\b[^()]*\)/g, ' ');
  // Not "báo cáo năm trước ngày 15/12" (the yearly report, before the 15th).
  if (planYear !== null) text = text.replace(/\bnam sau\b(?!\s+(?:ngay|khi|\d))/g, `nam ${planYear + 1}`).replace(/\bnam truoc\b(?!\s+(?:ngay|khi|\d))/g, `nam ${planYear - 1}`);
  return text.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
}

function result(kind: DeadlineKind, periods: Period[]): Deadline {
  // ISO dates sort as their characters do; localeCompare would load ICU's collation (8 ms of every check) to say the same.
  const sorted = [...periods].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  return {
    kind,
    due: sorted.at(-1)?.end ?? null,
    dues: sorted.map((p) => p.end),
    start: sorted[0]?.start ?? null,
  };
}

/**
 * Finds the periods in folded deadline text. Each pattern consumes (blanks out)
 * what it matched so that "tháng 11-12/2023" is not read again as a date "11-12".
 */
class PeriodScanner {
  private text: string;
  private readonly found: Array<{ at: number; end: number; period: Period }> = [];
  /** Where the match being handled ends (periods pushed for it end there). */
  private matchEnd = 0;
  isRange = false;

  constructor(
    folded: string,
    private readonly planYear: number | null,
  ) {
    this.text = ` ${folded} `;
  }

  periods(): Period[] {
    this.everyMonthDays();
    this.dayOfMonths();
    this.fullDates();
    this.yearRanges();
    this.monthRanges();
    this.quarterRanges();
    this.halfYearRanges();
    this.halfYears();
    this.startsOfPeriods();
    this.quarterLists();
    this.quarters();
    this.monthLists();
    this.monthYears();
    this.shortDates();
    this.years();
    const found = this.found.sort((a, b) => a.at - b.at);
    if (this.joinedAsRange(found)) this.isRange = true;
    return found.map((f) => f.period);
  }

  /** Two periods with only "-" or "đến" between them ("Tháng 12/2026 – tháng 01/2027", "Quý IV/2026 - Quý I/2027") are one range. */
  private joinedAsRange(found: ReadonlyArray<{ at: number; end: number }>): boolean {
    return found.some((current, i) => i > 0 && current.at >= found[i - 1].end && /^\s*(?:-|den|toi)\s*$/.test(this.text.slice(found[i - 1].end, current.at)));
  }

  /**
   * A day of every month or of each quarter's last month: "trước ngày 25 hằng tháng",
   * "Định kỳ hàng tháng (trước ngày 20)", "trước ngày 10 của tháng cuối quý".
   */
  private everyMonthDays(): void {
    const months = (list: number[]) => (m: RegExpExecArray, at: number) => {
      const year = this.yearOf(undefined, at);
      for (const month of list) this.push(at, datePeriod(year, month, Number(m[1])));
    };
    const quarterEnds = [3, 6, 9, 12];
    const allMonths = Array.from({ length: 12 }, (_v, i) => i + 1);
    this.consume(/ngay\s+(\d{1,2})\s+(?:cua\s+)?(?:cac\s+)?(?:thang\s+)?cuoi\s+(?:moi\s+)?quy\b/g, 'ngay', months(quarterEnds));
    this.consume(/ngay\s+(\d{1,2})\s+(?:cua\s+)?(?:hang|moi|cac)\s+thang\b/g, 'ngay', months(allMonths));
    this.consume(/\b(?:hang|moi)\s+thang\b\D{0,20}?\bngay\s+(\d{1,2})\b(?!\s*[/.]\s*\d)/g, 'ngay', months(allMonths));
    // "Hằng quý (trước ngày 15 tháng cuối quý)": the quarter is said twice.
    if (this.found.length > 0) this.consume(/\b(?:hang|moi|dinh ky)\s+(?:quy|thang)\b/g, null, () => undefined);
  }

  /** "6 tháng đầu năm", "6 tháng cuối năm": a half of the year, from its first day. */
  private halfYearRanges(): void {
    // Not in a list of reports ("Quý, 6 tháng, cuối năm"), where each is a report of its own.
    this.consume(/(?<![,;]\s*)\b6\s+thang\s+(dau|cuoi)\s+nam\b/g, 'thang', (m, at) => {
      const year = this.yearOf(undefined, at);
      const first = m[1] === 'dau' ? 1 : 7;
      this.isRange = true;
      this.push(at, monthPeriod(year, first));
      this.push(at, monthPeriod(year, first + 5));
    });
    // "Định kỳ 6 tháng", "6 tháng/lần": twice a year.
    this.consume(/\bdinh ky\s+6\s+thang\b|\b6\s+thang\s*(?:\/|mot)\s*lan\b/g, 'thang', (_m, at) => {
      const year = this.yearOf(undefined, at);
      this.push(at, monthPeriod(year, 6));
      this.push(at, monthPeriod(year, 12));
    });
  }

  /** "Đầu năm" (the first quarter), "Đầu quý III" (its first month). */
  private startsOfPeriods(): void {
    this.consume(/\bdau\s+quy\s+([ivx]+|[1-4])\b/g, 'dau', (m, at) => {
      const quarter = quarterNumber(m[1]);
      if (quarter !== null) this.push(at, monthPeriod(this.yearOf(undefined, at), quarter * 3 - 2));
    });
    this.consume(/\bdau\s+nam\b/g, 'dau', (_m, at) => this.push(at, quarterPeriod(this.yearOf(undefined, at), 1)));
  }

  /** "Quý I, II, III, IV", "Quý III và IV/2027": each quarter named. */
  private quarterLists(): void {
    const token = String.raw`(?:[ivx]+|[1-4])`;
    this.consume(new RegExp(String.raw`\bquy\s+(${token}(?:\s*(?:,|;|va)\s*(?:quy\s+)?${token}\b(?!\s*thang))+)${YEAR_SUFFIX}`, 'g'), 'quy', (m, at) => {
      const year = this.yearOf(m[2] ?? m[3], at);
      for (const item of m[1].split(/\s*(?:,|;|va)\s*(?:quy\s+)?/)) {
        const quarter = quarterNumber(item.trim());
        if (quarter !== null) this.push(at, quarterPeriod(year, quarter));
      }
    });
  }

  /** "ngày 08 của tháng 3,6,9,12/2023", "ngày 08 của T3, T6, T9, T12 năm 2023". */
  private dayOfMonths(): void {
    this.consume(
      new RegExp(String.raw`ngay\s+(\d{1,2})\s+(?:cua\s+|hang\s+)?(?:cac\s+)?(?:thang\s?|t)${MONTH_LIST}${YEAR_SUFFIX}`, 'g'),
      'ngay',
      (m, at) => {
        const year = this.yearOf(m[3] ?? m[4], at);
        for (const month of numbersIn(m[2])) this.push(at, datePeriod(year, month, Number(m[1])));
      },
    );
  }

  private fullDates(): void {
    this.consume(/(?:ngay\s+)?\b(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/g, 'thang', (m, at) =>
      this.push(at, datePeriod(Number(m[3]), Number(m[2]), Number(m[1]))),
    );
    this.consume(/(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})/g, null, (m, at) =>
      this.push(at, datePeriod(Number(m[3]), Number(m[2]), Number(m[1]))),
    );
  }

  /** "năm 2023 - 2024", "Giai đoạn 2026 - 2030": the years as one range. */
  private yearRanges(): void {
    this.consume(/(?:\bnam\s+|\bgiai doan\s+)?\b(20\d{2})\s*-\s*(20\d{2})\b/g, '-', (m, at) => {
      this.isRange = true;
      this.push(at, yearPeriod(Number(m[1])));
      this.push(at, yearPeriod(Number(m[2])));
    });
  }

  /** "Tháng 1-6/2024", "Tháng 11- 12/2023", "Từ tháng 1 đến tháng 6". */
  private monthRanges(): void {
    this.consume(
      new RegExp(String.raw`(?:\bthang\s?|\bt)(\d{1,2})\s*(?:-|–|den)\s*(?:thang\s?|t)?(\d{1,2})(?!\s*[/.]\s*\d{1,2}\b)${YEAR_SUFFIX}`, 'g'),
      null,
      (m, at) => {
        const year = this.yearOf(m[3] ?? m[4], at);
        this.isRange = true;
        this.push(at, monthPeriod(year, Number(m[1])));
        this.push(at, monthPeriod(year, Number(m[2])));
      },
    );
  }

  /** "Quý I-II/2023", "Quý II - IV". */
  private quarterRanges(): void {
    this.consume(
      new RegExp(String.raw`\bquy\s+([ivx]+|[1-4])\s*(?:-|–|den)\s*(?:quy\s+)?([ivx]+|[1-4])\b${YEAR_SUFFIX}`, 'g'),
      'quy',
      (m, at) => {
        const year = this.yearOf(m[3] ?? m[4], at);
        const first = quarterNumber(m[1]);
        const last = quarterNumber(m[2]);
        if (first === null || last === null) return;
        this.isRange = true;
        this.push(at, quarterPeriod(year, first));
        this.push(at, quarterPeriod(year, last));
      },
    );
  }

  /** "6 tháng", "9 tháng (đầu năm)": the report at the end of June or September. */
  private halfYears(): void {
    this.consume(/(?<!thang\s|ngay\s)\b(6|9)\s+thang\b(?:\s+dau\s+nam)?(?!\s*\d)/g, 'thang', (m, at) => {
      const year = this.yearOf(undefined, at);
      this.push(at, monthPeriod(year, Number(m[1])));
    });
  }

  /** "Quý II", "Quý I/2023", "Qúy I năm 2025"; a bare "quý"/"hằng quý" means every quarter. */
  private quarters(): void {
    this.consume(new RegExp(String.raw`\bquy\s+([ivx]+|[1-4])\b${YEAR_SUFFIX}(?!\s*:)`, 'g'), 'quy', (m, at) => {
      const quarter = quarterNumber(m[1]);
      if (quarter !== null) this.push(at, quarterPeriod(this.yearOf(m[2] ?? m[3], at), quarter));
    });
    this.consume(/\b(?:hang|moi|cac|dinh ky) quy\b|\bquy\s*(?=[,;]|$)/g, 'quy', (_m, at) => {
      const year = this.yearOf(undefined, at);
      for (let quarter = 1; quarter <= 4; quarter++) this.push(at, quarterPeriod(year, quarter));
    });
  }

  /** "Tháng 6", "T6/2024", "tháng 3,6,9,12/2023", "Tháng 1 và tháng 12/2023"; "hằng tháng". */
  private monthLists(): void {
    this.consume(new RegExp(String.raw`(?:\bthang\s?|\bt(?=\d))${MONTH_LIST}${YEAR_SUFFIX}`, 'g'), null, (m, at) => {
      const year = this.yearOf(m[2] ?? m[3], at);
      for (const month of numbersIn(m[1])) this.push(at, monthPeriod(year, month));
    });
    this.consume(/\b(?:hang|moi) thang\b/g, 'thang', (_m, at) => {
      const year = this.yearOf(undefined, at);
      for (let month = 1; month <= 12; month++) this.push(at, monthPeriod(year, month));
    });
  }

  /** A bare "12/2022" is a month. */
  private monthYears(): void {
    this.consume(/\b(\d{1,2})\s*\/\s*(\d{4})\b/g, '/', (m, at) => this.push(at, monthPeriod(Number(m[2]), Number(m[1]))));
  }

  /** "15/3", "trước ngày 15/3", "15/3 năm 2025": a date in the plan year (or the year named with it or later). */
  private shortDates(): void {
    this.consume(/\b(\d{1,2})\s*[/.]\s*(\d{1,2})\b(?!\s*[/.]?\s*\d)(?:\s+nam\s+(\d{4}))?/g, null, (m, at) =>
      this.push(at, datePeriod(this.yearOf(m[3], at), Number(m[2]), Number(m[1]))),
    );
  }

  /**
   * "Năm 2024", "Trong năm 2025", a bare "2024", "Cả năm", "cuối năm", and "năm" closing a
   * list of reports. "Hằng năm" beside a date only says it recurs: the plan's year holds one.
   */
  private years(): void {
    this.consume(/\bnam\s+(\d{4})\b|^\s*(20\d{2})\s*$/g, null, (m, at) => this.push(at, yearPeriod(Number(m[1] ?? m[2]))));
    const listed = this.found.length > 0;
    this.consume(/\b(?:ca|cuoi|trong) nam\b|(?:^|[,;]|\bva)\s*nam\s*(?=$|[,;.])/g, 'nam', (_m, at) => {
      const year = this.yearOf(undefined, at);
      if (year !== null && (listed || this.found.length === 0)) this.push(at, yearPeriod(year));
    });
  }

  /**
   * Blanks out each match of `pattern` after handing it to `onMatch`. `holds` is a piece of text
   * every match contains: a text without it is not searched (a deadline names one or two kinds of
   * period, and each pattern's first search is interpreted and its second compiled).
   */
  private consume(pattern: RegExp, holds: string | null, onMatch: (match: RegExpExecArray, at: number) => void): void {
    if (holds !== null && !this.text.includes(holds)) return;
    const matches = [...this.text.matchAll(pattern)];
    for (const match of matches) {
      this.matchEnd = match.index + match[0].length;
      onMatch(match, match.index);
      const blank = ' '.repeat(match[0].length);
      this.text = this.text.slice(0, match.index) + blank + this.text.slice(match.index + match[0].length);
    }
  }

  private push(at: number, period: Period | null): void {
    if (period) this.found.push({ at, end: this.matchEnd, period });
  }

  /** The year written with the match, else the first year written after it, else the plan year. */
  private yearOf(written: string | undefined, at: number): number | null {
    if (written) return Number(written);
    const later = /\b(20\d{2})\b/.exec(this.text.slice(at));
    return later ? Number(later[1]) : this.planYear;
  }
}

function numbersIn(list: string): number[] {
  return [...list.matchAll(/\d{1,2}/g)].map((m) => Number(m[0]));
}

function quarterNumber(token: string): number | null {
  const value = /^\d$/.test(token) ? Number(token) : romanValue(token);
  return value !== null && value >= 1 && value <= 4 ? value : null;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function datePeriod(year: number | null, month: number, day: number): Period | null {
  if (year === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = iso(year, month, day);
  return { start: date, end: date, kind: 'date' };
}

function monthPeriod(year: number | null, month: number): Period | null {
  if (year === null || month < 1 || month > 12) return null;
  return { start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)), kind: 'month' };
}

function quarterPeriod(year: number | null, quarter: number): Period | null {
  if (year === null) return null;
  const lastMonth = quarter * 3;
  return {
    start: iso(year, lastMonth - 2, 1),
    end: iso(year, lastMonth, daysInMonth(year, lastMonth)),
    kind: 'quarter',
  };
}

function yearPeriod(year: number): Period {
  return { start: iso(year, 1, 1), end: iso(year, 12, 31), kind: 'year' };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
