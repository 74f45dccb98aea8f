import { renderedCellAddresses } from './rendered-cells';

describe('addresses of a rendered Word table', () => {
  it.each([
    ['one cell per column', 0, [[1, 1, 1]], [['w:0:0:0', 'w:0:0:1', 'w:0:0:2']]],
    ['a cell spanning two columns moves the next one on', 2, [[1, 2, 1], [1, 1, 1, 1]], [['w:2:0:0', 'w:2:0:1', 'w:2:0:3'], ['w:2:1:0', 'w:2:1:1', 'w:2:1:2', 'w:2:1:3']]],
    ['a title row across the table', 1, [[6], [1, 1]], [['w:1:0:0'], ['w:1:1:0', 'w:1:1:1']]],
    ['a span of 0 counts as 1', 0, [[0, 1]], [['w:0:0:0', 'w:0:0:1']]],
  ])('%s', (_, table, rows, expected) => {
    expect(renderedCellAddresses(table, rows)).toEqual(expected);
  });
});
