import { seed000 } from '../../test/fixtures/seed000';
import { gridOf } from '../../test/fixtures/grid';
import { recognise } from './recognise';
import type { Plan } from './types';

describe('recognise with the clerk\'s column corrections', () => {
  it.each([
    ['coordinator taken as lead', { lead: 4 }, 'lead', 'Các công chức UBND xã có liên quan'],
    ['no coordinator column', { coordinator: null }, 'coordinator', ''],
  ] as const)('%s', (_name, columns, field, firstValue) => {
    const plan = recognise(gridOf(seed000()), { columns });
    expect(plan?.columns).toMatchObject(columns);
    expect(plan?.rows[0][field]).toBe(firstValue);
  });
});

describe('recognise twice over the same tables', () => {
  it('gives each reading its own plan: changes of one plan do not reach the next, corrections are read anew', () => {
    const doc = gridOf(seed000());
    const first = recognise(doc) as Plan;
    first.rows[0].status = 'Hoàn thành';
    first.rows[0].source.cells.status = 'w:9:9:9';
    first.tasks[0].text = 'Đổi';
    first.sections[0].title = 'Đổi';
    const again = recognise(doc) as Plan;
    expect(again).toEqual(recognise(gridOf(seed000())));
    expect(again.rows[0].source.cells.status).toBeUndefined();
    const corrected = recognise(doc, { columns: { lead: 4 } }) as Plan;
    expect(corrected.rows[0].lead).toBe('Các công chức UBND xã có liên quan');
    expect(again.rows[0].lead).not.toBe(corrected.rows[0].lead);
    expect(recognise(doc)).toEqual(again);
  });
});
