import ExcelJS from 'exceljs';
import type { GridCell, SourceDocument, Table } from '../../plan/types';
import { DocumentError } from '../errors';
import { openPackage } from '../ooxml/zip';

/** Address of a worksheet cell: `x:Sheet name!B5`. */
export function sheetCellAddress(sheet: string, cellAddress: string): string {
  return `x:${sheet}!${cellAddress}`;
}

/** Parses `x:Sheet!B5` back into sheet name and A1 address; null for anything else. */
export function parseSheetCellAddress(address: string): { sheet: string; cell: string } | null {
  if (!address.startsWith('x:')) return null;
  const bang = address.lastIndexOf('!');
  return bang > 2 ? { sheet: address.slice(2, bang), cell: address.slice(bang + 1) } : null;
}

/** Reads every visible worksheet of a .xlsx file as one table (merged ranges kept). */
export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
  const { sheets } = await loadWorkbook(bytes);
  return { tables: sheets.map(readSheet), text: '' };
}

/** Opens a workbook (package limits checked first) with its visible sheets in order: the tables. */
export async function loadWorkbook(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; sheets: ExcelJS.Worksheet[] }> {
  await openPackage(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DocumentError('error.corruptFile');
  }
  const sheets: ExcelJS.Worksheet[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'visible') sheets.push(sheet);
  });
  return { workbook, sheets };
}

function readSheet(sheet: ExcelJS.Worksheet, index: number): Table {
  const rows: GridCell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const slots: GridCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      slots.push({
        text: cellText(master),
        hMerged: master.col !== cell.col,
        vMerged: master.row !== cell.row,
        address: sheetCellAddress(sheet.name, master.address),
      });
    }
    rows.push(slots);
  }
  return { index, name: sheet.name, rows };
}

/** The text a clerk sees in a cell: rich text joined, formula results, dates as dd/mm/yyyy. */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result instanceof Date ? formatDate(value.result) : String(value.result ?? '');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

function formatDate(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}
