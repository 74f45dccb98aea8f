import { columnIndex, columnName, parseRangeAddress } from './a1';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s and back', (index, name) => {
    expect(columnName(index)).toBe(name);
    expect(columnIndex(name)).toBe(index);
  });

  it.each([
    ['Sheet1!B2:D5', { top: 1, left: 1, bottom: 4, right: 3 }],
    ["'Kế hoạch 2025'!A1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ['$C$3:$C$10', { top: 2, left: 2, bottom: 9, right: 2 }],
    ['Sheet1!5:6', null],
  ])('%s', (address, bounds) => {
    expect(parseRangeAddress(address)).toEqual(bounds);
  });
});
