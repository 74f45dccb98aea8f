import { countSyncs } from '../../src/bench/syncs';
import { bundledCatalogue } from '../../src/catalogue/load';
import { excelHost } from '../../src/hosts/excel/excel-host';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { writeXlsx } from '../../src/hosts/xlsx/write-xlsx';
import { planInsertion } from '../../src/plan/insert';
import { planProgress } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { bigPlan } from '../fixtures/big-plan';
import { buildXlsx } from '../fixtures/build';
import { SEED_LAYOUTS } from '../fixtures/seeds';
import { stackTables, type SpecDocument } from '../fixtures/spec';
import { FakeExcel } from '../fakes/fake-excel';

const catalogue = bundledCatalogue(2025);
const TASKS = ['kh-tuyen-truyen', 'cong-khai-tthc'].map((id) => catalogue.tasks.find((task) => task.id === id)!);
const planOf = (source: SourceDocument) => recognise(source) as Plan;
const rowsOf = (plan: Plan) => plan.rows.map((row) => [row.section, row.number, row.taskText, row.activity, row.deadline, row.status]);
const codesOf = (plan: Plan) => validate(plan, catalogue, {}).map((f) => [f.code, f.severity, f.row, f.field]);

/** The fixture as a file, and the fake Excel showing the sheet that holds its plan. */
async function setUp(spec: SpecDocument, sets?: Record<string, string>) {
  const bytes = await buildXlsx(spec);
  const fromFile = await readXlsx(bytes);
  const sheet = planOf(fromFile).tables[0];
  const fake = await FakeExcel.fromXlsx(bytes, sheet, sets);
  return { bytes, fromFile, fake, host: excelHost(fake.run, fake.supports, 'Kế hoạch.xlsx') };
}

/** Every seed layout on one sheet: seed 002's plan, split into three Word tables, stacked as it is once copied into Excel. */
const ONE_SHEET = SEED_LAYOUTS.map((seed) => ({ ...seed, spec: () => stackTables(seed.spec()) }));

describe('the Excel host', () => {
  it.each(ONE_SHEET.map((seed) => [seed.id, seed] as const))('seed %s: same plan and findings as the .xlsx reader, in one sync', async (_id, seed) => {
    const { fromFile, fake, host } = await setUp(seed.spec());
    const plan = planOf(await host.read());
    expect(fake.syncs).toBe(1);
    expect(rowsOf(plan)).toEqual(rowsOf(planOf(fromFile)));
    expect(plan.columns).toEqual(planOf(fromFile).columns);
    expect(codesOf(plan)).toEqual(codesOf(planOf(fromFile)));
  });

  it.each(ONE_SHEET.map((seed) => [seed.id, seed] as const))(
    'seed %s: inserting two tasks gives the rows the .xlsx writer gives, in one sync',
    async (_id, seed) => {
      const { bytes, fromFile, fake, host } = await setUp(seed.spec());
      const source = await host.read();
      fake.syncs = 0;
      await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
      expect(fake.syncs).toBe(1);
      expect(fake.calls).toContain('range.insert(Down)');
      const expected = await readXlsx(await writeXlsx(bytes, planInsertion(planOf(fromFile), fromFile.tables, TASKS).edits));
      expect(rowsOf(planOf(await host.read()))).toEqual(rowsOf(planOf(expected)));
    },
  );

  it.each(ONE_SHEET.map((seed) => [seed.id, seed] as const))('seed %s: progress written as the .xlsx writer writes it, with a status drop-down', async (_id, seed) => {
    const { bytes, fromFile, fake, host } = await setUp(seed.spec());
    const source = await host.read();
    const plan = planOf(source);
    const options = { asOf: `${plan.year}-06-30`, mode: 'columns' as const };
    fake.syncs = 0;
    await host.apply(planProgress(plan, source.tables, options).edits);
    expect(fake.syncs).toBe(1);
    // Seed 004 has every status typed already: only its summary is written.
    if (seed.id !== '004') expect(fake.calls).toContain('dataValidation.rule {"list":{"inCellDropDown":true,"source":"Hoàn thành,Đang triển khai,Chưa đến thời điểm,Không thực hiện"}}');
    const expected = await readXlsx(await writeXlsx(bytes, planProgress(planOf(fromFile), fromFile.tables, options).edits));
    const after = planOf(await host.read());
    expect(rowsOf(after)).toEqual(rowsOf(planOf(expected)));
    expect(after.statedSummary).toEqual(planOf(expected).statedSummary);
  });

  it('leaves out what an old Excel cannot do (no merged areas, formats or drop-downs) and still reads the plan', async () => {
    const { fromFile, fake, host } = await setUp(SEED_LAYOUTS[0].spec(), { ExcelApi: '1.1' });
    const source = await host.read();
    expect(rowsOf(planOf(source))).toEqual(rowsOf(planOf(fromFile)));
    await host.apply(planProgress(planOf(source), source.tables, { asOf: '2023-06-30', mode: 'columns' }).edits);
    expect(fake.calls.filter((call) => /mergedAreas|copyFrom|dataValidation|conditionalFormats/.test(call))).toEqual([]);
  });

  it('selects a finding cell on its sheet in one sync', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    const plan = planOf(await host.read());
    fake.syncs = 0;
    await host.select(plan.rows[0].source.cells.lead as string);
    expect(fake.syncs).toBe(1);
    expect(fake.calls.at(-1)).toMatch(/^range\.select\([A-Z]+\d+\)$/);
  });

  it('keeps the sync counts on a 2,000-activity plan: read 1, insert 1, progress 1', async () => {
    const { fake, host } = await setUp(bigPlan(2000));
    expect(await countSyncs(host, fake)).toEqual({ check: 1, insert: 1, progress: 1 });
    expect(planOf(await host.read()).rows).toHaveLength(2004);
  });
});

describe('the plan stays the plan through the Excel host', () => {
  it.each(ONE_SHEET.map((seed) => [seed.id, seed] as const))('seed %s: progress twice in the Tiến độ column, then insert', async (_id, seed) => {
    const { host } = await setUp(seed.spec());
    const plan = planOf(await host.read());
    const identity = (p: Plan) => [p.unit, p.commune, p.year, p.tasks.length, p.rows.length];
    await host.apply(planProgress(plan, (await host.read()).tables, { asOf: `${plan.year}-06-30`, mode: 'columns' }).edits);
    const progressed = planOf(await host.read());
    expect(identity(progressed)).toEqual(identity(plan));
    const statusColumn = progressed.columns.status;
    await host.apply(planProgress(progressed, (await host.read()).tables, { asOf: `${plan.year}-09-30`, mode: 'columns' }).edits);
    const again = await host.read();
    expect(planOf(again).columns.status).toBe(statusColumn);
    expect(again.tables[0].rows[0].length).toBe((await host.read()).tables[0].rows[0].length);
    const task = catalogue.tasks.find((t) => t.id === 'cong-khai-ngan-sach')!;
    await host.apply(planInsertion(planOf(again), again.tables, [task]).edits);
    expect(identity(planOf(await host.read()))).toEqual([plan.unit, plan.commune, plan.year, plan.tasks.length + 1, plan.rows.length + 1]);
  });
});
