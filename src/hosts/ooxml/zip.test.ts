import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { zlibDeflate, zlibInflate } from '../../cli/node-zlib';
import { DocumentError } from '../errors';
import { openPackage, putPart, readOptionalPart, setRawDeflate, setRawInflate, utf8Length } from './zip';

const PART = `<w:document>${'<w:p><w:r><w:t>Rà soát thủ tục hành chính</w:t></w:r></w:p>'.repeat(2000)}</w:document>`;

async function docx(part = PART): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', part);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A zip whose directory understates the part's size (a zip bomb's trick). */
async function understated(): Promise<Uint8Array> {
  const bytes = await docx();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < bytes.length - 4; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 100, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, 100, true);
  }
  return bytes;
}

describe.each([
  ['JSZip’s own inflater (the browser)', null],
  ['node’s zlib (the command line)', zlibInflate],
])('reading parts with %s', (_name, inflate) => {
  beforeAll(() => setRawInflate(inflate));
  afterAll(() => setRawInflate(null));

  it('gives the part as it was written', async () => {
    expect(await readOptionalPart(await openPackage(await docx()), 'word/document.xml')).toBe(PART);
  });

  it('refuses a part that yields more than the directory declared', async () => {
    const zip = await openPackage(await understated());
    await expect(readOptionalPart(zip, 'word/document.xml')).rejects.toEqual(new DocumentError('error.tooLarge'));
  });

  it('calls a part whose data is not DEFLATE corrupt', async () => {
    const zip = await openPackage(await docx());
    const entry = zip.file('word/document.xml') as unknown as { _data: { compressedContent: Uint8Array } };
    entry._data.compressedContent = deflateRawSync(Buffer.from(PART)).subarray(0, 40);
    await expect(readOptionalPart(zip, 'word/document.xml')).rejects.toBeInstanceOf(DocumentError);
  });
});

describe.each([
  ['JSZip’s own deflater (the browser)', null],
  ['node’s zlib (the command line)', zlibDeflate],
])('writing a part with %s', (_name, deflate) => {
  beforeAll(() => setRawDeflate(deflate));
  afterAll(() => setRawDeflate(null));

  it('gives a package any zip reader takes, the CRC checked, the part deflated and the other parts as they were', async () => {
    const zip = await openPackage(await docx());
    zip.file('word/styles.xml', '<w:styles/>');
    const rewritten = await openPackage(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    putPart(rewritten, 'word/document.xml', `${PART}<!-- sửa -->`);
    const bytes = await rewritten.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const checked = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await checked.file('word/document.xml')?.async('string')).toBe(`${PART}<!-- sửa -->`);
    expect(await checked.file('word/styles.xml')?.async('string')).toBe('<w:styles/>');
    expect(bytes.length).toBeLessThan(PART.length / 10);
  });

  it('puts a part given in pieces as the pieces joined, and gives its bytes', async () => {
    const zip = await openPackage(await docx());
    const pieces = [PART.slice(0, 100), '<!-- Ủy ban 😀 -->', '', PART.slice(100)];
    const put = putPart(zip, 'word/document.xml', pieces);
    expect(put).toEqual(new TextEncoder().encode(pieces.join('')));
    const checked = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), { checkCRC32: true });
    expect(await checked.file('word/document.xml')?.async('string')).toBe(pieces.join(''));
  });
});

describe('utf8Length', () => {
  it.each([
    ['nothing', ''],
    ['ASCII', '<w:t>abc</w:t>'],
    ['two-byte letters', 'Đăng ký ©'],
    ['three-byte letters (precomposed Vietnamese)', 'Ủy ban nhân dân xã Quảng Khê'],
    ['a pair of surrogates (emoji)', 'a😀b'],
    ['an unpaired high surrogate', 'a\ud83db'],
    ['an unpaired low surrogate', 'a\ude00b'],
    ['a high surrogate at the end', 'ab\ud83d'],
    ['U+FFFF and U+0800', '\uffff\u0800\u07ff'],
  ])('%s: as many bytes as TextEncoder writes', (_name, text) => {
    expect(utf8Length(text, 0, text.length)).toBe(new TextEncoder().encode(text).length);
    const half = Math.floor(text.length / 2);
    // Cut where no pair of surrogates is split, the two halves add up.
    if (!/[\ud800-\udbff]/.test(text.charAt(half - 1))) expect(utf8Length(text, 0, half) + utf8Length(text, half, text.length)).toBe(utf8Length(text, 0, text.length));
  });
});
