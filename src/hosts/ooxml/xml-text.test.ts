import { xmlText } from './xml-text';

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
