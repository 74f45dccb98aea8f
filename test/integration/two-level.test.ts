import { editionFor } from '../../src/catalogue/editions';
import { bundledCatalogue } from '../../src/catalogue/load';
import { planInsertion } from '../../src/plan/insert';
import { recognise } from '../../src/plan/recognise';
import type { Plan } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { DOCX, XLSX } from '../fixtures/file-kinds';
import { TWO_LEVEL_PLANS } from '../fixtures/two-level';

/** The TT of each row with a finding of that code, each row once. */
const numbersOf = (plan: Plan, code: string) => [...new Set(validate(plan, null).filter((f) => f.code === code).map((f) => plan.rows[f.row ?? 0].number))];
const activitiesOf = (plan: Plan, code: string) => [...new Set(validate(plan, null).filter((f) => f.code === code).map((f) => plan.rows[f.row ?? 0].activity))];

describe.each([DOCX, XLSX])('2026/2027 plans in the two-level government (.$ext)', (kind) => {
  const read = async (spec: (typeof TWO_LEVEL_PLANS)[number]['spec']) => recognise(await kind.read(await kind.build(spec()))) as Plan;

  it.each(TWO_LEVEL_PLANS.map((p) => [p.id, p] as const))('%s: the unit, its name and the year are read', async (_id, fixture) => {
    const plan = await read(fixture.spec);
    expect({ unit: plan.unit, commune: plan.commune, year: plan.year }).toEqual({ unit: fixture.unit, commune: fixture.commune, year: fixture.year });
  });

  it.each(TWO_LEVEL_PLANS.map((p) => [p.id, p] as const))('%s: no false foreign-commune; old units, thị xã, council terms and common words are not units', async (_id, fixture) => {
    expect(numbersOf(await read(fixture.spec), 'foreign-commune')).toEqual([]);
  });

  it.each(TWO_LEVEL_PLANS.map((p) => [p.id, p] as const))('%s: the old apparatus is found where it is left, with what replaced it', async (_id, fixture) => {
    const plan = await read(fixture.spec);
    expect(numbersOf(plan, 'outdated-reference')).toEqual(fixture.outdated);
    const finding = validate(plan, null).find((f) => f.code === 'outdated-reference');
    expect(String(finding?.params.replacements)).toMatch(/Trung tâm Phục vụ hành chính công|UBND tỉnh|Sở Nội vụ|cấp tỉnh/);
  });

  it('looking back is not a wrong year; last year\'s plan named as this year\'s is', async () => {
    expect(numbersOf(await read(TWO_LEVEL_PLANS[0].spec), 'wrong-year')).toEqual([]);
    expect(numbersOf(await read(TWO_LEVEL_PLANS[1].spec), 'wrong-year')).toEqual([]);
    expect(numbersOf(await read(TWO_LEVEL_PLANS[2].spec), 'wrong-year')).toEqual(['4']);
  });

  it('direction work inside another section counts for the direction area', async () => {
    const plan = await read(TWO_LEVEL_PLANS[1].spec);
    expect(validate(plan, null).filter((f) => f.code === 'missing-area').map((f) => f.params.area)).not.toContain('direction');
  });

  it.each(TWO_LEVEL_PLANS.map((p) => [p.id, p] as const))('%s: inserted tasks come from the 2026 edition in the unit\'s own words', async (_id, fixture) => {
    const bytes = await kind.build(fixture.spec());
    const doc = await kind.read(bytes);
    const plan = recognise(doc) as Plan;
    expect(editionFor(plan.year)).toBe(2026);
    const tasks = ['doi-thoai-nhan-dan', 'du-toan-ngan-sach'].map((id) => bundledCatalogue(2026).tasks.find((task) => task.id === id)!);
    const after = recognise(await kind.read(await kind.write(bytes, planInsertion(plan, doc.tables, tasks).edits))) as Plan;
    const added = after.rows.filter((row) => !plan.rows.some((old) => old.activity === row.activity));
    expect(added).toHaveLength(2);
    const text = added.map((row) => [row.taskText, row.activity, row.lead, row.coordinator].join(' | ')).join('\n');
    expect(text).toContain(`UBND ${fixture.unit}`);
    if (fixture.unit === 'phường') expect(text).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    if (fixture.unit !== 'xã') expect(text).not.toMatch(/\bxã\b/);
    expect(text).not.toMatch(/huyện|Bộ phận tiếp nhận|Văn phòng - Thống kê|\{/);
    // The inserted rows bring no outdated name: the findings are the plan's own (TT may have moved).
    expect(activitiesOf(after, 'outdated-reference')).toEqual(activitiesOf(plan, 'outdated-reference'));
    expect(numbersOf(after, 'foreign-commune')).toEqual([]);
  });
});
