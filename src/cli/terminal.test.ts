import { terminalText } from './terminal';

describe('terminalText', () => {
  it.each([
    ['Kế hoạch\n\tTT 5', 'Kế hoạch\n\tTT 5'],
    ['\u001b]0;hacked\u0007Phát hiện: 0 lỗi', ']0;hackedPhát hiện: 0 lỗi'],
    ['\u001b[2K\u001b[1AXóa dòng', '[2K[1AXóa dòng'],
    ['a\u009bb\u202ec', 'abc'],
  ])('%j → %j', (text, expected) => {
    expect(terminalText(text)).toBe(expected);
  });
});
