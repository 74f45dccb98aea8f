import { cellFinding, planFinding, type Finding } from './findings';
import { statusCategory } from './status';
import { summaryDifferences, summarySentence, tallyProgress } from './tally';
import { isEvaluated, type Plan, type PlanRow } from './types';

/** Deadline kinds that name one period, so an unfinished activity past it is late. */
const SINGLE_PERIOD = new Set(['date', 'month', 'quarter', 'year', 'range']);

/** Every activity of a progress table needs a status. */
export function missingStatuses(plan: Plan): Finding[] {
  if (!isEvaluated(plan)) return [];
  return plan.rows.flatMap((row, index) =>
    statusCategory(row.status) === 'empty' ? [cellFinding('status-missing', 'error', plan.rows, index, 'status')] : [],
  );
}

/** Whether the clerk must explain the row: not done, or still running after its deadline. */
export function needsExplanation(row: PlanRow, asOf: string | null): boolean {
  const category = statusCategory(row.status);
  if (category === 'notDone') return true;
  const { kind, due } = row.deadlineInfo;
  const late = asOf !== null && due !== null && SINGLE_PERIOD.has(kind) && due < asOf;
  return late && (category === 'inProgress' || category === 'other');
}

export function missingExplanations(plan: Plan, asOf: string | null): Finding[] {
  if (!isEvaluated(plan)) return [];
  return plan.rows.flatMap((row, index) =>
    needsExplanation(row, asOf) && row.explanation === ''
      ? [cellFinding('explanation-missing', 'warning', plan.rows, index, plan.columns.explanation === null && plan.evaluation === null ? 'status' : 'explanation', { status: row.status })]
      : [],
  );
}

/** A stated summary ("hoàn thành 30/38 hoạt động, đạt 79%") that the table does not bear out. */
export function summaryMismatch(plan: Plan): Finding[] {
  const stated = plan.statedSummary;
  if (!isEvaluated(plan) || stated === null) return [];
  const tally = tallyProgress(plan);
  const differences = summaryDifferences(stated, tally);
  if (differences.length === 0) return [];
  return [
    planFinding('summary-mismatch', 'error', {
      stated: stated.text.replace(/\n/g, '; '),
      computed: summarySentence(tally),
      figures: differences.map((d) => `${d.figure} ${d.stated}≠${d.actual}`).join(', '),
    }),
  ];
}
