import { bundledCatalogue } from '../../src/catalogue/load';
import { formatNumber } from '../../src/hosts/ooxml/numbering';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { writeDocx } from '../../src/hosts/ooxml/write-docx';
import { planInsertion } from '../../src/plan/insert';
import { recognise } from '../../src/plan/recognise';
import type { Plan } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { buildDocx } from '../fixtures/build';
import { withListNumbering } from '../fixtures/list-numbering';
import { SEED_LAYOUTS } from '../fixtures/seeds';

/** What Word shows for a numbered TT: 1, 2, 3… on each numbered row (again from 1 in each section when the list restarts). */
function wordNumbers(typed: Plan, restart: boolean): string[] {
  let count = 0;
  let section: number | null = null;
  return typed.rows.map((row) => {
    if (restart && row.section !== section) [count, section] = [0, row.section];
    return /^\d+$/.test(row.number) ? String(++count) : row.number;
  });
}

describe('TT and section labels made by Word\'s automatic numbering', () => {
  // Seed 001, 002 and 004 number TT across the plan; seed 003 restarts it in each section.
  it.each([
    ['001', false],
    ['002', false],
    ['003', true],
    ['004', false],
  ] as const)('seed %s reads the numbers Word shows where the clerk typed none', async (id, restart) => {
    const seed = SEED_LAYOUTS.find((s) => s.id === id)!;
    const typed = await buildDocx(seed.spec());
    const expected = recognise(await readDocx(typed)) as Plan;
    const actual = recognise(await readDocx(await withListNumbering(typed, restart))) as Plan;
    expect(actual.rows.map((row) => row.number)).toEqual(wordNumbers(expected, restart));
    expect(actual.rows.map((row) => row.number).filter((n) => n === '')).toEqual(expected.rows.map((row) => row.number).filter((n) => n === ''));
    // Section labels I., II., III… as Word's list gives them, the titles' words unchanged.
    expect(actual.sections.map((section) => section.title.replace(/^[IVX]+\.\s*/, ''))).toEqual(expected.sections.map((section) => section.title.replace(/^[IVX]+\s*[.)]\s*/, '')));
    const labelled = expected.sections.map((section) => /^[IVX]+\b/.test(section.title));
    const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
    expect(actual.sections.map((section) => /^([IVX]+)\./.exec(section.title)?.[1])).toEqual(labelled.map((has, i) => (has ? romans[labelled.slice(0, i + 1).filter(Boolean).length - 1] : undefined)));
    expect(actual.sections.map((section) => section.areas)).toEqual(expected.sections.map((section) => section.areas));
    expect(validate(actual, null).filter((f) => f.code.startsWith('numbering'))).toEqual([]);
  });

  it('an inserted row continues Word\'s list: no typed number in it, and the numbers read back in order', async () => {
    const seed = SEED_LAYOUTS.find((s) => s.id === '004')!;
    const bytes = await withListNumbering(await buildDocx(seed.spec()));
    const doc = await readDocx(bytes);
    const plan = recognise(doc) as Plan;
    const task = bundledCatalogue(2025).tasks.find((t) => t.id === 'kh-tuyen-truyen')!;
    const { edits } = planInsertion(plan, doc.tables, [task]);
    const numberCol = plan.columns.number as number;
    for (const edit of edits) {
      if (edit.kind === 'insert-rows') for (const row of edit.rows) expect(row.cells[numberCol] ?? '').toBe('');
      if (edit.kind === 'set-cell') expect(edit.col).not.toBe(numberCol);
    }
    const after = recognise(await readDocx(await writeDocx(bytes, edits))) as Plan;
    const numbers = after.rows.map((row) => Number(row.number));
    expect(after.rows).toHaveLength(plan.rows.length + task.activities.length);
    // Word's list runs on: 1, 2, 3… over the whole table, with no gap or repeat.
    expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
  });

  it.each([
    [1, 'decimal', '1'],
    [4, 'upperRoman', 'IV'],
    [9, 'lowerRoman', 'ix'],
    [2, 'upperLetter', 'B'],
    [28, 'lowerLetter', 'bb'],
    [7, 'decimalZero', '07'],
  ])('writes %i in %s as %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });
});
