import { cleanBody, cleanPlan } from '../../test/fixtures/clean-plan';
import { gridOf } from '../../test/fixtures/grid';
import type { SpecRow } from '../../test/fixtures/spec';
import type { Finding } from './findings';
import { recognise } from './recognise';
import type { Plan } from './types';
import { validate } from './validate';

function planOf(body: SpecRow[]): Plan {
  const plan = recognise(gridOf(cleanPlan(body)));
  if (!plan) throw new Error('fixture not recognised');
  return plan;
}

/** The clean body with one cell of the activity numbered `number` replaced (column index in the row spec). */
function withCell(number: string, column: number, text: string): SpecRow[] {
  return cleanBody().map((row) => (row[0] === number ? row.map((cell, c) => (c === column ? text : cell)) : row));
}

const brief = (plan: Plan, f: Finding) => ({ code: f.code, severity: f.severity, number: f.row === null ? null : plan.rows[f.row].number, field: f.field });

describe('validate', () => {
  it('finds nothing in a clean plan', () => {
    expect(validate(planOf(cleanBody()), null)).toEqual([]);
  });

  it.each([
    ['empty lead', withCell('5', 4, ''), { code: 'empty-cell', severity: 'error', number: '5', field: 'lead' }],
    ['empty activity', withCell('6', 2, ''), { code: 'empty-cell', severity: 'error', number: '6', field: 'activity' }],
    ['empty deadline', withCell('7', 6, '  '), { code: 'empty-cell', severity: 'error', number: '7', field: 'deadline' }],
    ['empty product', withCell('8', 3, ''), { code: 'empty-cell', severity: 'warning', number: '8', field: 'product' }],
    ['empty coordinator', withCell('9', 5, ''), { code: 'empty-cell', severity: 'warning', number: '9', field: 'coordinator' }],
    ['unreadable deadline', withCell('4', 6, 'Sớm nhất có thể'), { code: 'deadline-unparsed', severity: 'warning', number: '4', field: 'deadline' }],
    ['last year\'s deadline', withCell('5', 6, 'Tháng 01/2024'), { code: 'deadline-out-of-year', severity: 'error', number: '5', field: 'deadline' }],
    ['next year\'s deadline', withCell('9', 6, '15/3/2026'), { code: 'deadline-out-of-year', severity: 'error', number: '9', field: 'deadline' }],
    ['a programme of several years spanning the plan year', withCell('9', 6, 'Giai đoạn 2024 – 2030'), { code: 'deadline-out-of-year', severity: 'info', number: '9', field: 'deadline' }],
    ['a deadline with an en dash range', withCell('9', 6, 'Quý II – III/2024'), { code: 'deadline-out-of-year', severity: 'error', number: '9', field: 'deadline' }],
    ['another commune', withCell('5', 2, 'Ban hành Kế hoạch kiểm soát TTHC xã Tân Lập năm 2025'), { code: 'foreign-commune', severity: 'warning', number: '5', field: 'activity' }],
    ['another commune in the lead', withCell('7', 4, 'Chủ tịch UBND xã Tân Lập'), { code: 'foreign-commune', severity: 'warning', number: '7', field: 'lead' }],
    ['last year named as the plan\'s', withCell('10', 2, 'Ban hành Kế hoạch chuyển đổi số của xã năm 2024'), { code: 'wrong-year', severity: 'warning', number: '10', field: 'activity' }],
    ['a gap', withCell('10', 0, '12'), { code: 'numbering-gap', severity: 'warning', number: '12', field: 'number' }],
  ])('reports %s', (_name, body, expected) => {
    const plan = planOf(body);
    expect(validate(plan, null).map((f) => brief(plan, f))).toEqual([expected]);
  });

  it('reports a number used twice (rows inserted without renumbering)', () => {
    const body = cleanBody().map((row) => {
      const n = Number(row[0]);
      return n >= 7 ? [String(n - 1), ...row.slice(1)] : row;
    });
    const plan = planOf(body);
    expect(validate(plan, null).map((f) => brief(plan, f))).toEqual([{ code: 'numbering-duplicate', severity: 'warning', number: '6', field: 'number' }]);
  });

  it('reports a copied row', () => {
    const body = cleanBody();
    body.splice(body.length, 0, ['11', 'Chuyển đổi số', 'Ban hành Kế hoạch chuyển đổi số của xã năm 2025', 'Kế hoạch', 'Công chức Văn hóa - Xã hội', 'Các công chức', 'Tháng 3/2025']);
    const plan = planOf(body);
    expect(validate(plan, null).map((f) => brief(plan, f))).toEqual([{ code: 'duplicate-row', severity: 'warning', number: '11', field: 'activity' }]);
  });

  it('reports an area without a section', () => {
    const body = cleanBody().filter((row) => !/TÀI CHÍNH/.test(JSON.stringify(row)) && row[0] !== '9');
    const renumbered = body.map((row) => (row[0] === '10' ? ['9', ...row.slice(1)] : row));
    const findings = validate(planOf(renumbered), null);
    expect(findings).toEqual([expect.objectContaining({ code: 'missing-area', severity: 'warning', row: null, params: { area: 'finance' } })]);
  });

  it('does not take ordinary words for communes or dates for plan years', () => {
    const body = withCell('3', 2, 'Tuyên truyền trên các trang mạng xã hội, Báo cáo kết quả năm 2024 ngày 30 tháng 12 năm 2024 và văn bản ngày 30/12/2024');
    expect(validate(planOf(body), null)).toEqual([]);
  });

  it('accepts "Sau khi…" written in the start column with the end left empty', () => {
    const plan = planOf(withCell('7', 6, ''));
    const row = plan.rows.findIndex((r) => r.number === '7');
    plan.rows[row].start = 'Sau khi UBND huyện công bố các Chỉ số';
    expect(validate(plan, null).filter((f) => f.row === row)).toEqual([]);
  });
});
