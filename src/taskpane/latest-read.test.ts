import { readTickets } from './latest-read';

describe('readTickets', () => {
  it.each([
    ['the only read', 1, [true]],
    ['two overlapping reads: the later one wins', 2, [false, true]],
    ['three reads: only the last', 3, [false, false, true]],
  ])('%s', (_name, count, current) => {
    const take = readTickets();
    const tickets = Array.from({ length: count }, () => take());
    expect(tickets.map((isCurrent) => isCurrent())).toEqual(current);
  });

  it('a read that finishes before the next one starts is current when it finishes', () => {
    const take = readTickets();
    const first = take();
    expect(first()).toBe(true);
    take();
    expect(first()).toBe(false);
  });
});
