import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import type { Finding } from '../../src/plan/findings';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { seed000 } from '../fixtures/seed000';
import { seed001 } from '../fixtures/seed001';
import { seed002 } from '../fixtures/seed002';
import { seed003 } from '../fixtures/seed003';
import { seed004 } from '../fixtures/seed004';
import type { SpecDocument } from '../fixtures/spec';

interface Brief {
  code: string;
  severity: string;
  number: string | null;
  field: string | null;
}
const brief = (plan: Plan, f: Finding): Brief => ({
  code: f.code,
  severity: f.severity,
  number: f.row === null ? null : plan.rows[f.row].number,
  field: f.field,
});

/**
 * The defects the real seed documents contain (kept in their fixtures), and the
 * complete list of error-level findings each must give: nothing else is an error.
 */
const SEED_DEFECTS: Array<{ id: string; spec: () => SpecDocument; errors: Brief[]; warnings: Brief[] }> = [
  {
    id: '000 (Quang Khải 2023)',
    spec: seed000,
    errors: [{ code: 'deadline-out-of-year', severity: 'error', number: '2', field: 'deadline' }],
    warnings: [
      { code: 'foreign-commune', severity: 'warning', number: '1', field: 'activity' },
      { code: 'foreign-commune', severity: 'warning', number: '9', field: 'activity' },
      { code: 'wrong-year', severity: 'warning', number: '9', field: 'activity' },
      { code: 'empty-cell', severity: 'warning', number: '2', field: 'product' },
      { code: 'empty-cell', severity: 'warning', number: '2', field: 'coordinator' },
      { code: 'empty-cell', severity: 'warning', number: '3', field: 'coordinator' },
    ],
  },
  {
    id: '001 (Đức Mạnh 2024)',
    spec: seed001,
    errors: [],
    warnings: [
      { code: 'numbering-gap', severity: 'warning', number: '5', field: 'number' },
      { code: 'numbering-gap', severity: 'warning', number: '13', field: 'number' },
      { code: 'missing-area', severity: 'warning', number: null, field: null },
    ],
  },
  {
    id: '002',
    spec: seed002,
    // "Trong năm 2023 - 2024": a task of two years, not last year's date.
    errors: [],
    warnings: [
      { code: 'numbering-gap', severity: 'warning', number: '41', field: 'number' },
      { code: 'deadline-out-of-year', severity: 'info', number: '5', field: 'deadline' },
    ],
  },
  {
    id: '003 (Anh Sơn 2025)',
    spec: seed003,
    errors: [],
    warnings: [{ code: 'missing-column', severity: 'warning', number: null, field: 'coordinator' }],
  },
  {
    id: '004 (Thanh Xá progress appendix)',
    spec: seed004,
    errors: [{ code: 'summary-mismatch', severity: 'error', number: null, field: null }],
    warnings: [],
  },
];

const readers: Array<[string, (spec: SpecDocument) => Promise<SourceDocument>]> = [
  ['docx', async (spec) => readDocx(await buildDocx(spec))],
  ['xlsx', async (spec) => readXlsx(await buildXlsx(spec))],
];

describe.each(readers)('the real defects of the seeds (.%s)', (_kind, read) => {
  it.each(SEED_DEFECTS.map((seed) => [seed.id, seed] as const))('seed %s', async (_id, seed) => {
    const plan = recognise(await read(seed.spec())) as Plan;
    const findings = validate(plan, null).map((f) => brief(plan, f));
    expect(findings.filter((f) => f.severity === 'error')).toEqual(seed.errors);
    for (const warning of seed.warnings) expect(findings).toContainEqual(warning);
  });
});

it('seed 004: the stated summary is compared figure by figure with the table', async () => {
  const plan = recognise(await readDocx(await buildDocx(seed004()))) as Plan;
  const mismatch = validate(plan, null).find((f) => f.code === 'summary-mismatch');
  expect(mismatch?.params.figures).toBe('tasks 25≠8, tasksDone 20≠5, activities 38≠10, done 30≠7, percent 79≠70, inProgress 6≠3, notYet 2≠0');
});
