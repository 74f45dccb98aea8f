import { DOCX, XLSX, type FileKind } from '../fixtures/file-kinds';
import { bundledCatalogue } from '../../src/catalogue/load';
import { planInsertion } from '../../src/plan/insert';
import { planProgress, type ProgressMode } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import { standardTasksInPlan } from '../../src/plan/standard-tasks';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { SEED_LAYOUTS } from '../fixtures/seeds';

const KINDS: Array<FileKind & { name: string; mode: ProgressMode }> = [
  { ...DOCX, name: 'docx (appendix table)', mode: 'appendix' },
  { ...DOCX, name: 'docx (columns)', mode: 'columns' },
  { ...XLSX, name: 'xlsx (columns)', mode: 'columns' },
  { ...XLSX, name: 'xlsx (evaluation sheet)', mode: 'appendix' },
];

/** What must not change when the product writes into the plan. */
const identity = (plan: Plan) => ({
  unit: plan.unit,
  commune: plan.commune,
  year: plan.year,
  columns: Object.fromEntries(Object.entries(plan.columns).filter(([role]) => !['status', 'explanation'].includes(role))),
  tables: plan.tables,
  tasks: plan.tasks.length,
  activities: plan.rows.length,
});

/** A catalogue task the plan does not have yet, in its first section's area when it can be. */
function absentTask(plan: Plan) {
  const tasks = bundledCatalogue(2025).tasks;
  const present = standardTasksInPlan(plan, tasks);
  return tasks.find((task) => !present.has(task.id) && task.activities.length === 1) ?? tasks[0];
}

async function step(kind: FileKind, bytes: Uint8Array, edits: Parameters<FileKind['write']>[1]): Promise<{ bytes: Uint8Array; doc: SourceDocument; plan: Plan }> {
  const written = await kind.write(bytes, edits);
  const doc = await kind.read(written);
  return { bytes: written, doc, plan: recognise(doc) as Plan };
}

describe.each(KINDS)('.$name: the plan stays the plan after progress and insert', (kind) => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))('seed %s', async (_id, seed) => {
    const bytes = await kind.build(seed.spec());
    const doc = await kind.read(bytes);
    const plan = recognise(doc) as Plan;
    const before = identity(plan);
    expect(before.commune).toBe(seed.expected.commune);
    const ownFindings = validate(plan, null).filter((f) => !['status-missing', 'explanation-missing', 'summary-mismatch'].includes(f.code));
    const asOf = `${plan.year}-06-30`;
    const mode = plan.columns.status !== null ? 'columns' : kind.mode;

    const progressed = await step(kind, bytes, planProgress(plan, doc.tables, { asOf, mode }).edits);
    expect(identity(progressed.plan)).toEqual(before);
    // The plan's own findings are still there after an evaluation was written.
    const after = validate(progressed.plan, null).filter((f) => !['status-missing', 'explanation-missing', 'summary-mismatch'].includes(f.code));
    expect(after.map((f) => [f.code, f.row, f.field])).toEqual(ownFindings.map((f) => [f.code, f.row, f.field]));
    expect(progressed.plan.rows.some((row) => row.status !== '')).toBe(true);

    // Progress written again updates the one evaluation.
    const again = await step(kind, progressed.bytes, planProgress(progressed.plan, progressed.doc.tables, { asOf, mode }).edits);
    expect(identity(again.plan)).toEqual(before);
    expect(again.doc.tables.length).toBe(progressed.doc.tables.length);
    expect(again.plan.rows.map((row) => row.status)).toEqual(progressed.plan.rows.map((row) => row.status));

    const task = absentTask(again.plan);
    const inserted = await step(kind, again.bytes, planInsertion(again.plan, again.doc.tables, [task]).edits);
    expect(identity(inserted.plan)).toEqual({ ...before, tasks: before.tasks + 1, activities: before.activities + task.activities.length });
    expect(inserted.plan.tables).toEqual(plan.tables);
    // No finding about the plan's own unit: the real leftovers of a copied plan only.
    const foreign = (p: Plan) => validate(p, null).filter((f) => f.code === 'foreign-commune').map((f) => f.params.name);
    expect(foreign(inserted.plan)).toEqual(foreign(plan));
    expect(foreign(inserted.plan).join(' ')).not.toContain(seed.expected.commune);
  });
});
