import { fold } from './text';
import type { PlanRow } from './types';

/** What an evaluation row (seed 004's layout) says about one activity. */
export interface EvaluationRow {
  activity: string;
  status: string;
  explanation: string;
  /** Host addresses of its status and explanation cells. */
  cells: { status?: string; explanation?: string };
}

/** "1. Hoạt động 1\nXây dựng …", "2.3. Hoạt động 3: Thực hiện …" → the activity's own words. */
function activityKey(text: string): string {
  return fold(text)
    .replace(/^(?:\d+\s+)*(?:hoat dong\s+\d+\s+)?/, '')
    .trim();
}

function matches(planKey: string, evaluationKey: string): boolean {
  if (planKey === '' || evaluationKey === '') return false;
  if (planKey === evaluationKey) return true;
  const [shorter, longer] = planKey.length < evaluationKey.length ? [planKey, evaluationKey] : [evaluationKey, planKey];
  return shorter.length >= 12 && longer.includes(shorter);
}

/**
 * The evaluation row of each plan row (index into `evaluation`, or null when the
 * evaluation does not assess it): matched on the activity's words, in document order;
 * an evaluation with exactly the plan's rows and no match at all is taken row by row.
 */
export function matchEvaluation(rows: readonly PlanRow[], evaluation: readonly EvaluationRow[]): Array<number | null> {
  // An evaluation written from the plan holds its activities' very texts: their keys are the plan's, not made again.
  const keys: Array<string | undefined> = new Array(evaluation.length);
  const keyAt = (i: number) => (keys[i] ??= activityKey(evaluation[i].activity));
  const used = new Set<number>();
  let from = 0;
  const matched = rows.map((row) => {
    const key = activityKey(row.activity);
    const find = (start: number, end: number): number => {
      for (let i = start; i < end; i++) if (!used.has(i) && (evaluation[i].activity === row.activity ? key !== '' : matches(key, keyAt(i)))) return i;
      return -1;
    };
    const after = find(from, evaluation.length);
    const found = after >= 0 ? after : find(0, from);
    if (found < 0) return null;
    used.add(found);
    from = found + 1;
    return found;
  });
  if (used.size === 0 && rows.length === evaluation.length) return rows.map((_row, i) => i);
  return matched;
}
