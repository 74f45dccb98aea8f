import JSZip from 'jszip';
import { putMerges, SheetMerges, takeMerges } from './sheet-merges';

const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe('SheetMerges', () => {
  it.each([
    ['below the insertion: moves down', range(5, 0, 6, 0), range(7, 0, 8, 0)],
    ['starting at the insertion: moves down', range(3, 1, 3, 4), range(5, 1, 5, 4)],
    ['crossing the insertion: grows', range(1, 0, 3, 0), range(1, 0, 5, 0)],
    ['ending just above: stays', range(0, 0, 2, 0), range(0, 0, 2, 0)],
  ])('inserting 2 rows at row 3, a range %s', (_, before, after) => {
    const merges = new SheetMerges([{ ...before }]);
    merges.insertRows(3, 2);
    expect(merges.ranges).toEqual([after]);
  });

  it.each([
    [2, 1, range(2, 1, 4, 1)],
    [4, 1, range(2, 1, 4, 1)],
    [0, 3, range(0, 2, 0, 5)],
    [5, 1, null],
    [0, 1, null],
  ])('finds the range of cell (%i, %i) after changes', (row, col, expected) => {
    const merges = new SheetMerges([range(1, 1, 3, 1)]);
    expect(merges.rangeAt(1, 1)).toEqual(range(1, 1, 3, 1));
    merges.insertRows(0, 1);
    merges.add(range(0, 2, 0, 5));
    merges.add(range(9, 9, 9, 9));
    expect(merges.rangeAt(row, col)).toEqual(expected);
  });

  it('gives the horizontal spans of a row only', () => {
    const merges = new SheetMerges([range(0, 0, 4, 0), range(2, 1, 2, 3), range(1, 4, 3, 6)]);
    expect(merges.spansOfRow(2)).toEqual([[1, 3], [4, 6]]);
  });
});

async function workbook(sheetXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kế hoạch" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  return zip.generateAsync({ type: 'uint8array' });
}

async function sheetXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string') ?? '';
}

const SHEET = (middle: string, tail: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"/></sheetData>${middle}${tail}</worksheet>`;

describe('taking merges out and putting them back', () => {
  it('takes the ranges out of the sheet part by sheet name', async () => {
    const { bytes, merges } = await takeMerges(await workbook(SHEET('<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="B1:D1"/></mergeCells>', '<pageMargins left="0.7"/>')));
    expect(merges.get('Kế hoạch')?.ranges).toEqual([range(1, 0, 3, 0), range(0, 1, 0, 3)]);
    expect(await sheetXml(bytes)).toBe(SHEET('', '<pageMargins left="0.7"/>'));
  });

  it.each([
    ['before the page margins', '<autoFilter ref="A1:D1"/>', '<pageMargins left="0.7"/><pageSetup/>'],
    ['before conditional formatting', '', '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"/></conditionalFormatting>'],
    ['at the end when nothing follows', '<sheetProtection sheet="1"/>', ''],
  ])('puts them back %s, in the order the schema asks', async (_, middle, tail) => {
    const { merges } = await takeMerges(await workbook(SHEET('<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>', '')));
    const written = await putMerges(await workbook(SHEET(middle, tail)), merges);
    expect(await sheetXml(written)).toBe(SHEET(`${middle}<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>`, tail));
  });

  it('leaves a sheet without merges as it is', async () => {
    const { merges } = await takeMerges(await workbook(SHEET('', '')));
    expect(await sheetXml(await putMerges(await workbook(SHEET('', '<pageMargins/>')), merges))).toBe(SHEET('', '<pageMargins/>'));
  });
});

describe('SheetMerges.deleteRow', () => {
  it.each([
    ['a range below moves up', { top: 5, left: 0, bottom: 7, right: 0 }, 3, { top: 4, left: 0, bottom: 6, right: 0 }],
    ['a range crossing the row shrinks', { top: 2, left: 1, bottom: 6, right: 1 }, 4, { top: 2, left: 1, bottom: 5, right: 1 }],
    ['a range starting on the row shrinks from below', { top: 3, left: 1, bottom: 6, right: 1 }, 3, { top: 3, left: 1, bottom: 5, right: 1 }],
    ['a range above stays', { top: 0, left: 0, bottom: 1, right: 3 }, 3, { top: 0, left: 0, bottom: 1, right: 3 }],
    ['a horizontal range on the row goes', { top: 3, left: 0, bottom: 3, right: 5 }, 3, null],
    ['a two-row range left one row is no range', { top: 3, left: 1, bottom: 4, right: 1 }, 4, null],
  ])('%s', (_name, range, row, expected) => {
    const merges = new SheetMerges([{ ...range }]);
    merges.deleteRow(row);
    expect(merges.ranges).toEqual(expected ? [expected] : []);
  });
});
