import fc from 'fast-check';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { writeDocx } from '../../src/hosts/ooxml/write-docx';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { writeXlsx } from '../../src/hosts/xlsx/write-xlsx';
import { applyEdits } from '../../src/plan/apply';
import type { Edit } from '../../src/plan/edits';
import { planFixes } from '../../src/plan/fixes';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { gridOf } from '../fixtures/grid';
import type { SpecCell, SpecDocument, SpecRow, SpecTable } from '../fixtures/spec';
import { arbitraryPlan } from './arbitraries';

/** The codes fix corrects by itself: none may be left after it. */
const DETERMINED = ['foreign-commune', 'wrong-year', 'duplicate-row', 'numbering-gap', 'numbering-duplicate'];

const defect = fc.record({
  kind: fc.constantFrom('duplicate-activity', 'number-gap', 'other-commune', 'last-year', 'last-year-deadline'),
  task: fc.nat(),
});

/** The rows of the plan table where a task starts (its TT cell merged down over its activities). */
function taskStarts(rows: readonly SpecRow[]): number[] {
  return rows.flatMap((row, i) => (row.length === 7 && typeof row[0] !== 'string' ? [i] : []));
}

/** A generated plan with the defects clerks leave when copying last year's plan. */
function planted(spec: SpecDocument, defects: ReadonlyArray<{ kind: string; task: number }>): SpecDocument {
  const table = spec.blocks.find((block): block is { table: SpecTable } => 'table' in block)!.table;
  const rows = table.rows.map((row) => [...row]);
  for (const { kind, task } of defects) {
    const starts = taskStarts(rows);
    const start = starts[task % starts.length];
    const [number, name] = rows[start] as [SpecCell, SpecCell, ...string[]];
    const span = number.rowSpan ?? 1;
    const last = start + span - 1;
    if (kind === 'duplicate-activity') {
      // The task's last activity typed twice: the task and TT cells cover the copy too.
      const copy = last === start ? (rows[start].slice(2) as string[]) : ([...rows[last]] as string[]);
      rows[start] = [{ ...number, rowSpan: span + 1 }, { ...name, rowSpan: span + 1 }, ...rows[start].slice(2)];
      rows.splice(last + 1, 0, copy);
    } else if (kind === 'number-gap' && start !== starts[0]) rows[start] = [{ ...number, text: String(Number(number.text) + 5) }, ...rows[start].slice(1)];
    // A gap is after a first number (the first task's TT may start anywhere): there, last year's quarter instead.
    else if (kind === 'number-gap') rows[start] = [...rows[start].slice(0, 6), 'Quý II/2024'];
    else if (kind === 'other-commune') rows[start] = [...rows[start].slice(0, 2), `${rows[start][2] as string} xã Tân Lập`, ...rows[start].slice(3)];
    else if (kind === 'last-year') rows[start] = [...rows[start].slice(0, 2), `Xây dựng kế hoạch năm 2024 (${number.text})`, ...rows[start].slice(3)];
    else rows[start] = [...rows[start].slice(0, 6), 'Tháng 6/2024'];
  }
  return { ...spec, blocks: spec.blocks.map((block) => ('table' in block && block.table === table ? { table: { ...table, rows } } : block)) };
}

const left = (plan: Plan) => validate(plan, null).filter((f) => DETERMINED.includes(f.code) || (f.code === 'deadline-out-of-year' && !f.params.multiYear));

function fixesOf(doc: SourceDocument): { plan: Plan; edits: Edit[] } {
  const plan = recognise(doc) as Plan;
  return { plan, edits: planFixes(plan, doc.tables, validate(plan, null)).edits };
}

describe('fix on any plan with planted defects', () => {
  it('keeps the plan recognised, leaves none of the determined findings, and a second fix changes nothing', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.array(defect, { minLength: 1, maxLength: 4 }), (spec, defects) => {
        const doc = gridOf(planted(spec, defects));
        const { plan, edits } = fixesOf(doc);
        // The defects planted are found: there is something to fix.
        expect(left(plan).length).toBeGreaterThan(0);
        const fixed = applyEdits(doc, edits);
        const after = recognise(fixed);
        expect(after).not.toBeNull();
        expect(left(after as Plan)).toEqual([]);
        expect(after?.rows.length).toBe(plan.rows.length - validate(plan, null).filter((f) => f.code === 'duplicate-row').length);
        expect(fixesOf(fixed).edits).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['docx', buildDocx, readDocx, writeDocx],
    ['xlsx', buildXlsx, readXlsx, writeXlsx],
  ] as const)('gives in a .%s file what it gives in the model', async (_ext, build, read, write) => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, fc.array(defect, { minLength: 1, maxLength: 4 }), async (spec, defects) => {
        const bytes = await build(planted(spec, defects));
        const doc = await read(bytes);
        const { edits } = fixesOf(doc);
        const written = await read(await write(bytes, edits));
        const rows = (source: SourceDocument) => (recognise(source) as Plan).rows.map((r) => [r.number, r.taskText, r.activity, r.deadline]);
        expect(rows(written)).toEqual(rows(applyEdits(doc, edits)));
        expect(left(recognise(written) as Plan)).toEqual([]);
        expect(fixesOf(written).edits).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
