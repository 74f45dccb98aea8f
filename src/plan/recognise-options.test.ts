import { seed000 } from '../../test/fixtures/seed000';
import { gridOf } from '../../test/fixtures/grid';
import { recognise } from './recognise';

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
