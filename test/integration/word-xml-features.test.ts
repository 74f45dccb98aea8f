import JSZip from 'jszip';
import { readDocx, readWordDocument, readWordXml } from '../../src/hosts/ooxml/read-docx';
import { writeDocx } from '../../src/hosts/ooxml/write-docx';
import { parseXml } from '../../src/hosts/ooxml/dom';
import { recognise } from '../../src/plan/recognise';
import { buildDocx } from '../fixtures/build';
import { SEED_LAYOUTS } from '../fixtures/seeds';

/** WordprocessingML written out in the test: the features the `docx` library cannot produce. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const row = (...texts: string[]) => tr(...texts.map((text) => tc(p(text))));
const table = (...rows: string[]) => `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(6)}</w:tblGrid>${rows.join('')}</w:tbl>`;
const doc = (...blocks: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${blocks.join('')}</w:body></w:document>`;

const HEADER = row('Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành');

describe('Word features read as the clerk sees the document', () => {
  it('reads through content controls around the table and inside cells', () => {
    const controlled = `<w:sdt><w:sdtPr><w:alias w:val="Kế hoạch"/></w:sdtPr><w:sdtContent>${table(
      HEADER,
      tr(tc(p('Ban hành kế hoạch CCHC')), tc(`<w:sdt><w:sdtContent>${p('Xây dựng kế hoạch')}</w:sdtContent></w:sdt>`), tc(p('Kế hoạch')), tc(p('Văn phòng')), tc(p('Các công chức')), tc(p('Tháng 01/2025'))),
    )}</w:sdtContent></w:sdt>`;
    const plan = recognise(readWordXml(doc(p('KẾ HOẠCH CCHC XÃ AN BÌNH NĂM 2025'), controlled)));
    expect(plan?.rows.map((r) => [r.taskText, r.activity, r.deadline])).toEqual([['Ban hành kế hoạch CCHC', 'Xây dựng kế hoạch', 'Tháng 01/2025']]);
  });

  it('reads tracked changes as accepted: insertions kept, deletions and deleted rows dropped', () => {
    const tracked = table(
      HEADER,
      tr(
        tc(p('Ban hành kế hoạch CCHC')),
        tc(`<w:p><w:r><w:t>Xây dựng kế hoạch </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>năm 2024</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>năm 2025</w:t></w:r></w:ins></w:p>`),
        tc(p('Kế hoạch')), tc(p('Văn phòng')), tc(p('Các công chức')), tc(p('Tháng 01/2025')),
      ),
      `<w:tr><w:trPr><w:del w:id="3" w:author="A"/></w:trPr>${['Dòng đã xóa', 'Hoạt động đã xóa', 'x', 'x', 'x', 'Tháng 2/2025'].map((t) => tc(p(t))).join('')}</w:tr>`,
    );
    const plan = recognise(readWordXml(doc(p('KẾ HOẠCH CCHC XÃ AN BÌNH NĂM 2025'), tracked)));
    expect(plan?.rows.map((r) => r.activity)).toEqual(['Xây dựng kế hoạch năm 2025']);
  });

  it('reads a table nested in a cell as a table of its own, not as the cell text', () => {
    const nested = table(
      HEADER,
      tr(tc(p('Ban hành kế hoạch CCHC')), tc(p('Xây dựng kế hoạch') + `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${row('ghi chú', 'lồng')}</w:tbl>`), tc(p('Kế hoạch')), tc(p('Văn phòng')), tc(p('Các công chức')), tc(p('Tháng 01/2025'))),
    );
    const source = readWordXml(doc(nested));
    expect(source.tables).toHaveLength(2);
    expect(source.tables[1].rows[0].map((c) => c.text)).toEqual(['ghi chú', 'lồng']);
    expect(recognise(source)?.rows[0].activity).toBe('Xây dựng kế hoạch');
  });

  it('refuses a document that declares a DTD (no entity is ever expanded)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ${W}><w:body>${p('&b;')}</w:body></w:document>`;
    expect(() => readWordXml(bomb)).toThrow(expect.objectContaining({ key: 'error.corruptFile' }));
  });

  it('reads drawings by their first choice, tabs and breaks, and cells skipped by w:gridBefore', () => {
    const drawing = `<w:p><w:r><w:t>Trước</w:t></w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:r><w:t>[hộp]</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>[cũ]</w:t></w:r></mc:Fallback></mc:AlternateContent><w:r><w:tab/><w:t>sau</w:t><w:br/><w:t>dòng</w:t></w:r></w:p>`;
    const shifted = `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc(p('c'))}${tc(p('d'), '<w:gridSpan w:val="2"/>')}</w:tr>`;
    const source = readWordXml(doc(drawing, table(row('a', 'b', 'c', 'd'), shifted)));
    expect(source.text).toBe('Trước[hộp]\tsau\ndòng');
    expect(source.tables[0].rows[1].map((c) => [c.text, c.hMerged])).toEqual([['', false], ['', false], ['c', false], ['d', false], ['d', true], ['', false]]);
  });
});

describe('the streaming reader and the DOM reader the writer uses', () => {
  const handWritten = [
    doc(p('x'), `<w:sdt><w:sdtContent>${table(HEADER, row('a', 'b', 'c', 'd', 'e', 'f'))}</w:sdtContent></w:sdt>`),
    doc(table(HEADER, tr(tc(p('t'), '<w:vMerge w:val="restart"/>'), tc(p('a'))), tr(tc(p(''), '<w:vMerge/>'), tc(p('b') + table(row('n', 'm')))))),
    doc(`<w:p><w:r><w:t>A</w:t></w:r><w:del><w:r><w:delText>B</w:delText></w:r></w:del><w:ins><w:r><w:t>C</w:t></w:r></w:ins></w:p>`),
  ];

  it.each(handWritten.map((xml, i) => [i, xml]))('read hand-written document %i alike', (_i, xml) => {
    expect(readWordDocument(parseXml(xml)).source).toEqual(readWordXml(xml));
  });

  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed]))('read the %s layout alike', async (_id, seed) => {
    const zip = await JSZip.loadAsync(await buildDocx(seed.spec()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(readWordDocument(parseXml(xml)).source).toEqual(readWordXml(xml));
  });
});

describe('text as Word shows it', () => {
  const r = (inner: string) => `<w:r>${inner}</w:r>`;
  const t = (text: string) => r(`<w:t xml:space="preserve">${text}</w:t>`);
  const fld = (type: string) => r(`<w:fldChar w:fldCharType="${type}"/>`);
  const instr = (text: string) => r(`<w:instrText xml:space="preserve">${text}</w:instrText>`);
  /** The deadline cell of a one-row plan holding the given runs. */
  const deadlineOf = (runs: string) => {
    const plan = recognise(readWordXml(doc(p('KẾ HOẠCH CCHC XÃ AN BÌNH NĂM 2026'), table(HEADER, row('Ban hành kế hoạch CCHC', 'Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng', 'Các phòng', 'x').replace(/<w:tc><w:p><w:r><w:t xml:space="preserve">x<\/w:t><\/w:r><\/w:p><\/w:tc>/, `<w:tc><w:p>${runs}</w:p></w:tc>`)))));
    return plan?.rows[0];
  };

  it.each([
    ['a field result, not its code', `${t('Trước ')}${fld('begin')}${instr(' DATE \\@ "dd/MM/yyyy" ')}${fld('separate')}${t('15/12/2026')}${fld('end')}`, 'Trước 15/12/2026'],
    [
      'a field nested in another field\'s instruction',
      `${t('Trước ')}${fld('begin')}${instr(' IF ')}${fld('begin')}${instr(' MERGEFIELD NgayHop ')}${fld('separate')}${t('«NgayHop»')}${fld('end')}${instr(' = "" "x" ')}${fld('separate')}${t('15/12/2026')}${fld('end')}`,
      'Trước 15/12/2026',
    ],
    ['a non-breaking hyphen', `${t('Tháng 3')}${r('<w:noBreakHyphen/>')}${t('9/2026')}`, 'Tháng 3-9/2026'],
    ['a soft hyphen', `${t('Thường')}${r('<w:softHyphen/>')}${t(' xuyên')}`, 'Thường xuyên'],
    ['zero-width characters and a BOM', t('Quý\u200b II\ufeff/2026\u2060'), 'Quý II/2026'],
    ['a Symbol bullet', `${r('<w:sym w:font="Symbol" w:char="F0B7"/>')}${t(' Quý II/2026')}`, '• Quý II/2026'],
  ])('%s', (_name, runs, expected) => {
    expect(deadlineOf(runs)?.deadline).toBe(expected);
  });

  it('reads a deadline with a non-breaking hyphen as the range it is', () => {
    expect(deadlineOf(`${t('Tháng 3')}${r('<w:noBreakHyphen/>')}${t('9/2026')}`)?.deadlineInfo).toMatchObject({ kind: 'range', due: '2026-09-30' });
  });

  it('reads the same through the DOM the writer edits', () => {
    const xml = doc(p('KẾ HOẠCH'), table(HEADER, `<w:tr>${tc(`<w:p>${t('Trước ')}${fld('begin')}${instr(' IF ')}${fld('begin')}${fld('separate')}${t('«x»')}${fld('end')}${fld('separate')}${t('15/12/2026')}${fld('end')}</w:p>`)}</w:tr>`));
    const streamed = readWordXml(xml);
    const walked = readWordDocument(parseXml(xml)).source;
    expect(walked).toEqual(streamed);
    expect(streamed.tables[0].rows[1][0].text).toBe('Trước 15/12/2026');
  });
});

describe('a document part written in UTF-16 (XML allows it; some generators write it)', () => {
  it.each([
    ['UTF-16LE with a byte order mark', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE without one', (text: string) => Buffer.from(text, 'utf16le').swap16()],
  ])('%s: read like the UTF-8 file, and written back as UTF-8 that says so', async (_name, encode) => {
    const bytes = await buildDocx(SEED_LAYOUTS[0].spec());
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', encode(xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"')));
    const utf16 = await zip.generateAsync({ type: 'uint8array' });
    const expected = recognise(await readDocx(bytes));
    const read = recognise(await readDocx(utf16));
    expect(read?.rows.map((r) => r.activity)).toEqual(expected?.rows.map((r) => r.activity));
    const written = await JSZip.loadAsync(await writeDocx(utf16, [{ kind: 'set-cell', table: 0, row: 2, col: 2, text: 'Đã sửa' }]));
    const part = await written.file('word/document.xml')!.async('uint8array');
    expect(part[0]).toBe(0x3c);
    expect(new TextDecoder().decode(part.slice(0, 80))).toMatch(/encoding="UTF-8"/);
    expect(recognise(await readDocx(await written.generateAsync({ type: 'uint8array' })))?.rows.length).toBe(expected?.rows.length);
  });
});
