import { gridOf } from '../../test/fixtures/grid';
import { down, span } from '../../test/fixtures/spec';
import { drawnRows } from './drawn-rows';

const table = gridOf({
  name: 't',
  blocks: [{ table: { rows: [['TT', 'Nhiệm vụ', 'Hoạt động'], [span('I. CẢI CÁCH THỂ CHẾ', 3)], [down('1', 2), down('Rà soát văn bản', 2), 'Rà soát'], ['Báo cáo']] } }],
}).tables[0];

describe('drawnRows', () => {
  it.each([
    [0, [['TT', 1, 1], ['Nhiệm vụ', 1, 1], ['Hoạt động', 1, 1]]],
    [1, [['I. CẢI CÁCH THỂ CHẾ', 3, 1]]],
    [2, [['1', 1, 2], ['Rà soát văn bản', 1, 2], ['Rà soát', 1, 1]]],
    [3, [['Báo cáo', 1, 1]]],
  ])('row %i draws each merged cell once with its spans', (row, expected) => {
    expect(drawnRows(table, 10)[row].map(({ cell, colSpan, rowSpan }) => [cell.text, colSpan, rowSpan])).toEqual(expected);
  });

  it('stops at the rows asked for, cutting spans there', () => {
    const rows = drawnRows(table, 3);
    expect(rows).toHaveLength(3);
    expect(rows[2][0].rowSpan).toBe(1);
  });
});
