import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { SEED_LAYOUTS, type SeedExpectation } from '../fixtures/seeds';

function expectPlan(plan: Plan | null, expected: SeedExpectation): Plan {
  expect(plan).not.toBeNull();
  const p = plan as Plan;
  expect(p.commune).toBe(expected.commune);
  expect(p.year).toBe(expected.year);
  expect(p.columns).toMatchObject(expected.columns);
  const sections = p.sections.map((section, i) => ({
    areas: section.areas,
    tasks: new Set(p.rows.filter((row) => row.section === i).map((row) => row.task)).size,
    activities: p.rows.filter((row) => row.section === i).length,
  }));
  expect(sections).toEqual(expected.sections);
  expect(p.tasks.length).toBe(expected.tasks);
  expect(p.rows.length).toBe(expected.activities);
  return p;
}

const readers: Array<[string, (spec: Parameters<typeof buildDocx>[0]) => Promise<SourceDocument>]> = [
  ['docx', async (spec) => readDocx(await buildDocx(spec))],
  ['xlsx', async (spec) => readXlsx(await buildXlsx(spec))],
];

describe.each(readers)('recognising the seed layouts from .%s', (_kind, read) => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))('seed %s', async (_id, seed) => {
    const plan = expectPlan(recognise(await read(seed.spec())), seed.expected);
    expect(plan.rows.every((row) => row.activity !== '')).toBe(true);
  });
});
