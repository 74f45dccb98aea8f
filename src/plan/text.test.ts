import { collapse, fold, isBlank, romanValue, toNfc } from './text';

describe('text normalisation', () => {
  it.each([
    ['xa ̃Chi ́Minh', 'xã Chí Minh'],
    ['Kê ́hoạch', 'Kế hoạch'],
    ['Xã'.normalize('NFD'), 'Xã'],
  ])('toNfc(%j) → %j', (input, expected) => {
    expect(toNfc(input)).toBe(expected);
  });

  it.each([
    ['  Bộ phận\n chủ   trì ', 'Bộ phận chủ trì'],
    ['a\u00a0b', 'a b'],
  ])('collapse(%j) → %j', (input, expected) => {
    expect(collapse(input)).toBe(expected);
  });

  it.each([
    ['Thời gian hoàn thành', 'thoi gian hoan thanh'],
    ['ĐƠN VỊ CHỦ TRÌ', 'don vi chu tri'],
    ['Kế hoạch CCHC năm 2023', 'ke hoach cai cach hanh chinh nam 2023'],
    ['Kiểm soát TTHC; QPPL', 'kiem soat thu tuc hanh chinh quy pham phap luat'],
    ['1. Nhiệm vụ', '1 nhiem vu'],
    ['Qúy I', 'quy i'],
  ])('fold(%j) → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each([
    ['', true],
    [' \t\n', true],
    ['...', true],
    ['a', false],
    ['1', false],
  ])('isBlank(%j) → %s', (input, expected) => {
    expect(isBlank(input)).toBe(expected);
  });

  it.each([
    ['I', 1],
    ['IV.', 4],
    ['vii', 7],
    ['IX', 9],
    ['Nội', null],
    ['', null],
    ['IIII', null],
  ])('romanValue(%j) → %s', (input, expected) => {
    expect(romanValue(input)).toBe(expected);
  });
});
