import { sectionCounts } from './sections';
import { tallyProgress } from './tally';
import { isEvaluated, type Plan } from './types';

/** The `plan` object of `cchc check --json` (DESIGN §7). */
export function planReport(plan: Plan) {
  return { ...planOverview(plan), rows: planRows(plan) };
}

/** The plan's fields without its rows, as `review --json` gives them for each file. */
export function planOverview(plan: Plan) {
  const { columns } = plan;
  return {
    commune: plan.commune,
    unit: plan.unit,
    year: plan.year,
    tables: plan.tables,
    columns: {
      task: columns.task,
      activity: columns.activity,
      product: columns.product,
      lead: columns.lead,
      coordinator: columns.coordinator,
      deadline: columns.deadline,
      number: columns.number,
      start: columns.start,
      status: columns.status,
      explanation: columns.explanation,
      note: columns.note,
    },
    sections: sectionCounts(plan),
    tasks: plan.tasks.length,
    activities: plan.rows.length,
  };
}

function planRows(plan: Plan) {
  return plan.rows.map((row) => ({
      section: row.section,
      number: row.number,
      task: row.taskText,
      activity: row.activity,
      product: row.product,
      lead: row.lead,
      coordinator: row.coordinator,
      deadline: row.deadline,
      deadlineKind: row.deadlineInfo.kind,
      due: row.deadlineInfo.due,
      status: row.status || null,
  }));
}

export type PlanReport = ReturnType<typeof planReport>;

/** The `summary` of `cchc check --json`: recomputed counts of a progress table, or null for a plan without statuses. */
export function progressSummary(plan: Plan) {
  if (!isEvaluated(plan)) return null;
  return { ...tallyProgress(plan), stated: plan.statedSummary?.text ?? null };
}
