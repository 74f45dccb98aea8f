import { elementText, xmlText } from './xml-text';

describe('xmlText', () => {
  it.each([
    ['Hoàn thành', 'Hoàn thành'],
    ['Hoàn\u000bthành\u0001', 'Hoànthành'],
    ['a\tb\nc', 'a\tb\nc'],
    ['x\ud800y', 'xy'],
    ['😀', '😀'],
    ['\uffffz', 'z'],
  ])('%j → %j', (text, expected) => {
    expect(xmlText(text)).toBe(expected);
  });
});

describe('elementText', () => {
  it.each([
    ['Sở Nội vụ', 'Sở Nội vụ'],
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['"trích dẫn"', '"trích dẫn"'],
    ['x\u0001&y', 'x&amp;y'],
  ])('%j → %j', (text, expected) => {
    expect(elementText(text)).toBe(expected);
  });
});
