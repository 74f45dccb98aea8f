import ExcelJS from 'exceljs';
import { cellText, loadWorkbook } from '../../src/hosts/xlsx/exceljs-workbook';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import type { Table } from '../../src/plan/types';
import { xlsxWithSheet } from '../fixtures/bad-inputs';
import { buildXlsx } from '../fixtures/build';
import { SEED_LAYOUTS } from '../fixtures/seeds';

/** The sheets as exceljs sees them (used cells, merges through their master): what the streaming reader must match. */
async function exceljsTables(bytes: Uint8Array): Promise<Table[]> {
  const { sheets } = await loadWorkbook(bytes);
  return sheets.map((sheet, index) => {
    const rows = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getCell(r, c);
        const master = cell.isMerged ? cell.master : cell;
        row.push({ text: cellText(master), hMerged: master.col !== cell.col, vMerged: master.row !== cell.row, address: `x:${sheet.name}!${master.address}` });
      }
      rows.push(row);
    }
    return { index, name: sheet.name, rows };
  });
}

describe('streaming .xlsx reader', () => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed.spec]))('reads seed %s exactly as exceljs does', async (_, spec) => {
    const bytes = await buildXlsx(spec());
    expect((await readXlsx(bytes)).tables).toEqual(await exceljsTables(bytes));
  });

  it('reads dates, numbers, rich text, formulas and hidden sheets as exceljs does', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'không đọc';
    const sheet = workbook.addWorksheet('Kế hoạch 2025');
    sheet.getCell('A1').value = new Date(Date.UTC(2025, 5, 30));
    sheet.getCell('A1').numFmt = 'dd/mm/yyyy';
    sheet.getCell('B1').value = 12.5;
    sheet.getCell('C1').value = { richText: [{ text: 'Văn phòng ', font: { bold: true } }, { text: 'HĐND-UBND' }] };
    sheet.getCell('D1').value = { formula: 'B1*2', result: 25 };
    sheet.getCell('A3').value = 'Quý IV/2025';
    sheet.mergeCells('A3:D4');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const tables = (await readXlsx(bytes)).tables;
    expect(tables).toEqual(await exceljsTables(bytes));
    expect(tables[0].rows[0].map((cell) => cell.text)).toEqual(['30/6/2025', '12.5', 'Văn phòng HĐND-UBND', '25']);
  });

  it('reads a sheet with more merged ranges than 20,000 (a 20,000-activity plan has 20,007)', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Nhiệm vụ ${i + 1}</t></is></c></row>`);
    const merges = Array.from({ length: 25_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`);
    const tables = (await readXlsx(await xlsxWithSheet(rows.join(''), `<mergeCells count="25000">${merges.join('')}</mergeCells>`))).tables;
    expect(tables[0].rows).toHaveLength(25_000);
    expect(tables[0].rows[24_999][1]).toMatchObject({ text: 'Nhiệm vụ 25000', hMerged: true });
  });
});
