/**
 * The two 8-bit Vietnamese encodings still found in documents copied from older files:
 * TCVN3 (ABC; fonts .VnTime, .VnArial… and their capital-only "H" fonts .VnTimeH…) and
 * VNI Windows (fonts VNI-Times, VNI-Helve…). Word keeps such text as the Latin-1
 * characters of its bytes and the font draws them as Vietnamese letters, so the text
 * reads as "KÕ ho¹ch" until it is decoded. No well-kept npm package carries the tables
 * (the registry has only "vietnamese-unicode-toolkit" 0.0.1), so they are here.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** How a legacy font's text is encoded, and whether the font draws capitals only. */
export interface FontEncoding {
  encoding: LegacyEncoding;
  capitals: boolean;
}

/** How a font's text is encoded: a TCVN3 font (capitals only for its "H" fonts), a VNI font, or null for Unicode. */
export function fontEncoding(font: string | null | undefined): FontEncoding | null {
  const name = font?.trim() ?? '';
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /H$/.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/**
 * TCVN 5712:1993 bytes 0xA1–0xFF as Unicode, the table glibc's iconv calls TCVN5712-1 (a unit
 * test compares every byte with iconv). VN3, the ABC fonts' set, uses this upper half; the five
 * combining tones (0xB0–0xB4) are composed with the letter before them.
 */
const TCVN3_UPPER_HALF =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

const TCVN3 = new Map<string, string>([...TCVN3_UPPER_HALF].map((letter, i) => [String.fromCharCode(0xa1 + i), letter]));

/** VNI's tone bytes after a vowel, in the order acute, grave, hook above, tilde, dot below. */
const VNI_TONES = ['ù', 'ø', 'û', 'õ', 'ï'];
/** The same tones as combining marks. */
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
/** VNI's circumflex byte, then its five toned forms (acute, grave, hook, tilde, dot). */
const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'];
/** VNI's breve byte, then its five toned forms. */
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];

/** VNI sequences (lower case) and the letters they stand for, longest first when looked up. */
const VNI = buildVniTable();

function buildVniTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (sequence: string, letter: string): void => {
    table.set(sequence, letter.normalize('NFC'));
    table.set(sequence.toUpperCase(), letter.normalize('NFC').toUpperCase());
  };
  // Plain vowels and the two horn letters (ô = ơ, ö = ư) take a tone byte.
  const toned: Array<[string, string]> = [['a', 'a'], ['e', 'e'], ['o', 'o'], ['u', 'u'], ['y', 'y'], ['ô', 'ơ'], ['ö', 'ư']];
  for (const [base, letter] of toned) VNI_TONES.forEach((tone, t) => add(base + tone, letter + TONE_MARKS[t]));
  add('ô', 'ơ');
  add('ö', 'ư');
  for (const base of ['a', 'e', 'o']) {
    add(base + VNI_CIRCUMFLEX[0], `${base}\u0302`);
    VNI_CIRCUMFLEX.slice(1).forEach((tone, t) => add(base + tone, `${base}\u0302${TONE_MARKS[t]}`));
  }
  add('a' + VNI_BREVE[0], 'a\u0306');
  VNI_BREVE.slice(1).forEach((tone, t) => add('a' + tone, `a\u0306${TONE_MARKS[t]}`));
  // i and the dotted y have one byte of their own for each tone.
  ['í', 'ì', 'æ', 'ó', 'ò'].forEach((single, t) => add(single, `i${TONE_MARKS[t]}`));
  add('î', 'y\u0323');
  add('ñ', 'đ');
  return table;
}

/** Text of a run in a legacy font as the letters the font draws. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  const decoded = encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
  return capitals ? decoded.toUpperCase() : decoded;
}

function decodeTcvn3(text: string): string {
  let out = '';
  for (const char of text) out += TCVN3.get(char) ?? char;
  return out.normalize('NFC');
}

function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = text.slice(i, i + 2);
    // The tone byte takes the case of the letter it follows: "Aù" and "AÙ" are both "Á".
    const pairLetter = pair.length === 2 ? (VNI.get(pair) ?? VNI.get(pair[0] + caseOf(pair[1], pair[0]))) : undefined;
    if (pairLetter) {
      out += pairLetter;
      i += 2;
      continue;
    }
    out += VNI.get(text[i]) ?? text[i];
    i += 1;
  }
  return out;
}

function caseOf(char: string, like: string): string {
  return like === like.toUpperCase() ? char.toUpperCase() : char.toLowerCase();
}

/** Whether text holds characters a legacy font draws as Vietnamese letters (plain ASCII needs no decoding). */
function needsDecoding(text: string): boolean {
  return /[\u00a1-\u00ff]/.test(text);
}

/**
 * Reads the texts of a document through their fonts and counts what it decoded by encoding,
 * so that the document can say which old encoding most of its text is in.
 */
export class LegacyDecoder {
  private readonly counts: Map<LegacyEncoding, number>;
  private latest: ReadonlyArray<readonly [LegacyEncoding, number]> | null = null;

  /** `counted`: what an earlier reader of the same text had decoded when this one takes over ({@link counted}). */
  constructor(counted: ReadonlyArray<readonly [LegacyEncoding, number]> = []) {
    this.counts = new Map(counted);
  }

  /** What has been decoded so far, by encoding; the same array while nothing more is. */
  counted(): ReadonlyArray<readonly [LegacyEncoding, number]> {
    this.latest ??= [...this.counts];
    return this.latest;
  }

  /** The text as its font draws it: unchanged for a Unicode font, and for plain text a normal font draws as it is. */
  decode(text: string, font: FontEncoding | null): string {
    // A capitals-only font shows even plain letters as capitals.
    if (!font || !(needsDecoding(text) || font.capitals)) return text;
    this.counts.set(font.encoding, (this.counts.get(font.encoding) ?? 0) + 1);
    this.latest = null;
    return decodeLegacy(text, font.encoding, font.capitals);
  }

  /** The encoding most of the decoded text was in, if any was. */
  mostUsed(): LegacyEncoding | undefined {
    return [...this.counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
}
