import type { Edit, NewRow } from './edits';
import type { NewPlan } from './new-plan';
import type { Plan, Role } from './types';

/**
 * The rows of a new plan written under a header-only table's header, in the table's own
 * column order: a section as its Roman numeral in the TT column and its title beside it (or
 * "I. TITLE" where there is no TT column), each task's TT and text once, merged down over
 * its activities. The rows copy the header's last row for borders and widths, not bold.
 */
export function planFill(plan: Plan, newPlan: NewPlan): Edit[] {
  const { columns } = plan;
  const at = { table: plan.header.table, row: plan.header.end - 1 };
  const titleColumn = columns.task ?? columns.activity;
  // Tasks and activities need columns of their own (the header names "Nhiệm vụ" and "Hoạt động").
  if (titleColumn === null || columns.activity === null || columns.task === columns.activity) return [];
  const rows: NewRow[] = [];
  const cellsOf = (values: Partial<Record<Role, string>>): Record<number, string> => {
    const cells: Record<number, string> = {};
    for (const [role, text] of Object.entries(values) as Array<[Role, string]>) {
      const col = columns[role];
      if (col !== null && col !== undefined && cells[col] === undefined) cells[col] = text;
    }
    return cells;
  };
  for (const section of newPlan.sections) {
    const [, roman, title] = /^([IVXL]+)\.\s*(.*)$/.exec(section.title) ?? [null, '', section.title];
    const cells = columns.number !== null && columns.number !== titleColumn ? { [columns.number]: roman, [titleColumn]: title } : { [titleColumn]: section.title };
    rows.push({ template: at, cells, mergeUp: [], plain: true });
    for (const task of section.tasks) {
      task.activities.forEach((activity, j) => {
        const own = { activity: activity.activity, product: activity.product, lead: activity.lead, coordinator: activity.coordinator, deadline: activity.deadline };
        const first = j === 0;
        const merged = [columns.number, columns.task].filter((col): col is number => col !== null && col !== columns.activity);
        rows.push({
          template: at,
          cells: cellsOf(first ? { number: task.number, task: task.task, ...own } : own),
          mergeUp: first ? [] : merged,
          plain: true,
        });
      });
    }
  }
  return [{ kind: 'insert-rows', table: at.table, after: at.row, rows }];
}
