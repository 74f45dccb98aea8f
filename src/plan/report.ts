import type { Plan } from './types';

/** The `plan` object of `cchc check --json` (DESIGN §7). */
export function planReport(plan: Plan) {
  const { columns } = plan;
  return {
    commune: plan.commune,
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
    sections: plan.sections.map((section, index) => {
      const rows = plan.rows.filter((row) => row.section === index);
      return {
        title: section.title,
        areas: section.areas,
        tasks: new Set(rows.map((row) => row.task)).size,
        activities: rows.length,
      };
    }),
    tasks: plan.tasks.length,
    activities: plan.rows.length,
    rows: plan.rows.map((row) => ({
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
    })),
  };
}

export type PlanReport = ReturnType<typeof planReport>;
