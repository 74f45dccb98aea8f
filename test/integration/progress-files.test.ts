import { DOCX, XLSX, type FileKind } from '../fixtures/file-kinds';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { writeDocx } from '../../src/hosts/ooxml/write-docx';
import { planProgress, type ProgressMode } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import { tallyProgress } from '../../src/plan/tally';
import { isEvaluated, type Plan } from '../../src/plan/types';
import { buildDocx } from '../fixtures/build';
import { SEED_LAYOUTS } from '../fixtures/seeds';

const KINDS: Array<FileKind & { name: string; mode: ProgressMode }> = [
  { ...DOCX, name: 'docx (appendix table)', mode: 'appendix' },
  { ...DOCX, name: 'docx (columns)', mode: 'columns' },
  { ...XLSX, name: 'xlsx (columns)', mode: 'columns' },
];

/** A mid-year report date in the plan's year. */
const midYear = (plan: Plan) => `${plan.year}-06-30`;

describe.each(KINDS)('progress written into .$name', ({ build, read, write, mode }) => {
  it.each(SEED_LAYOUTS.filter((seed) => seed.id !== '004').map((seed) => [seed.id, seed] as const))(
    'seed %s: activities due later are not yet due, and the file re-reads with the right summary',
    async (_id, seed) => {
      const bytes = await build(seed.spec());
      const doc = await read(bytes);
      const plan = recognise(doc) as Plan;
      const asOf = midYear(plan);
      const { edits, rows } = planProgress(plan, doc.tables, { asOf, mode });
      const reread = await read(await write(bytes, edits));
      const after = recognise(reread) as Plan;
      expect(isEvaluated(after)).toBe(true);
      expect(after.tables).toEqual(plan.tables);
      expect(after.rows.map((row) => row.activity)).toEqual(plan.rows.map((row) => row.activity));
      const dueLater = plan.rows.map((row) => ['date', 'month', 'quarter'].includes(row.deadlineInfo.kind) && (row.deadlineInfo.due ?? '') > asOf);
      after.rows.forEach((row, i) => {
        if (dueLater[i]) expect(row.status).toBe('Chưa đến thời điểm');
        expect(row.status).toBe(rows[i].status);
      });
      const tally = tallyProgress(after);
      expect(after.statedSummary).toMatchObject({ activities: tally.activities, done: tally.done, inProgress: tally.inProgress, notYet: tally.notYet, tasks: tally.tasks });
      expect(reread.text.split('\n')).toEqual(expect.arrayContaining(doc.text.split('\n').filter(Boolean)));
    },
  );
});

it('seed 004 (.docx): the stated summary is rewritten from the table', async () => {
  const bytes = await buildDocx(SEED_LAYOUTS[4].spec());
  const doc = await readDocx(bytes);
  const plan = recognise(doc) as Plan;
  const { edits } = planProgress(plan, doc.tables, { asOf: '2023-09-11', mode: 'columns' });
  const reread = await readDocx(await writeDocx(bytes, edits));
  expect(reread.text).not.toContain('30/38');
  expect(reread.text).toContain('Tổng số 8 nhiệm vụ và 10 hoạt động; hoàn thành 5/8 nhiệm vụ, đạt 63%; hoàn thành 7/10 hoạt động, đạt 70%; đang triển khai 3; chưa đến thời điểm 0.');
  expect(reread.text).toContain('PHỤ LỤC 1');
});
