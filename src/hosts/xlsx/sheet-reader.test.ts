import { DocumentError } from '../errors';
import { readSheetXml, type WorkbookContext } from './sheet-reader';

const CONTEXT: WorkbookContext = { strings: ['Nhiệm vụ', 'Hoạt động'], dateStyles: [false, true], date1904: false };
const sheet = (data: string, after = '', prefix = '') => {
  const p = prefix ? `${prefix}:` : '';
  return `<${p}worksheet xmlns${prefix ? `:${prefix}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${data}</${p}sheetData>${after}</${p}worksheet>`;
};
const texts = (xml: string, context = CONTEXT) => readSheetXml(xml, 'KH', 0, context).rows.map((row) => row.map((cell) => cell.text));

describe('worksheet reader', () => {
  it.each([
    ['a shared string', '<c r="A1" t="s"><v>1</v></c>', 'Hoạt động'],
    ['an inline string with runs', '<c r="A1" t="inlineStr"><is><r><t>Văn </t></r><r><t>phòng</t></r></is></c>', 'Văn phòng'],
    ['a formula string', '<c r="A1" t="str"><f>A2&amp;""</f><v>Tháng 6</v></c>', 'Tháng 6'],
    ['a number', '<c r="A1"><v>2025</v></c>', '2025'],
    ['a decimal', '<c r="A1"><v>0.5</v></c>', '0.5'],
    ['a date serial with a date style', '<c r="A1" s="1"><v>45838</v></c>', '30/6/2025'],
    ['a date serial before 1/3/1900', '<c r="A1" s="1"><v>1</v></c>', '1/1/1900'],
    ['an ISO date cell', '<c r="A1" t="d"><v>2025-12-31T00:00:00</v></c>', '31/12/2025'],
    ['a boolean', '<c r="A1" t="b"><v>1</v></c>', 'TRUE'],
    ['an error', '<c r="A1" t="e"><v>#REF!</v></c>', ''],
    ['a missing shared string', '<c r="A1" t="s"><v>99</v></c>', ''],
    ['a value that is not a number', '<c r="A1"><v>abc</v></c>', 'abc'],
  ])('reads %s as Excel shows it', (_, cell, expected) => {
    expect(texts(sheet(`<row r="1">${cell}</row>`))).toEqual([[expected]]);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    expect(texts(sheet('<row r="1"><c r="A1" s="1"><v>44376</v></c></row>'), { ...CONTEXT, date1904: true })).toEqual([['30/6/2025']]);
  });

  it('anchors the grid at A1 and places cells without references after the previous one', () => {
    const rows = texts(sheet('<row r="2"><c r="B2" t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row><c><v>7</v></c></row>'));
    expect(rows).toEqual([['', '', ''], ['', 'Nhiệm vụ', 'Hoạt động'], ['7', '', '']]);
  });

  it('gives every cell of a merged range the first cell’s text and address', () => {
    const table = readSheetXml(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>'), 'Kế hoạch', 2, CONTEXT);
    expect(table.index).toBe(2);
    expect(table.rows.flat()).toEqual([
      { text: 'Nhiệm vụ', hMerged: false, vMerged: false, address: 'x:Kế hoạch!A1' },
      { text: 'Nhiệm vụ', hMerged: true, vMerged: false, address: 'x:Kế hoạch!A1' },
      { text: 'Nhiệm vụ', hMerged: false, vMerged: true, address: 'x:Kế hoạch!A1' },
      { text: 'Nhiệm vụ', hMerged: true, vMerged: true, address: 'x:Kế hoạch!A1' },
    ]);
  });

  it('reads a prefixed SpreadsheetML namespace', () => {
    expect(texts(sheet('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>', '', 'x'))).toEqual([['Nhiệm vụ']]);
  });

  it('refuses a merge reaching far beyond the data instead of filling millions of cells', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    expect(() => readSheetXml(xml, 'KH', 0, CONTEXT)).toThrow(new DocumentError('error.tooLarge'));
  });

  it.each([
    ['malformed XML', '<worksheet><sheetData><row></sheetData>'],
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>'],
  ])('refuses %s as a corrupt file', (_, xml) => {
    expect(() => readSheetXml(xml, 'KH', 0, CONTEXT)).toThrow(new DocumentError('error.corruptFile'));
  });
});
