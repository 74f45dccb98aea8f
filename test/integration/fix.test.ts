import { bundledCatalogue, editionFor } from '../../src/catalogue/load';
import { planFixes } from '../../src/plan/fixes';
import { recognise } from '../../src/plan/recognise';
import type { Plan } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { cleanBody, cleanPlan } from '../fixtures/clean-plan';
import { DOCX, XLSX } from '../fixtures/file-kinds';
import { seed000 } from '../fixtures/seed000';
import { mergedXa2027 } from '../fixtures/two-level';

const FIXED = ['foreign-commune', 'wrong-year', 'deadline-out-of-year', 'outdated-reference', 'numbering-gap', 'numbering-duplicate', 'summary-mismatch'];

describe.each([DOCX, XLSX])('cchc fix through .$ext', (kind) => {
  it.each([
    ['seed 000 (another commune, last year\'s plan year)', seed000],
    ['a 2027 plan with the old apparatus left in it', mergedXa2027],
  ])('%s: every finding it corrects is gone on re-reading, and nothing else changed', async (_name, spec) => {
    const bytes = await kind.build(spec());
    const doc = await kind.read(bytes);
    const plan = recognise(doc) as Plan;
    const catalogue = bundledCatalogue(editionFor(plan.year));
    const findings = validate(plan, catalogue);
    const { edits, changes } = planFixes(plan, doc.tables, findings);
    expect(changes.length).toBeGreaterThan(0);
    const after = recognise(await kind.read(await kind.write(bytes, edits))) as Plan;
    const remaining = validate(after, catalogue).filter((f) => ['foreign-commune', 'wrong-year', 'outdated-reference'].includes(f.code));
    expect(remaining).toEqual([]);
    // The rest of the plan is as it was: same activities count, unit, year, and the other findings.
    expect([after.unit, after.commune, after.year, after.rows.length]).toEqual([plan.unit, plan.commune, plan.year, plan.rows.length]);
    const others = (p: Plan) => validate(p, catalogue).filter((f) => !FIXED.includes(f.code)).map((f) => [f.code, f.row, f.field]);
    expect(others(after)).toEqual(others(plan));
  });
});

describe('planFixes on single cells', () => {
  it.each([
    ['another commune, in capitals too', 'Ban hành Kế hoạch xã Tân Lập và XÃ TÂN LẬP năm 2025', 'Ban hành Kế hoạch xã Hòa Bình và XÃ HÒA BÌNH năm 2025'],
    ['an old unit marked (cũ) stays', 'Rà soát hồ sơ của xã Tân Lập (cũ) và xã Chí Minh', 'Rà soát hồ sơ của xã Tân Lập (cũ) và xã Hòa Bình'],
    ['last year as the plan\'s year, a look back kept', 'Kế hoạch tuyên truyền năm 2024 trên cơ sở kết quả năm 2024', 'Kế hoạch tuyên truyền năm 2025 trên cơ sở kết quả năm 2024'],
  ])('%s', async (_name, text, expected) => {
    const body = cleanBody().map((row) => (row[0] === '5' ? row.map((cell, c) => (c === 2 ? text : cell)) : row));
    const bytes = await DOCX.build(cleanPlan(body));
    const doc = await DOCX.read(bytes);
    const plan = recognise(doc) as Plan;
    const { edits } = planFixes(plan, doc.tables, validate(plan, null));
    const after = recognise(await DOCX.read(await DOCX.write(bytes, edits))) as Plan;
    expect(after.rows.find((row) => row.number === '5')?.activity).toBe(expected);
  });

  it('renumbers a gap and a repeat, keeping the rest', async () => {
    const body = cleanBody().map((row) => (row[0] === '7' ? ['9', ...row.slice(1)] : row[0] === '8' ? ['9', ...row.slice(1)] : row));
    const bytes = await DOCX.build(cleanPlan(body));
    const doc = await DOCX.read(bytes);
    const plan = recognise(doc) as Plan;
    const { edits } = planFixes(plan, doc.tables, validate(plan, null));
    const after = recognise(await DOCX.read(await DOCX.write(bytes, edits))) as Plan;
    expect(validate(after, null).filter((f) => f.code.startsWith('numbering'))).toEqual([]);
    const numbers = [...new Set(after.rows.map((row) => row.number))];
    expect(numbers).toEqual(numbers.map((_n, i) => String(i + 1)));
  });
});
