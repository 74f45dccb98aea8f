import { matchEvaluation, type EvaluationRow } from './evaluation';
import type { PlanRow } from './types';

const planRow = (activity: string): PlanRow => ({
  section: null,
  task: 0,
  number: '',
  taskText: '',
  activity,
  product: '',
  lead: '',
  coordinator: '',
  deadline: '',
  start: '',
  status: '',
  explanation: '',
  note: '',
  deadlineInfo: { kind: 'empty', due: null, dues: [], start: null },
  source: { table: 0, row: 0, cells: {} },
  continuesTask: false,
});

const assessed = (activity: string): EvaluationRow => ({ activity, status: 'Hoàn thành', explanation: '', cells: {} });

const PLAN = ['Rà soát, đánh giá thủ tục hành chính', 'Niêm yết công khai thủ tục hành chính', 'Tuyên truyền cải cách hành chính'];

describe('matchEvaluation', () => {
  it.each<[string, string[], string[], Array<number | null>]>([
    ['the plan\'s own texts, in order', PLAN, PLAN, [0, 1, 2]],
    ['the plan\'s texts in another order', PLAN, [PLAN[2], PLAN[0], PLAN[1]], [1, 2, 0]],
    ['numbered as the evaluation numbers them ("1. Hoạt động 1")', PLAN, PLAN.map((text, i) => `${i + 1}. Hoạt động ${i + 1} ${text}`), [0, 1, 2]],
    ['other case and spacing', PLAN, PLAN.map((text) => `  ${text.toUpperCase()} `), [0, 1, 2]],
    ['a longer text holding the plan\'s (12 characters or more)', PLAN, [`${PLAN[0]} năm 2027`, PLAN[1], PLAN[2]], [0, 1, 2]],
    ['a short text inside a longer one: no match', ['Tập huấn', ...PLAN.slice(1)], ['Tập huấn cán bộ công chức xã', PLAN[1], PLAN[2]], [null, 1, 2]],
    ['an activity the evaluation leaves out', PLAN, [PLAN[0], PLAN[2]], [0, null, 1]],
    ['the same text twice: each evaluation row taken once', [PLAN[0], PLAN[0]], [PLAN[0], PLAN[0]], [0, 1]],
    ['empty activities: never matched', ['', PLAN[1]], ['', PLAN[1]], [null, 1]],
    ['nothing matches and as many rows: taken row by row', ['Việc A', 'Việc B'], ['Công việc khác 1', 'Công việc khác 2'], [0, 1]],
    ['nothing matches and other counts: none', ['Việc A', 'Việc B'], ['Công việc khác 1'], [null, null]],
  ])('%s', (_name, plan, evaluation, expected) => {
    expect(matchEvaluation(plan.map(planRow), evaluation.map(assessed))).toEqual(expected);
  });
});
