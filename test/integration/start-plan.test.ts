import JSZip from 'jszip';
import { bundledCatalogue } from '../../src/catalogue/load';
import { excelHost } from '../../src/hosts/excel/excel-host';
import type { PlanHost } from '../../src/hosts/host';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { newPlanDocx } from '../../src/hosts/ooxml/new-docx';
import { wordHost } from '../../src/hosts/word/word-host';
import { applyEdits } from '../../src/plan/apply';
import type { Edit } from '../../src/plan/edits';
import { planFill } from '../../src/plan/fill-plan';
import { newPlan } from '../../src/plan/new-plan';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { DOCX, XLSX, type FileKind } from '../fixtures/file-kinds';
import type { SpecDocument } from '../fixtures/spec';
import { FakeExcel } from '../fakes/fake-excel';
import { FakeWord } from '../fakes/fake-word';

const catalogue = bundledCatalogue(2026);
const TASKS = catalogue.tasks.filter((task) => task.mandatory);
const PLAN = newPlan('xã', 'Hòa An', 2027, TASKS);

/** What the clerk reads back: unit, year, and each activity with its task, product, lead, coordinator and deadline. */
const view = (plan: Plan) => ({
  unit: plan.unit,
  commune: plan.commune,
  year: plan.year,
  rows: plan.rows.map((r) => [r.number, r.taskText, r.activity, r.product, r.lead, r.coordinator, r.deadline]),
});

let expected: Plan;
beforeAll(async () => {
  expected = recognise(await readDocx(await newPlanDocx(PLAN))) as Plan;
});

/** A header-only table in the clerk's own column order, under the plan's title lines. */
const HEADER_ONLY: SpecDocument = {
  name: 'header-only',
  blocks: [
    ...PLAN.title.map((paragraph) => ({ paragraph })),
    { table: { rows: [['STT', 'Nhiệm vụ', 'Hoạt động cụ thể', 'Thời gian hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm']], headerRows: 1 } },
  ],
};
const EMPTY: SpecDocument = { name: 'empty', blocks: [{ paragraph: 'Kế hoạch năm 2027 (đang soạn)' }] };

function expectStarted(after: SourceDocument): void {
  const plan = recognise(after) as Plan;
  expect(view(plan)).toEqual(view(expected));
  const findings = validate(plan, catalogue);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(findings.filter((f) => f.code === 'missing-standard-task' || f.code.startsWith('numbering'))).toEqual([]);
}

/** The edits that start the plan: rows into a header-only table, or the whole plan at the end of the document. */
function startEdits(doc: SourceDocument): Edit[] {
  const plan = recognise(doc);
  return plan ? planFill(plan, PLAN) : [{ kind: 'append-plan', plan: PLAN }];
}

describe.each([DOCX, XLSX])('starting a plan in a .$ext', (kind: FileKind) => {
  it.each([
    ['a header-only table: the rows go into it, in its own column order', HEADER_ONLY],
    ['a document without a plan: the plan goes at its end', EMPTY],
  ])('%s', async (_name, spec) => {
    const bytes = await kind.build(spec);
    const doc = await kind.read(bytes);
    const edits = startEdits(doc);
    expect(edits.length).toBeGreaterThan(0);
    const after = await kind.read(await kind.write(bytes, edits));
    expectStarted(after);
    expect(view(recognise(applyEdits(doc, edits)) as Plan)).toEqual(view(recognise(after) as Plan));
    if (spec === HEADER_ONLY) expect((recognise(after) as Plan).headerLabels).toEqual((recognise(doc) as Plan).headerLabels);
  });
});

describe('starting a plan in Word and Excel', () => {
  const hosts: Array<[string, (spec: SpecDocument) => Promise<{ host: PlanHost; calls: string[] }>]> = [
    ['Word', async (spec) => {
      const fake = new FakeWord(await (await JSZip.loadAsync(await DOCX.build(spec))).file('word/document.xml')!.async('string'));
      return { host: wordHost(fake.run, fake.supports, 'Kế hoạch.docx'), calls: fake.calls };
    }],
    ['Excel', async (spec) => {
      const fake = await FakeExcel.fromXlsx(await XLSX.build(spec), 0);
      return { host: excelHost(fake.run, fake.supports, 'Kế hoạch.xlsx'), calls: fake.calls };
    }],
  ];
  it.each(hosts.flatMap(([name, make]) => [[name, 'header-only table', HEADER_ONLY, make], [name, 'document without a plan', EMPTY, make]] as const))('%s, %s', async (_host, _name, spec, make) => {
    const { host, calls } = await make(spec);
    await host.apply(startEdits(await host.read()));
    expectStarted(await host.read());
    if (spec === EMPTY && _host === 'Word') expect(calls).toContain('body.insertOoxml(End)');
  });
});
