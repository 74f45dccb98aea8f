import type { Catalogue } from '../catalogue/schema';
import { planFinding, type Finding } from './findings';
import { deadlineFindings, emptyCells, missingColumns } from './rules-cells';
import { duplicateRows, missingAreas, missingStandardTasks, numberingFindings } from './rules-order';
import { missingExplanations, missingStatuses, summaryMismatch } from './rules-progress';
import { oldEncoding, textRuleFindings } from './rules-text';
import type { Plan } from './types';

export interface ValidateOptions {
  /** Report date (ISO): activities still running after their deadline need an explanation. */
  asOf?: string | null;
  /** Names of the units merged into this one: never reported as another commune. */
  oldUnits?: readonly string[];
}

/** Every finding of DESIGN §5 for a recognised plan, plan-level findings first, then by row. */
export function validate(plan: Plan, catalogue: Catalogue | null, options: ValidateOptions = {}): Finding[] {
  const findings = [
    // A header with nothing under it: a plan still to be written (the missing areas say what it needs).
    ...(plan.rows.length === 0 ? [planFinding('empty-plan', 'error')] : []),
    ...oldEncoding(plan),
    ...missingColumns(plan),
    ...emptyCells(plan),
    ...deadlineFindings(plan),
    // Foreign communes, wrong years and outdated references: one walk over the written texts.
    ...textRuleFindings(plan, options.oldUnits),
    ...numberingFindings(plan),
    ...duplicateRows(plan),
    ...missingStatuses(plan),
    ...missingExplanations(plan, options.asOf ?? null),
    ...summaryMismatch(plan),
    ...missingAreas(plan),
    ...missingStandardTasks(plan, catalogue),
  ];
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => (a.finding.row ?? -1) - (b.finding.row ?? -1) || a.order - b.order)
    .map(({ finding }) => finding);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
