import { cleanBody, cleanPlan } from '../../test/fixtures/clean-plan';
import { gridOf } from '../../test/fixtures/grid';
import { down } from '../../test/fixtures/spec';
import { deadlineSuggestions, offeredFixes } from './offers';
import { recognise } from './recognise';
import type { Plan } from './types';
import { validate } from './validate';

describe('deadline suggestions', () => {
  it.each([
    ['Tháng 13/2025', ['Quý IV/2025', 'Tháng 12/2025', 'Thường xuyên']],
    ['Trước 30/02', ['Trước ngày 28/2/2025', 'Quý IV/2025', 'Tháng 12/2025', 'Thường xuyên']],
    ['Qúy 2 năm nay', ['Quý II/2025', 'Quý IV/2025', 'Tháng 12/2025', 'Thường xuyên']],
    ['tháng 3 và cuối năm', ['Tháng 3/2025', 'Tháng 12/2025', 'Quý IV/2025', 'Thường xuyên']],
    ['Định kỳ hằng quý', ['Thường xuyên', 'Quý IV/2025', 'Tháng 12/2025']],
    ['Khi có yêu cầu của cấp trên', ['Quý IV/2025', 'Tháng 12/2025', 'Thường xuyên']],
  ])('%j → %j', (text, expected) => {
    expect(deadlineSuggestions(text, 2025)).toEqual(expected);
  });
});

describe('offered fixes', () => {
  const planWith = (edit: (body: ReturnType<typeof cleanBody>) => void) => {
    const body = cleanBody();
    edit(body);
    const doc = gridOf(cleanPlan(body));
    const plan = recognise(doc) as Plan;
    return { doc, plan, findings: validate(plan, null) };
  };

  it('offers readable wordings for a deadline the reader cannot read, each a set-cell of that cell', () => {
    const { doc, plan, findings } = planWith((body) => {
      const row = body.findIndex((r) => r[0] === '5');
      body[row] = [...body[row].slice(0, 6), 'Tháng 13/2025'];
    });
    const finding = findings.find((f) => f.code === 'deadline-unparsed')!;
    const offers = offeredFixes(plan, doc.tables, finding);
    expect(offers.map((o) => o.text)).toEqual(['Quý IV/2025', 'Tháng 12/2025', 'Thường xuyên']);
    expect(offers[0].edit).toMatchObject({ kind: 'set-cell', col: plan.columns.deadline, text: 'Quý IV/2025' });
  });

  it.each([
    ['the task\'s other activity has one lead: it is offered', 'Công chức Văn phòng - Thống kê (nội vụ)', ['Công chức Văn phòng - Thống kê (nội vụ)']],
    ['the task\'s other activities disagree: nothing is offered', null, []],
  ])('empty lead: %s', (_name, other, expected) => {
    const { doc, plan, findings } = planWith((body) => {
      const row = body.findIndex((r) => typeof r[0] !== 'string' && r[0].text === '2');
      const span = other === null ? 3 : 2;
      body[row] = [down('2', span), down('Báo cáo công tác CCHC định kỳ', span), 'Báo cáo CCHC quý I, 6 tháng, quý III', 'Các báo cáo', '', 'Các công chức có liên quan', 'Quý I, 6 tháng, quý III'];
      // A third activity led by someone else: the task's activities no longer agree.
      if (other === null) body.splice(row + 2, 0, ['Báo cáo chuyên đề CCHC', 'Báo cáo', 'Chủ tịch UBND xã', 'Các công chức có liên quan', 'Tháng 9/2025']);
    });
    const finding = findings.find((f) => f.code === 'empty-cell' && f.field === 'lead')!;
    expect(offeredFixes(plan, doc.tables, finding).map((o) => o.text)).toEqual(expected);
  });
});
