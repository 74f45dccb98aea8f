import { cellFinding, planFinding, type Finding } from './findings';
import { unitsNamed } from './metadata';
import { OLD_APPARATUS } from './old-apparatus';
import { CELL_TEXTS_KEPT, fold, memoised } from './text';
import type { Plan, PlanRow, Role } from './types';

type TextRole = 'task' | 'activity' | 'product' | 'lead' | 'coordinator' | 'note';
const TEXT_ROLES: readonly TextRole[] = ['task', 'activity', 'product', 'lead', 'coordinator', 'note'];

/** A text a clerk wrote in one cell of a row. */
interface WrittenText {
  row: number;
  role: Role;
  text: string;
}

/**
 * The texts of every row a clerk wrote, each cell once, in row order: a continued task is
 * checked on its first row only, and a cell that is both the task and the activity (seed 003)
 * once. One flat list for the plan: the text rules run on every cell of the biggest plans.
 */
function writtenTexts(rows: readonly PlanRow[]): WrittenText[] {
  const texts: WrittenText[] = [];
  for (let row = 0; row < rows.length; row++) {
    const { cells } = rows[row].source;
    const first = texts.length;
    for (const role of TEXT_ROLES) {
      const text = role === 'task' ? (rows[row].continuesTask ? '' : rows[row].taskText) : rows[row][role];
      if (text === '') continue;
      const cell = cells[role];
      if (cell !== undefined && sharesCell(texts, first, cells, cell)) continue;
      texts.push({ row, role, text });
    }
  }
  return texts;
}

/** True when a text of the row already listed (from `first` on) stands in `cell`. */
function sharesCell(texts: readonly WrittenText[], first: number, cells: PlanRow['source']['cells'], cell: string): boolean {
  for (let i = first; i < texts.length; i++) if (cells[texts[i].role] === cell) return true;
  return false;
}

/** The document is typed in TCVN3 or VNI fonts: read here as Unicode, but garbled wherever it goes without those fonts. */
export function oldEncoding(plan: Plan): Finding[] {
  if (!plan.legacyEncoding) return [];
  return [planFinding('old-encoding', 'warning', { encoding: plan.legacyEncoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI Windows' })];
}

/** A rule asked of each written text: `paramsOf` gives a text's finding's parameters, or null for none. */
interface TextRule {
  code: Finding['code'];
  severity: Finding['severity'];
  paramsOf: (text: string) => Record<string, string | number> | null;
}

/**
 * The findings of the rules that apply (null: one that does not, for this plan), each rule's
 * together in row order. The texts are listed once for all of them: the rules run on every cell
 * of the biggest plans.
 */
function textFindings(plan: Plan, rules: ReadonlyArray<TextRule | null>): Finding[] {
  const applying = rules.filter((rule): rule is TextRule => rule !== null);
  if (applying.length === 0) return [];
  const found = applying.map((): Finding[] => []);
  for (const { row, role, text } of writtenTexts(plan.rows)) {
    for (let r = 0; r < applying.length; r++) {
      const { code, severity, paramsOf } = applying[r];
      const params = paramsOf(text);
      if (params !== null) found[r].push(cellFinding(code, severity, plan.rows, row, role, params));
    }
  }
  return found.flat();
}

/** The foreign-commune, wrong-year and outdated-reference findings, in that order, from one walk over the texts. */
export function textRuleFindings(plan: Plan, oldUnits: readonly string[] = []): Finding[] {
  return textFindings(plan, [foreignCommuneRule(plan, oldUnits), wrongYearRule(plan), outdatedReferenceRule(plan)]);
}

function sameName(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Another unit named in a cell as if it were the plan's: "xã Chí Minh" in Quang Khải's
 * plan, left from a copied plan (DESIGN §5). Units marked "(cũ)", the old units of a
 * merged commune the clerk lists, thị xã/huyện/tỉnh and council terms are not; one finding a cell.
 */
export function foreignCommunes(plan: Plan, oldUnits: readonly string[] = []): Finding[] {
  return textFindings(plan, [foreignCommuneRule(plan, oldUnits)]);
}

function foreignCommuneRule(plan: Plan, oldUnits: readonly string[]): TextRule | null {
  const commune = plan.commune;
  if (commune === null) return null;
  const ownUnit = plan.unit ?? 'xã';
  return {
    code: 'foreign-commune',
    severity: 'warning',
    paramsOf: (text) => {
      const named = unitsNamed(text);
      if (named.length === 0) return null;
      const foreign = named.filter((unit) => !unit.old && !sameName(unit.name, commune) && !oldUnits.some((old) => sameName(unit.name, old)));
      if (foreign.length === 0) return null;
      const names = [...new Set(foreign.map((unit) => `${unit.unit} ${unit.name}`))];
      return { name: names.join(', '), commune: `${ownUnit} ${commune}` };
    },
  };
}

/** A plan or programme named with a year ("kế hoạch tuyên truyền … năm 2022"). */
const PLAN_WITH_YEAR = /\b(ke hoach|cai cach hanh chinh|chuong trinh|de an)\b(?:(?!\bnam 20\d\d\b).){0,100}?\bnam (20\d\d)\b/g;
/** Reports, reviews and remedies legitimately name the year they look back on, wherever the words stand. */
export const LOOKS_BACK = /\b(bao cao|tong ket|so ket|danh gia|ket qua|khac phuc|chi so|xep hang|thu hang|ton tai|han che)\b/;

/**
 * The years a text names as a plan's or programme's, in order; a year looked back on is none
 * ("Kế hoạch khắc phục … Chỉ số CCHC năm 2025", "kết quả năm 2025": the look-back may come before
 * the year or inside the phrase). Asked of every cell, kept for the texts that repeat.
 */
const plansYearsOf = memoised((text: string): readonly number[] => {
  const key = fold(text).replace(/\bthang \d{1,2} nam 20\d\d\b/g, ' ');
  return [...key.matchAll(PLAN_WITH_YEAR)].filter((match) => !LOOKS_BACK.test(key.slice(0, (match.index ?? 0) + match[0].length))).map((match) => Number(match[2]));
}, CELL_TEXTS_KEPT);

/** A year of this century in digits, as every plan's year is written: most cells have none and need not be folded. */
const YEAR_DIGITS = /20\d\d/;
const NO_YEARS: readonly number[] = [];

function plansYears(text: string): readonly number[] {
  return YEAR_DIGITS.test(text) ? plansYearsOf(text) : NO_YEARS;
}

/**
 * "năm 2022" as the year of a plan in a 2023 plan: left from last year's copy.
 * Next year's plan is prepared in December, so only earlier years (or later than
 * next year) are reported; dates ("ngày 30 tháng 12 năm 2022") are not plans' years.
 */
export function wrongYears(plan: Plan): Finding[] {
  return textFindings(plan, [wrongYearRule(plan)]);
}

function wrongYearRule(plan: Plan): TextRule | null {
  const year = plan.year;
  if (year === null) return null;
  return {
    code: 'wrong-year',
    severity: 'warning',
    paramsOf: (text) => {
      const named = plansYears(text).find((named) => named !== year && named !== year + 1);
      return named === undefined ? null : { named, year };
    },
  };
}

/** A name of the old apparatus in a 2026+ plan: "UBND huyện", "Bộ phận tiếp nhận và trả kết quả", old clerk titles. */
export function outdatedReferences(plan: Plan): Finding[] {
  return textFindings(plan, [outdatedReferenceRule(plan)]);
}

function outdatedReferenceRule(plan: Plan): TextRule | null {
  if (plan.year === null || plan.year < 2026) return null;
  return {
    code: 'outdated-reference',
    severity: 'warning',
    paramsOf: (text) => {
      const key = fold(text);
      const found = OLD_APPARATUS.filter(({ detect }) => {
        const at = key.search(detect);
        // "UBND huyện Nghi Sơn (cũ)", "… trước sắp xếp": the old body named as history.
        return at >= 0 && !/\b(cu|truoc (khi )?sap xep)\b/.test(key.slice(at).split(' ').slice(0, 7).join(' '));
      });
      if (found.length === 0) return null;
      return { names: found.map((f) => f.name).join('; '), replacements: found.map((f) => f.replacement).join('; '), year: plan.year ?? '' };
    },
  };
}
