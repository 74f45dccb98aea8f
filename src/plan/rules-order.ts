import type { Catalogue } from '../catalogue/schema';
import { cellFinding, planFinding, type Finding } from './findings';
import { fillPlaceholders } from './placeholders';
import { standardTasksInPlan } from './standard-tasks';
import { fold } from './text';
import { AREAS, type Plan } from './types';

/**
 * Gaps and repeats in the TT numbers, in document order. Numbering may restart at 1
 * (per section) or continue across sections; "1.2" is checked against "1.1". A number
 * repeated on the rows of one task (merged TT cell) is one number.
 */
export function numberingFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const last = new Map<string, { value: number; task: number; seen: Set<number> }>();
  plan.rows.forEach((row, index) => {
    const match = /^(?:(\d+(?:\.\d+)*)\.)?(\d+)\.?$/.exec(row.number);
    if (!match) return;
    const prefix = match[1] ?? '';
    const value = Number(match[2]);
    const run = last.get(prefix);
    if (run && run.value === value && run.task === row.task) return;
    if (!run || value === 1) {
      last.set(prefix, { value, task: row.task, seen: new Set([value]) });
      return;
    }
    const numberOf = (n: number): string => (prefix ? `${prefix}.${n}` : String(n));
    if (run.seen.has(value)) {
      findings.push(cellFinding('numbering-duplicate', 'warning', plan.rows, index, 'number', { number: row.number }));
    } else if (value > run.value + 1) {
      findings.push(cellFinding('numbering-gap', 'warning', plan.rows, index, 'number', { previous: numberOf(run.value), number: row.number }));
    }
    run.seen.add(value);
    run.value = value;
    run.task = row.task;
  });
  return findings.map((finding) => (plan.columns.number === null ? { ...finding, field: 'task' } : finding));
}

/** A row copied twice: same task and same activity. */
export function duplicateRows(plan: Plan): Finding[] {
  const firstRow = new Map<string, number>();
  const findings: Finding[] = [];
  plan.rows.forEach((row, index) => {
    if (!row.activity) return;
    const key = `${fold(row.taskText)}|${fold(row.activity)}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, index);
    else findings.push(cellFinding('duplicate-row', 'warning', plan.rows, index, 'activity', { first: plan.rows[first].number || first + 1 }));
  });
  return findings;
}

/** Reform areas no section covers (only for plans organised in sections). */
export function missingAreas(plan: Plan): Finding[] {
  if (plan.sections.length === 0) return [];
  const covered = new Set(plan.sections.flatMap((section) => section.areas));
  return AREAS.filter((area) => !covered.has(area)).map((area) => planFinding('missing-area', 'warning', { area }));
}

/** Mandatory catalogue tasks the plan has nothing like (by task or by activity text). */
export function missingStandardTasks(plan: Plan, catalogue: Catalogue | null): Finding[] {
  if (!catalogue) return [];
  const present = standardTasksInPlan(plan, catalogue.tasks);
  return catalogue.tasks
    .filter((task) => task.mandatory && !present.has(task.id))
    .map((task) => planFinding('missing-standard-task', 'info', { id: task.id, task: fillPlaceholders(task.task, plan), area: task.area }));
}
