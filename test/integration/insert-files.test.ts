import { DOCX, XLSX } from '../fixtures/file-kinds';
import { bundledCatalogue } from '../../src/catalogue/load';
import type { StandardTask } from '../../src/catalogue/schema';
import { applyEdits } from '../../src/plan/apply';
import { planInsertion } from '../../src/plan/insert';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { SEED_LAYOUTS } from '../fixtures/seeds';

const tasks = ['kh-tu-kiem-tra', 'chi-tieu-noi-bo', 'de-an-06'].map((id) => bundledCatalogue(2025).tasks.find((t) => t.id === id) as StandardTask);

const KINDS = [DOCX, XLSX];

/** Plan rows as the clerk reads them back. */
const rowsOf = (plan: Plan) => plan.rows.map((row) => [row.section, row.number, row.taskText, row.activity, row.lead, row.deadline]);

describe.each(KINDS)('inserting into .$ext files', ({ build, read, write }) => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))('seed %s: the written file reads back as the planned edit', async (_id, seed) => {
    const bytes = await build(seed.spec());
    const doc = await read(bytes);
    const plan = recognise(doc) as Plan;
    const { edits } = planInsertion(plan, doc.tables, tasks);
    const written = await write(bytes, edits);
    const reread = await read(written);
    const expected = recognise(applyEdits(doc, edits)) as Plan;
    const actual = recognise(reread) as Plan;
    expect(rowsOf(actual)).toEqual(rowsOf(expected));
    expect(actual.sections.map((s) => s.title)).toEqual(expected.sections.map((s) => s.title));
    expect(actual.rows.length).toBe(plan.rows.length + 4);
    expect(reread.text).toBe(doc.text);
    const outside = (d: SourceDocument) => d.tables.filter((t) => !plan.tables.includes(t.index)).map((t) => t.rows.map((r) => r.map((c) => c.text)));
    expect(outside(reread)).toEqual(outside(doc));
  });
});
