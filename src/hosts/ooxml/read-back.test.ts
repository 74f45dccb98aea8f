import { fingerprint, samePrefixLength } from './read-back';

const long = 'ắ'.repeat(40_000);

describe('samePrefixLength', () => {
  it.each([
    ['both empty', '', '', 0],
    ['one empty', '', 'abc', 0],
    ['the same', 'abc', 'abc', 3],
    ['one the start of the other', 'abc', 'abcdef', 3],
    ['differ at the first character', 'xbc', 'abc', 0],
    ['differ in the middle', 'abXd', 'abYd', 2],
    ['long, the same', long, long.slice(), long.length],
    ['long, differ past the first chunks', long, `${long.slice(0, 33_333)}x${long.slice(33_334)}`, 33_333],
    ['long, differ at a chunk boundary', long, `${long.slice(0, 16_384)}x${long.slice(16_385)}`, 16_384],
    ['long, one shorter by one', long, long.slice(0, -1), long.length - 1],
  ])('%s', (_name, a, b, expected) => {
    expect(samePrefixLength(a, b)).toBe(expected);
    expect(samePrefixLength(b, a)).toBe(expected);
  });
});

describe('fingerprint', () => {
  it.each([
    ['the same characters', 'abcdef', 6, 'abcdef', 6, true],
    ['another character', 'abcdef', 6, 'abcxef', 6, false],
    ['two characters swapped', 'abcdef', 6, 'abdcef', 6, false],
    ['two characters of the same lane swapped', 'abcdef', 6, 'adcbef', 6, false],
    ['the last of an odd count changed', 'abcde', 5, 'abcdx', 5, false],
    ['the same start, what follows not compared', 'abcdef', 3, 'abcxyz', 3, true],
    ['fewer characters compared', 'abc', 2, 'abc', 3, false],
  ])('%s', (_name, a, aEnd, b, bEnd, same) => {
    expect(fingerprint(a, aEnd) === fingerprint(b, bEnd)).toBe(same);
  });
});
