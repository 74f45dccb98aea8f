import JSZip from 'jszip';
import { excelHost } from '../../src/hosts/excel/excel-host';
import { wordHost } from '../../src/hosts/word/word-host';
import { applyEdits } from '../../src/plan/apply';
import { planFixes } from '../../src/plan/fixes';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { cleanBody, cleanPlan } from '../fixtures/clean-plan';
import { DOCX, XLSX, type FileKind } from '../fixtures/file-kinds';
import { down, type SpecRow } from '../fixtures/spec';
import { FakeExcel } from '../fakes/fake-excel';
import { FakeWord } from '../fakes/fake-word';

const view = (plan: Plan) => plan.rows.map((r) => [r.number, r.taskText, r.activity, r.product, r.lead, r.coordinator, r.deadline]);
const codes = (plan: Plan) => validate(plan, null).map((f) => f.code);

/** The clean plan's rows with TT from `from` on moved up by one (a row planted before them). */
function shifted(rows: SpecRow[], from: number): SpecRow[] {
  return rows.map((row) => {
    const first = row[0];
    const number = typeof first === 'string' ? Number(first) : Number(first.text);
    if (row.length < 7 || !Number.isInteger(number) || number < from) return row;
    return [typeof first === 'string' ? String(number + 1) : { ...first, text: String(number + 1) }, ...row.slice(1)];
  });
}

const body = cleanBody();
const at = (number: string) => body.findIndex((row) => row[0] === number || (typeof row[0] !== 'string' && row[0].text === number));
const TUYEN_TRUYEN = body[at('3')];

/** Plans with a repeated activity, and the rows the fix must leave. */
const CASES: Array<{ name: string; rows: SpecRow[]; expected: SpecRow[] }> = [
  {
    name: 'a task row repeated under itself',
    rows: [...shifted(body, 4).slice(0, at('3') + 1), ['4', ...TUYEN_TRUYEN.slice(1)], ...shifted(body, 4).slice(at('3') + 1)],
    expected: body,
  },
  {
    name: 'an activity repeated inside a task merged over its activities',
    rows: (() => {
      const rows = body.map((row) => [...row]);
      const two = at('2');
      rows[two] = [down('2', 3), down('Báo cáo công tác CCHC định kỳ', 3), ...rows[two].slice(2)];
      rows.splice(two + 2, 0, [...rows[two + 1]]);
      return rows;
    })(),
    expected: body,
  },
  {
    name: 'a repeated activity that opens a merged task: the task text stays on its next activity',
    rows: [
      ...shifted(body, 4).slice(0, at('3') + 1),
      [down('4', 2), down('Tuyên truyền CCHC', 2), ...TUYEN_TRUYEN.slice(2)],
      ['Viết tin bài về CCHC trên trang thông tin điện tử của xã', 'Các tin, bài', 'Công chức Văn hóa - Xã hội', 'Đài truyền thanh xã', 'Quý IV/2025'],
      ...shifted(body, 4).slice(at('3') + 1),
    ],
    expected: [
      ...shifted(body, 4).slice(0, at('3') + 1),
      ['4', 'Tuyên truyền CCHC', 'Viết tin bài về CCHC trên trang thông tin điện tử của xã', 'Các tin, bài', 'Công chức Văn hóa - Xã hội', 'Đài truyền thanh xã', 'Quý IV/2025'],
      ...shifted(body, 4).slice(at('3') + 1),
    ],
  },
];

async function fixed(kind: FileKind, rows: SpecRow[]): Promise<{ before: Plan; after: Plan; expectedFromModel: Plan }> {
  const bytes = await kind.build(cleanPlan(rows));
  const doc = await kind.read(bytes);
  const before = recognise(doc) as Plan;
  const { edits } = planFixes(before, doc.tables, validate(before, null));
  expect(edits.some((edit) => edit.kind === 'delete-rows')).toBe(true);
  return { before, after: recognise(await kind.read(await kind.write(bytes, edits))) as Plan, expectedFromModel: recognise(applyEdits(doc, edits)) as Plan };
}

describe.each([DOCX, XLSX])('fixing a repeated activity in .$ext', (kind) => {
  it.each(CASES)('$name: the row goes, the TT follow, nothing else changes, and a second fix changes nothing', async ({ rows, expected }) => {
    const { before, after, expectedFromModel } = await fixed(kind, rows);
    expect(codes(before)).toContain('duplicate-row');
    const clean = recognise(await kind.read(await kind.build(cleanPlan(expected)))) as Plan;
    expect(view(after)).toEqual(view(clean));
    expect(view(expectedFromModel)).toEqual(view(after));
    expect(codes(after)).toEqual(codes(clean));
    const again = await kind.read(await kind.write(await kind.build(cleanPlan(expected)), planFixes(after, (await kind.read(await kind.build(cleanPlan(expected)))).tables, validate(after, null)).edits));
    expect(view(recognise(again) as Plan)).toEqual(view(clean));
  });
});

describe('fixing a repeated activity in Word and Excel', () => {
  it.each(CASES)('Word: $name', async ({ rows, expected }) => {
    const bytes = await DOCX.build(cleanPlan(rows));
    const fake = new FakeWord(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
    const host = wordHost(fake.run, fake.supports, 'Kế hoạch.docx');
    const source: SourceDocument = await host.read();
    const plan = recognise(source) as Plan;
    await host.apply(planFixes(plan, source.tables, validate(plan, null)).edits);
    const clean = recognise(await DOCX.read(await DOCX.build(cleanPlan(expected)))) as Plan;
    expect(view(recognise(await host.read()) as Plan)).toEqual(view(clean));
  });

  it.each(CASES)('Excel: $name', async ({ rows, expected }) => {
    const bytes = await XLSX.build(cleanPlan(rows));
    const fake = await FakeExcel.fromXlsx(bytes, 0);
    const host = excelHost(fake.run, fake.supports, 'Kế hoạch.xlsx');
    const source = await host.read();
    const plan = recognise(source) as Plan;
    await host.apply(planFixes(plan, source.tables, validate(plan, null)).edits);
    expect(fake.calls).toContain('range.delete(Up)');
    const clean = recognise(await XLSX.read(await XLSX.build(cleanPlan(expected)))) as Plan;
    expect(view(recognise(await host.read()) as Plan)).toEqual(view(clean));
  });
});
