import { countSyncs } from '../../src/bench/syncs';
import { bundledCatalogue } from '../../src/catalogue/load';
import { excelHost } from '../../src/hosts/excel/excel-host';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { writeXlsx } from '../../src/hosts/xlsx/write-xlsx';
import { planFixes } from '../../src/plan/fixes';
import { planInsertion } from '../../src/plan/insert';
import { planProgress } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { bigPlan } from '../fixtures/big-plan';
import { buildXlsx } from '../fixtures/build';
import { withLegacyCells } from '../fixtures/legacy-text';
import { SEED_LAYOUTS } from '../fixtures/seeds';
import { stackTables, type SpecDocument } from '../fixtures/spec';
import { FakeExcel } from '../fakes/fake-excel';

const catalogue = bundledCatalogue(2025);
const TASKS = ['kh-tuyen-truyen', 'cong-khai-tthc'].map((id) => catalogue.tasks.find((task) => task.id === id)!);
const ADDED = TASKS.reduce((count, task) => count + task.activities.length, 0);
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
    'seed %s: inserting two tasks gives the rows the .xlsx writer gives, in two syncs (the sheet compared, then written)',
    async (_id, seed) => {
      const { bytes, fromFile, fake, host } = await setUp(seed.spec());
      const source = await host.read();
      fake.syncs = 0;
      await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
      expect(fake.syncs).toBe(2);
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
    expect(fake.syncs).toBe(2);
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
    expect(fake.calls.filter((call) => /mergedAreas|copyFrom|dataValidation|conditionalFormats|protection/.test(call))).toEqual([]);
  });

  it('works on Excel 2016 (ExcelApi 1.1–1.2): A1 ranges only, never getRangeByIndexes (ExcelApi 1.7)', async () => {
    for (const sets of [{ ExcelApi: '1.1' }, { ExcelApi: '1.2' }]) {
      const { fake, host } = await setUp(SEED_LAYOUTS[0].spec(), sets);
      const source = await host.read();
      await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
      const after = await host.read();
      await host.apply(planProgress(planOf(after), after.tables, { asOf: '2023-06-30', mode: 'columns' }).edits);
      expect(planOf(await host.read()).rows.length).toBe(planOf(source).rows.length + ADDED);
      expect(fake.calls.filter((call) => call.includes('getRangeByIndexes'))).toEqual([]);
    }
  });

  it('writes a clerk\'s text as text: "- Do thiếu kinh phí", "=…", "01/2025" are not formulas, numbers or dates', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    const source = await host.read();
    const plan = planOf(source);
    const explanations = { 0: '- Do thiếu kinh phí', 1: '=Chưa có hướng dẫn', 2: '01/2025' };
    await host.apply(planProgress(plan, source.tables, { asOf: '2023-06-30', mode: 'columns', statuses: { 0: 'Không thực hiện', 1: 'Không thực hiện', 2: 'Không thực hiện' }, explanations }).edits);
    const after = planOf(await host.read());
    expect([0, 1, 2].map((i) => after.rows[i].explanation)).toEqual(Object.values(explanations));
    expect(fake.cells.flat().some((text) => text.startsWith('(converted)'))).toBe(false);
  });

  it('keeps one highlight rule for undone activities however often progress is written', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    for (const asOf of ['2023-06-30', '2023-09-30', '2023-12-31']) {
      const source = await host.read();
      await host.apply(planProgress(planOf(source), source.tables, { asOf, mode: 'columns', statuses: { 0: 'Không thực hiện' }, explanations: { 0: 'Thiếu kinh phí' } }).edits);
    }
    expect([...fake.conditionalRules.values()].every((count) => count === 1)).toBe(true);
  });

  it('refuses to write when the sheet changed since it was read, and writes nothing', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    const source = await host.read();
    fake.typeInto(3, 1, 'Dòng clerk vừa gõ');
    const before = JSON.stringify(fake.cells);
    await expect(host.apply(planInsertion(planOf(source), source.tables, TASKS).edits)).rejects.toMatchObject({ key: 'error.documentChanged' });
    expect(JSON.stringify(fake.cells)).toBe(before);
  });

  it('says a protected sheet must be unprotected, and writes nothing', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    const source = await host.read();
    fake.protectedSheet = true;
    await expect(host.apply(planInsertion(planOf(source), source.tables, TASKS).edits)).rejects.toMatchObject({ key: 'error.sheetProtected' });
  });

  it('waits for the clerk to finish typing in a cell instead of failing (delayForCellEdit)', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    fake.editingCell = true;
    const source = await host.read();
    await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
    expect(planOf(await host.read()).rows.length).toBe(planOf(source).rows.length + ADDED);
  });

  it('reads a plan whose used range does not start at A1', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    fake.cells.unshift([], []);
    for (const row of fake.cells) row.unshift('', '');
    for (const merge of fake.merges) Object.assign(merge, { top: merge.top + 2, bottom: merge.bottom + 2, left: merge.left + 2, right: merge.right + 2 });
    const source = await host.read();
    await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
    expect(planOf(await host.read()).rows.length).toBe(planOf(source).rows.length + ADDED);
  });

  it('selects a finding cell on its sheet in one sync', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    const plan = planOf(await host.read());
    fake.syncs = 0;
    await host.select(plan.rows[0].source.cells.lead as string);
    expect(fake.syncs).toBe(1);
    expect(fake.calls.at(-1)).toMatch(/^range\.select\([A-Z]+\d+\)$/);
  });

  it('keeps the sync counts on a 2,000-activity plan: read 1, insert 2, progress 2', async () => {
    const { fake, host } = await setUp(bigPlan(2000));
    expect(await countSyncs(host, fake)).toEqual({ check: 1, insert: 2, progress: 2 });
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

describe('a sheet typed in VNI or TCVN3 fonts, in Excel', () => {
  async function legacySetUp(encoding: 'vni' | 'tcvn3', sets?: Record<string, string>) {
    const unicode = await buildXlsx(stackTables(SEED_LAYOUTS[0].spec()));
    const bytes = await withLegacyCells(unicode, encoding);
    const fake = await FakeExcel.fromXlsx(bytes, 0, sets);
    return { unicode: await readXlsx(unicode), fake, host: excelHost(fake.run, fake.supports, 'Kế hoạch.xlsx') };
  }

  it('reads each cell through its font (ExcelApi 1.9), in one sync, as the Unicode plan', async () => {
    const { unicode, fake, host } = await legacySetUp('vni');
    const source = await host.read();
    expect(fake.syncs).toBe(1);
    expect(source.legacyEncoding).toBe('vni');
    expect(rowsOf(planOf(source))).toEqual(rowsOf(planOf(unicode)));
  });

  it('Excel 2016 (ExcelApi 1.1): the range\'s one font, when the whole sheet has it', async () => {
    const { unicode, fake, host } = await legacySetUp('vni', { ExcelApi: '1.1' });
    for (const row of fake.fonts) row.fill('VNI-Times');
    const source = await host.read();
    expect(fake.calls).toContain('usedRange.format.font.load(name)');
    expect(rowsOf(planOf(source))).toEqual(rowsOf(planOf(unicode)));
  });

  it('converted as one write: the cells hold the Unicode they showed, in Times New Roman, and read the same', async () => {
    const { fake, host } = await legacySetUp('vni');
    const source = await host.read();
    const plan = planOf(source);
    const { edits } = planFixes(plan, source.tables, validate(plan, null), ['old-encoding']);
    fake.syncs = 0;
    await host.apply(edits);
    expect(fake.syncs).toBe(2);
    const again = await host.read();
    expect(again.legacyEncoding).toBeUndefined();
    expect(rowsOf(planOf(again))).toEqual(rowsOf(plan));
    // Cells under a merged range show its first cell: only cells with text count.
    expect(fake.cells.flatMap((row, r) => row.filter((text, c) => text !== '' && fake.fontAt(r, c) === 'VNI-Times'))).toEqual([]);
  });

  it('a task inserted into a TCVN3 sheet is written in Times New Roman and reads back as written', async () => {
    const { host } = await legacySetUp('tcvn3');
    const source = await host.read();
    await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
    const prefix = TASKS[0].activities[0].activity.split('{')[0].trim();
    expect(planOf(await host.read()).rows.some((row) => row.activity.startsWith(prefix))).toBe(true);
  });
});
