import { execFileSync } from 'node:child_process';
import { VIETNAMESE_LETTERS, VNI_FORMS } from '../../test/fixtures/legacy-text';
import { decodeLegacy, fontEncoding } from './legacy-encoding';

const LETTERS = VIETNAMESE_LETTERS;

/** A text's bytes in glibc's TCVN5712-1, as the Latin-1 characters Word keeps for a .VnTime run. */
function tcvn3Form(text: string): string {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: text }).toString('latin1');
}

describe('legacy Vietnamese encodings', () => {
  it.each([
    ['.VnTime', { encoding: 'tcvn3', capitals: false }],
    ['.VnTimeH', { encoding: 'tcvn3', capitals: true }],
    ['.VnArial NarrowH', { encoding: 'tcvn3', capitals: true }],
    ['.vnbook-antiqua', { encoding: 'tcvn3', capitals: false }],
    ['VNI-Times', { encoding: 'vni', capitals: false }],
    ['VNI-Helve-Condense', { encoding: 'vni', capitals: false }],
    ['Times New Roman', null],
    ['VnTime', null],
    [null, null],
  ])('fontEncoding(%j)', (font, expected) => {
    expect(fontEncoding(font)).toEqual(expected);
  });

  it('decodes every TCVN3 byte as glibc iconv does', () => {
    const bytes = Buffer.from(Array.from({ length: 0xff - 0xa1 + 1 }, (_, i) => 0xa1 + i).filter((b) => b < 0xb0 || b > 0xb4));
    const expected = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: bytes }).toString('utf8');
    expect(decodeLegacy(bytes.toString('latin1'), 'tcvn3')).toBe(expected.normalize('NFC'));
  });

  it('decodes every Vietnamese letter with each tone from TCVN3, and its capital from an H font', () => {
    expect(LETTERS).toHaveLength(73);
    for (const letter of LETTERS) {
      const form = tcvn3Form(letter);
      expect([...form].every((c) => c.charCodeAt(0) >= 0xa1) || /^[aeiouy]$/.test(letter)).toBe(true);
      expect(decodeLegacy(form, 'tcvn3')).toBe(letter);
      expect(decodeLegacy(form, 'tcvn3', true)).toBe(letter.toUpperCase());
    }
    // The normal fonts carry the seven capitals without tones of their own.
    expect(decodeLegacy('¡¢£¤¥¦§', 'tcvn3')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('decodes every Vietnamese letter with each tone from VNI, in both cases', () => {
    expect(VNI_FORMS).toHaveLength(LETTERS.length);
    LETTERS.forEach((letter, i) => {
      expect(decodeLegacy(VNI_FORMS[i], 'vni')).toBe(letter);
      expect(decodeLegacy(VNI_FORMS[i].toUpperCase(), 'vni')).toBe(letter.toUpperCase());
    });
  });

  it.each([
    ['tcvn3', 'KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2027', 'Kế hoạch cải cách hành chính năm 2027'],
    ['tcvn3', 'Uû ban nh©n d©n x· M\u00adêng Kh\u00ad¬ng', 'Uỷ ban nhân dân xã Mường Khương'],
    ['tcvn3', '§¶ng ñy, H§ND, UBND; Tr\u00adíc 31/12/2027', 'Đảng ủy, HĐND, UBND; Trước 31/12/2027'],
    ['vni', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['vni', 'Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['vni', 'UÛY BAN NHAÂN DAÂN xaõ Ngöôøi', 'ỦY BAN NHÂN DÂN xã Người'],
    ['vni', 'Uûy ban; Keá hoaïch naêm 2027', 'Ủy ban; Kế hoạch năm 2027'],
  ] as const)('decodes %s text a clerk typed: %j', (encoding, text, expected) => {
    expect(decodeLegacy(text, encoding)).toBe(expected);
  });

  it('gives capitals for a TCVN3 H font, whatever case was typed', () => {
    expect(decodeLegacy('KÕ ho¹ch', 'tcvn3', true)).toBe('KẾ HOẠCH');
  });
});
