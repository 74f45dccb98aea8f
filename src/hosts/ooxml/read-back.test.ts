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
    // The other in pieces, cut anywhere.
    for (const cut of [0, 1, Math.floor(b.length / 2), 16_384, b.length]) expect(samePrefixLength(a, [b.slice(0, cut), '', b.slice(cut)])).toBe(expected);
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
    ['past the words: the same', 'abcdefghij', 10, 'abcdefghij', 10, true],
    ['a byte of the second word changed', 'abcdefghij', 10, 'abcdxfghij', 10, false],
    ['the last byte past the words changed', 'abcdefghij', 10, 'abcdefghix', 10, false],
    ['two words of the same lane swapped', 'aaaabbbbccccdddd', 16, 'ccccbbbbaaaadddd', 16, false],
    ['the same bytes, more than one word apart, different end', 'abcdefghijklmnop', 16, 'abcdefghijklmnop', 15, false],
  ])('%s', (_name, a, aEnd, b, bEnd, same) => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(fingerprint(bytes(a), aEnd) === fingerprint(bytes(b), bEnd)).toBe(same);
  });

  it('is the same for the same bytes wherever they stand in their buffer', () => {
    const text = new TextEncoder().encode('Ủy ban nhân dân xã Quảng Khê, năm 2027');
    const shifted = new Uint8Array(text.length + 3);
    shifted.set(text, 3);
    expect(fingerprint(shifted.subarray(3), text.length)).toBe(fingerprint(text, text.length));
  });
});
