import { fold } from './text';
import type { PlanRow, Role } from './types';

export const FINDING_CODES = [
  'no-plan-table',
  'empty-plan',
  'missing-column',
  'empty-cell',
  'deadline-unparsed',
  'deadline-out-of-year',
  'foreign-commune',
  'wrong-year',
  'outdated-reference',
  'numbering-gap',
  'numbering-duplicate',
  'duplicate-row',
  'missing-area',
  'missing-standard-task',
  'status-missing',
  'explanation-missing',
  'summary-mismatch',
  'old-encoding',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * One thing the clerk should look at (DESIGN §5). The message is not here: it is
 * made from the code and params in the UI language (see i18n/findings).
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 0-based index into plan.rows, or null for plan-level findings. */
  row: number | null;
  field: Role | null;
  /** Host address of the cell to select, or null. */
  cell: string | null;
  params: Record<string, string | number>;
}

/** A finding about one cell of a plan row. */
export function cellFinding(
  code: FindingCode,
  severity: Severity,
  rows: readonly PlanRow[],
  index: number,
  field: Role,
  params: Record<string, string | number> = {},
): Finding {
  const row = rows[index];
  return { code, severity, row: index, field, cell: row.source.cells[field] ?? firstCell(row), params: { number: row.number, ...params } };
}

/** A finding about the plan as a whole. */
export function planFinding(code: FindingCode, severity: Severity, params: Record<string, string | number> = {}, field: Role | null = null): Finding {
  return { code, severity, row: null, field, cell: null, params };
}

function firstCell(row: PlanRow): string | null {
  return Object.values(row.source.cells)[0] ?? null;
}

/** Findings grouped as the clerk reads the plan: plan-level first, then each section in order. */
export interface FindingGroup {
  /** Index into plan.sections; null for plan-level findings and rows before any section. */
  section: number | null;
  findings: Finding[];
}

export function groupBySection(findings: readonly Finding[], rowSection: (row: number) => number | null): FindingGroup[] {
  const groups = new Map<number | null, Finding[]>();
  for (const finding of findings) {
    const section = finding.row === null ? null : rowSection(finding.row);
    const list = groups.get(section);
    if (list) list.push(finding);
    else groups.set(section, [finding]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? -1) - (b ?? -1))
    .map(([section, list]) => ({ section, findings: list.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)) }));
}

/**
 * What a finding is about, in words that survive edits elsewhere (row indexes do not):
 * its code and field and the row's task and activity, or its parameters for the whole
 * plan. A finding the clerk chose to leave ("Bỏ qua") is remembered by this key.
 */
export function findingKey(finding: Finding, rows: readonly PlanRow[]): string {
  const row = finding.row === null ? null : rows[finding.row];
  const where = row ? `${fold(row.taskText)}|${fold(row.activity)}|${fold(row.deadline)}` : JSON.stringify(finding.params);
  return `${finding.code}|${finding.field ?? ''}|${where}`;
}
