import fc from 'fast-check';
import { collapse, fold, isBlank, romanValue, toNfc } from './text';

/** fold as it was written before its one pass: the seven passes, the oracle of the tests below. */
function foldByPasses(text: string): string {
  const abbreviations: Record<string, string> = { cchc: 'cai cach hanh chinh', tthc: 'thu tuc hanh chinh', vbqppl: 'van ban quy pham phap luat', qppl: 'quy pham phap luat', ubnd: 'uy ban nhan dan', hdnd: 'hoi dong nhan dan', cbccvc: 'can bo cong chuc vien chuc', cbcc: 'can bo cong chuc', cntt: 'cong nghe thong tin', dvc: 'dich vu cong', dvctt: 'dich vu cong truc tuyen', ttdt: 'thong tin dien tu', pakn: 'phan anh kien nghi', tckt: 'tai chinh ke toan', kh: 'ke hoach' };
  return text
    .replace(/[ \t]+([\u0300-\u036f]+)/g, '$1 ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9/%]+/g, ' ')
    .trim()
    .replace(/\b(cchc|tthc|vbqppl|qppl|ubnd|hdnd|cbccvc|cbcc|cntt|dvc|dvctt|ttdt|pakn|tckt|kh)\b/g, (short) => abbreviations[short]);
}

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
    ['a\u200bb', 'a b'],
    ['Xã'.normalize('NFD'), 'Xã'],
    ['xa ̃Chi ́Minh', 'xã Chí Minh'],
    ['Ω \u2126', 'Ω Ω'],
    ['Quý IV/2025 – “Sổ tay” …', 'Quý IV/2025 – “Sổ tay” …'],
    ['Tháng 6/2025 ', 'Tháng 6/2025'],
    ['', ''],
  ])('collapse(%j) → %j', (input, expected) => {
    expect(collapse(input)).toBe(expected);
  });

  it('leaves unnormalised only characters NFC never changes, alone or after a letter', () => {
    const ranges: Array<[number, number]> = [[0x21, 0x7e], [0xa1, 0x2ff], [0x1ea0, 0x1ef9], [0x2010, 0x2027], [0x2030, 0x205e]];
    const changed: string[] = [];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code);
        for (const text of [char, `a${char}`, `e${char}`, `${char}a`]) if (collapse(text) !== text || text.normalize('NFC') !== text) changed.push(text);
      }
    }
    expect(changed).toEqual([]);
  });

  // Texts collapse returns as they are without normalising (one pass): the same as the whole normalisation.
  it.each(['Triển khai hoạt động số 99 của nhiệm vụ 50', 'Công chức Văn hóa - Xã hội', 'ĐẶC KHU CÔN ĐẢO', 'Ǆ ǅ ˆ', 'Sản phẩm 100; (x) ≤ 5', ' lề', 'a  b', 'a\tb'])('collapse(%j) is the whole normalisation', (text) => {
    expect(collapse(text)).toBe(toNfc(text).replace(/[\s\u00a0\u200b]+/g, ' ').trim());
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

  it('folds every unit of the Basic Multilingual Plane as the seven passes do, alone and between letters', () => {
    const differ: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [char, `Ab${char}c d`]) if (fold(text) !== foldByPasses(text)) differ.push(`U+${unit.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it('folds any text as the seven passes do (letters, detached and reordered marks, spaces, abbreviations, astral characters)', () => {
    const pieces = ['a', 'Ă', 'ệ', 'Đ', 'đ', 'x', 'KH', 'cchc', 'Ubnd', '/', '%', '0', '9', ' ', '  ', '\t', '\n', '\u00a0', '-', '(', '.', '\u0301', '\u0303', '\u0323', '\u0340', '\u1dc0', 'e\u0302\u0301', '\u212a', '\u0130', 'ß', 'Σ', '𝐀', '😀', '\ud800', '\u1eb8'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(fold(text)).toBe(foldByPasses(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds a cell longer than one call takes', () => {
    const text = 'Kế hoạch CCHC; '.repeat(20_000);
    expect(fold(text)).toBe(foldByPasses(text));
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
