import fc from 'fast-check';
import { bundledCatalogue } from '../../src/catalogue/load';
import type { StandardTask } from '../../src/catalogue/schema';
import { writeDocx } from '../../src/hosts/ooxml/write-docx';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { writeXlsx } from '../../src/hosts/xlsx/write-xlsx';
import { applyEdits } from '../../src/plan/apply';
import { planInsertion } from '../../src/plan/insert';
import { fillPlaceholders } from '../../src/plan/placeholders';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { gridOf } from '../fixtures/grid';
import { arbitraryPlan } from './arbitraries';

const catalogue = bundledCatalogue(2025);
const someTasks = fc.subarray(catalogue.tasks, { minLength: 1, maxLength: 3 });

/**
 * Inserting tasks, then reading the document again, gives the plan plus the inserted rows:
 * the old activities in their order, each new activity once in a section of its task's area,
 * numbering without gaps, and nothing outside the plan table changed.
 */
function expectPlanPlusInserted(before: SourceDocument, after: SourceDocument, tasks: readonly StandardTask[]): void {
  const plan = recognise(before) as Plan;
  const reread = recognise(after) as Plan;
  const others = (doc: SourceDocument) => doc.tables.filter((table) => !plan.tables.includes(table.index)).map((table) => table.rows.map((row) => row.map((cell) => cell.text)));
  expect(others(after)).toEqual(others(before));
  expect(after.text).toEqual(before.text);

  const activities = (p: Plan) => p.rows.map((row) => row.activity);
  const added = tasks.flatMap((task) => task.activities.map((a) => ({ area: task.area, activity: fillPlaceholders(a.activity, plan) })));
  expect(reread.rows).toHaveLength(plan.rows.length + added.length);
  expect(activities(reread).filter((activity) => activities(plan).includes(activity))).toEqual(activities(plan));
  for (const { area, activity } of added) {
    const rows = reread.rows.filter((row) => row.activity === activity && !activities(plan).includes(activity));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((row) => reread.sections[row.section ?? -1]?.areas.includes(area))).toBe(true);
  }
  expect(validate(reread, null).filter((finding) => finding.code.startsWith('numbering'))).toEqual([]);
}

describe('inserting catalogue tasks into any well-formed plan', () => {
  it('edits only the plan table, and re-reading gives the plan plus the inserted rows', () => {
    fc.assert(
      fc.property(arbitraryPlan, someTasks, (spec, tasks) => {
        const doc = gridOf(spec);
        const plan = recognise(doc) as Plan;
        const { edits } = planInsertion(plan, doc.tables, tasks);
        for (const edit of edits) expect(plan.tables).toContain(edit.kind === 'insert-rows' || edit.kind === 'set-cell' || edit.kind === 'delete-rows' ? edit.table : edit.kind === 'convert-encoding' || edit.kind === 'append-plan' ? -1 : edit.afterTable);
        expectPlanPlusInserted(doc, applyEdits(doc, edits), tasks);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['.docx', buildDocx, readDocx, writeDocx],
    ['.xlsx', buildXlsx, readXlsx, writeXlsx],
  ] as const)('gives the same result through the %s writer', async (_kind, build, read, write) => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, someTasks, async (spec, tasks) => {
        const bytes = await build(spec);
        const doc = await read(bytes);
        const { edits } = planInsertion(recognise(doc) as Plan, doc.tables, tasks);
        expectPlanPlusInserted(doc, await read(await write(bytes, edits)), tasks);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
