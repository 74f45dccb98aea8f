import fc from 'fast-check';
import { bundledCatalogue } from '../../src/catalogue/load';
import { applyEdits } from '../../src/plan/apply';
import { planInsertion } from '../../src/plan/insert';
import { planProgress } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import type { SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { arbitraryDamagedPlan, arbitrarySource } from './arbitraries';

const catalogue = bundledCatalogue(2025);
const someTasks = fc.subarray(catalogue.tasks, { maxLength: 3 });

/** Runs every operation on the document; returns whether a plan was found. */
function everyOperation(doc: SourceDocument, tasks: typeof catalogue.tasks): boolean {
  const plan = recognise(doc);
  if (!plan) return false;
  validate(plan, catalogue, {});
  recognise(applyEdits(doc, planInsertion(plan, doc.tables, tasks).edits));
  recognise(applyEdits(doc, planProgress(plan, doc.tables, { asOf: '2025-06-30', mode: 'columns' }).edits));
  planProgress(plan, doc.tables, { asOf: '2025-12-31', mode: 'appendix' });
  return true;
}

describe('recognising, validating, inserting and filling progress never throw', () => {
  it.each([
    ['any grid (ragged rows, random merge flags, any text)', arbitrarySource, 0],
    ['a plan damaged at random (texts, merges, dropped and repeated cells and rows)', arbitraryDamagedPlan, 0.5],
  ] as const)('on %s', (_, documents, recognisedAtLeast) => {
    const runs = 400;
    let recognised = 0;
    fc.assert(
      fc.property(documents, someTasks, (doc, tasks) => {
        if (everyOperation(doc, tasks)) recognised++;
      }),
      { numRuns: runs },
    );
    // Damaged plans must mostly still be plans, or the property would test little.
    expect(recognised).toBeGreaterThanOrEqual(runs * recognisedAtLeast);
  }, 60_000);
});
