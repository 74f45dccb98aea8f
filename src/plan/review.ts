import type { Catalogue } from '../catalogue/schema';
import type { Finding } from './findings';
import { isEvaluated, AREAS, type Area, type Plan } from './types';
import { tallyProgress, percent, type ProgressTally } from './tally';
import { prefilledStatus } from './progress';
import { statusCategory } from './status';

/** One commune's plan as the province reviewer sees it: the figures of the "Tổng hợp" sheet. */
export interface ReviewedPlan {
  unit: string | null;
  commune: string | null;
  year: number | null;
  edition: number | string;
  tasks: number;
  activities: number;
  counts: { error: number; warning: number; info: number };
  /** Each reform area: whether a section or a task of the plan covers it. */
  areas: Record<Area, boolean>;
  /** Each reform area: the plan's tasks and activities in its sections (a section of two areas counts in both). */
  areaCounts: Record<Area, { tasks: number; activities: number }>;
  /** Mandatory catalogue tasks the plan lacks (their ids). */
  missingTasks: string[];
  deadlinesOutOfYear: number;
  outdatedReferences: number;
  /** With a report date: statuses counted and the activities late at that date. */
  progress: (ProgressTally & { percentDone: number; overdue: number }) | null;
}

/** The review figures of one plan and its findings (pure: the command reads the files). */
export function reviewPlan(plan: Plan, findings: readonly Finding[], catalogue: Catalogue, asOf: string | null): ReviewedPlan {
  const count = (code: Finding['code']) => findings.filter((f) => f.code === code).length;
  const missingArea = new Set(findings.filter((f) => f.code === 'missing-area').map((f) => String(f.params.area)));
  const areas = Object.fromEntries(AREAS.map((area) => [area, !missingArea.has(area)])) as Record<Area, boolean>;
  let progress: ReviewedPlan['progress'] = null;
  if (asOf !== null) {
    // Statuses as written; where none is written, what the report date makes of the deadline.
    const evaluated = isEvaluated(plan) ? plan : { ...plan, rows: plan.rows.map((row) => ({ ...row, status: prefilledStatus(row, asOf) })) };
    const tally = tallyProgress(evaluated);
    const overdue = evaluated.rows.filter((row) => {
      const { due, kind } = row.deadlineInfo;
      const category = statusCategory(row.status);
      return due !== null && due < asOf && ['date', 'month', 'quarter', 'year', 'range'].includes(kind) && category !== 'done' && category !== 'notDone';
    }).length;
    progress = { ...tally, percentDone: percent(tally.done, tally.activities), overdue };
  }
  return {
    unit: plan.unit,
    commune: plan.commune,
    year: plan.year,
    edition: catalogue.edition ?? catalogue.version,
    tasks: plan.tasks.length,
    activities: plan.rows.length,
    counts: { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length, info: findings.filter((f) => f.severity === 'info').length },
    areas,
    areaCounts: areaCounts(plan),
    missingTasks: findings.filter((f) => f.code === 'missing-standard-task').map((f) => String(f.params.id)),
    deadlinesOutOfYear: count('deadline-out-of-year'),
    outdatedReferences: count('outdated-reference'),
    progress,
  };
}

function areaCounts(plan: Plan): Record<Area, { tasks: number; activities: number }> {
  const inArea = (section: number | null, area: Area) => section !== null && plan.sections[section].areas.includes(area);
  return Object.fromEntries(
    AREAS.map((area) => [area, { tasks: plan.tasks.filter((task) => inArea(task.section, area)).length, activities: plan.rows.filter((row) => inArea(row.section, area)).length }]),
  ) as Record<Area, { tasks: number; activities: number }>;
}

/** The province's totals: files read and not, findings, and for each area the plans that cover it and their tasks and activities summed. */
export function reviewTotals(plans: readonly ReviewedPlan[], unreadable: number) {
  return {
    files: plans.length + unreadable,
    read: plans.length,
    unreadable,
    errors: plans.reduce((sum, p) => sum + p.counts.error, 0),
    warnings: plans.reduce((sum, p) => sum + p.counts.warning, 0),
    hints: plans.reduce((sum, p) => sum + p.counts.info, 0),
    plansWithErrors: plans.filter((p) => p.counts.error > 0).length,
    areasCovered: Object.fromEntries(AREAS.map((area) => [area, plans.filter((p) => p.areas[area]).length])) as Record<Area, number>,
    areaTotals: Object.fromEntries(
      AREAS.map((area) => [area, { tasks: plans.reduce((sum, p) => sum + p.areaCounts[area].tasks, 0), activities: plans.reduce((sum, p) => sum + p.areaCounts[area].activities, 0) }]),
    ) as Record<Area, { tasks: number; activities: number }>,
    tasks: plans.reduce((sum, p) => sum + p.tasks, 0),
    activities: plans.reduce((sum, p) => sum + p.activities, 0),
  };
}
