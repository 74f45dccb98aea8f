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
    else findings.push(cellFinding('duplicate-row', 'warning', plan.rows, index, 'activity', { first: placeOf(plan, first) }));
  });
  return findings;
}

/**
 * Direction work (the CCHC plan, its reports, self-inspection, propaganda, the PAR index)
 * stands in a section of its own in older plans; plans built on the six areas of
 * Nghị quyết 76/NQ-CP put it inside another section.
 */
const DIRECTION_WORK = /\b(ke hoach cai cach hanh chinh|bao cao (ket qua )?(cong tac )?cai cach hanh chinh|tu kiem tra (cong tac )?cai cach hanh chinh|kiem tra (cong tac )?cai cach hanh chinh|tuyen truyen (cong tac )?cai cach hanh chinh|chi so cai cach hanh chinh)\b/;

/** "TT 10 mục II" — a TT alone is ambiguous where each section numbers from 1. */
function placeOf(plan: Plan, index: number): string {
  const row = plan.rows[index];
  const number = row.number || String(row.source.row + 1);
  const section = row.section === null ? '' : plan.sections[row.section].title.match(/^([IVXL]+)\s*[.)\-–:]/)?.[1] ?? String(row.section + 1);
  return section ? `${number}, mục ${section}` : number;
}

/** Reform areas no section covers (only for plans organised in sections); direction counted wherever its tasks stand. */
export function missingAreas(plan: Plan): Finding[] {
  // Plans organised in sections, and an empty plan, which needs every area.
  if (plan.sections.length === 0 && plan.rows.length > 0) return [];
  const covered = new Set(plan.sections.flatMap((section) => section.areas));
  if (plan.rows.some((row) => DIRECTION_WORK.test(fold(row.taskText)) || DIRECTION_WORK.test(fold(row.activity)))) covered.add('direction');
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
