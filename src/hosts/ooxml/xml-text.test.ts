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
    ['a\tb\r\nc', 'a\tb\r\nc'],
    ['lone \udc00 low', 'lone  low'],
    ['😀 paired', '😀 paired'],
    ['\u001fcontrol only', 'control only'],
    ['\ufffe', ''],
    ['>', '&gt;'],
  ])('%j → %j', (text, expected) => {
    expect(elementText(text)).toBe(expected);
    expect(elementText(text)).toBe(xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });
});
