import { cleanPlan } from '../../test/fixtures/clean-plan';
import { gridOf } from '../../test/fixtures/grid';
import { seed004 } from '../../test/fixtures/seed004';
import { applyEdits } from './apply';
import { parseDeadline } from './deadline';
import { defaultProgressMode, planProgress, prefilledStatus } from './progress';
import { recognise } from './recognise';
import { tallyProgress } from './tally';
import type { Plan, PlanRow } from './types';
import { validate } from './validate';

const rowWith = (deadline: string): PlanRow => ({ deadlineInfo: parseDeadline(deadline, 2025) }) as PlanRow;

describe('prefilledStatus at 30/6/2025', () => {
  it.each([
    ['Tháng 12/2025', 'Chưa đến thời điểm'],
    ['Quý III', 'Chưa đến thời điểm'],
    ['15/7/2025', 'Chưa đến thời điểm'],
    ['Tháng 6/2025', ''],
    ['Tháng 01/2025', ''],
    ['Thường xuyên', 'Đang triển khai'],
    ['Quý I, 6 tháng, quý III, năm', 'Đang triển khai'],
    ['Từ tháng 8 đến tháng 10', 'Chưa đến thời điểm'],
    ['Từ tháng 3 đến tháng 9', 'Đang triển khai'],
    ['Năm 2025', 'Đang triển khai'],
    ['Cả năm', 'Đang triển khai'],
    ['Theo yêu cầu', ''],
    ['Sớm nhất có thể', ''],
  ])('%s → %j', (deadline, status) => {
    expect(prefilledStatus(rowWith(deadline), '2025-06-30')).toBe(status);
  });
});

describe('planProgress', () => {
  const doc = gridOf(cleanPlan());
  const plan = recognise(doc) as Plan;

  it('marks exactly the activities due later as not yet due, adds the columns and writes the summary', () => {
    const result = planProgress(plan, doc.tables, { asOf: '2025-06-30', mode: 'columns' });
    const after = recognise(applyEdits(doc, result.edits)) as Plan;
    expect(after.columns.status).toBe(7);
    const notYet = after.rows.filter((row) => row.status === 'Chưa đến thời điểm').map((row) => row.activity);
    const dueLater = plan.rows.filter((row) => ['date', 'month', 'quarter'].includes(row.deadlineInfo.kind) && (row.deadlineInfo.due ?? '') > '2025-06-30').map((row) => row.activity);
    expect(notYet).toEqual(dueLater);
    expect(tallyProgress(after)).toEqual({ tasks: 10, activities: 11, tasksDone: 0, done: 0, inProgress: 3, notYet: 3, notDone: 0, unassessed: 5 });
    expect(after.statedSummary).toMatchObject({ activities: 11, done: 0, inProgress: 3, notYet: 3 });
    expect(validate(after, null, { asOf: '2025-06-30' }).filter((f) => f.code === 'status-missing')).toHaveLength(5);
  });

  it('keeps typed statuses, applies the clerk\'s choices and recomputes the stated summary (seed 004)', () => {
    const progressDoc = gridOf(seed004());
    const report = recognise(progressDoc) as Plan;
    const result = planProgress(report, progressDoc.tables, { asOf: '2023-09-11', mode: 'columns', statuses: { 7: 'Hoàn thành' } });
    expect(result.rows.filter((row) => row.origin === 'typed')).toHaveLength(9);
    const after = recognise(applyEdits(progressDoc, result.edits)) as Plan;
    expect(after.rows[7].status).toBe('Hoàn thành');
    expect(after.columns.explanation).toBe(5);
    expect(after.statedSummary).toMatchObject({ tasks: 8, tasksDone: 6, activities: 10, done: 8, percent: 80, inProgress: 2, notYet: 0 });
    expect(validate(after, null).map((f) => f.code)).not.toContain('summary-mismatch');
  });

  it('writes the clerk\'s explanation for a late activity into the Giải trình column', () => {
    const late = plan.rows.findIndex((row) => row.deadline === 'Tháng 01/2025');
    const result = planProgress(plan, doc.tables, { asOf: '2025-06-30', mode: 'columns', statuses: { [late]: 'Không thực hiện' }, explanations: { [late]: 'Chờ hướng dẫn của huyện' } });
    const after = recognise(applyEdits(doc, result.edits)) as Plan;
    expect(after.rows[late]).toMatchObject({ status: 'Không thực hiện', explanation: 'Chờ hướng dẫn của huyện' });
    expect(validate(after, null, { asOf: '2025-06-30' }).filter((f) => f.code === 'explanation-missing')).toEqual([]);
  });

  it('writes an appendix table in seed 004\'s layout that reads back as the evaluation', () => {
    const result = planProgress(plan, doc.tables, { asOf: '2025-06-30', mode: 'appendix' });
    const after = recognise(applyEdits(doc, result.edits)) as Plan;
    // The plan stays the plan; its statuses come from the evaluation table.
    expect(after.tables).toEqual(plan.tables);
    expect(after.headerLabels).toEqual(plan.headerLabels);
    expect(after.evaluation?.table).toBe(1);
    expect(after.sections.map((s) => s.areas)).toEqual(plan.sections.map((s) => s.areas));
    expect(tallyProgress(after)).toEqual({ tasks: 10, activities: 11, tasksDone: 0, done: 0, inProgress: 3, notYet: 3, notDone: 0, unassessed: 5 });
    expect(after.rows.map((row) => row.status)).toEqual(result.rows.map((row) => row.status));
    // Written again, the evaluation is updated, not repeated.
    const again = planProgress(after, applyEdits(doc, result.edits).tables, { asOf: '2025-09-30', mode: defaultProgressMode(after, true) });
    const twice = applyEdits(applyEdits(doc, result.edits), again.edits);
    expect(twice.tables.length).toBe(2);
    expect(twice.text.split('\n').filter((line) => line.includes('tính đến ngày'))).toEqual(['Đánh giá tiến độ thực hiện Kế hoạch cải cách hành chính năm 2025 (tính đến ngày 30/09/2025)']);
  });
});
