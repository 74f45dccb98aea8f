import { parseDeadline } from './deadline';
import { cellFinding, planFinding, type Finding, type Severity } from './findings';
import { statusCategory } from './status';
import type { Plan, PlanRow, Role } from './types';

/** Cells every plan row needs, with the severity of leaving them empty (DESIGN §5). */
const REQUIRED: ReadonlyArray<readonly [Role, Severity]> = [
  ['activity', 'error'],
  ['lead', 'error'],
  ['deadline', 'error'],
  ['product', 'warning'],
  ['coordinator', 'warning'],
];

/**
 * A progress appendix read on its own (seed 004) lists activities with their status and
 * product only: it has no lead, coordinator or deadline columns to miss. A plan that
 * gained a Tiến độ column is still a plan.
 */
function isAppendixAlone(plan: Plan): boolean {
  return plan.columns.status !== null && plan.columns.lead === null && plan.columns.deadline === null;
}

function requiredColumns(plan: Plan): ReadonlyArray<readonly [Role, Severity]> {
  return isAppendixAlone(plan) ? REQUIRED.filter(([role]) => role === 'activity' || role === 'product') : REQUIRED;
}

export function missingColumns(plan: Plan): Finding[] {
  return requiredColumns(plan)
    .filter(([role]) => plan.columns[role] === null)
    .map(([role, severity]) => planFinding('missing-column', severity, {}, role));
}

export function emptyCells(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const required = requiredColumns(plan).filter(([role]) => plan.columns[role] !== null);
  plan.rows.forEach((row, index) => {
    for (const [role, severity] of required) {
      if (row[role as 'activity' | 'lead' | 'deadline' | 'product' | 'coordinator'] !== '') continue;
      if (role === 'deadline' && startSaysWhen(row)) continue;
      // In a progress appendix the product is what was actually produced: none yet is normal.
      if (role === 'product' && isAppendixAlone(plan) && statusCategory(row.status) !== 'done') continue;
      findings.push(cellFinding('empty-cell', severity, plan.rows, index, role, { header: headerOf(plan, role) }));
    }
  });
  return findings;
}

/** The column's own header, as the clerk wrote it ("Thời gian hoàn thành"), on one line. */
function headerOf(plan: Plan, role: Role): string {
  const col = plan.columns[role];
  return col === null ? '' : (plan.headerLabels[col] ?? '').replace(/\s+/g, ' ').trim();
}

/** "Sau khi UBND huyện công bố…" written in the start column and the end left empty (seed 001). */
function startSaysWhen(row: PlanRow): boolean {
  const kind = parseDeadline(row.start, null).kind;
  return kind === 'conditional' || kind === 'continuous';
}

/** Deadlines that cannot be read, and deadlines outside 1 Dec of the year before … 31 Dec of the plan year. */
export function deadlineFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const from = plan.year === null ? null : `${plan.year - 1}-12-01`;
  const to = plan.year === null ? null : `${plan.year}-12-31`;
  plan.rows.forEach((row, index) => {
    const { kind, dues, start } = row.deadlineInfo;
    if (kind === 'unparsed') {
      findings.push(cellFinding('deadline-unparsed', 'warning', plan.rows, index, 'deadline', { deadline: row.deadline, year: plan.year ?? '' }));
    } else if (from !== null && to !== null && dues.some((due) => due < from || due > to)) {
      // "Trong năm 2023 - 2024", "Giai đoạn 2026 - 2030": a task of several years spanning the plan year is not last year's date.
      const multiYear = kind === 'range' && start !== null && start <= to && (dues.at(-1) ?? '') >= `${plan.year}-01-01`;
      const params = { deadline: row.deadline, year: plan.year ?? '', dueYear: (dues.at(-1) ?? '').slice(0, 4) };
      findings.push(multiYear ? cellFinding('deadline-out-of-year', 'info', plan.rows, index, 'deadline', { ...params, multiYear: 1 }) : cellFinding('deadline-out-of-year', 'error', plan.rows, index, 'deadline', params));
    }
  });
  return findings;
}
