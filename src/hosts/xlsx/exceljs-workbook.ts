import ExcelJS from 'exceljs';
import { DocumentError } from '../errors';
import { openPackage } from '../ooxml/zip';
import { dateText } from './sheet-grid';

/**
 * Opens a workbook with exceljs for writing (package limits checked first), with its
 * visible sheets in tab order: the same tables, in the same order, as the reader's.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; sheets: ExcelJS.Worksheet[] }> {
  await openPackage(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DocumentError('error.corruptFile');
  }
  return { workbook, sheets: workbook.worksheets.filter((sheet) => sheet.state === 'visible') };
}

/** The text a clerk sees in an exceljs cell: rich text joined, formula results, dates as d/m/yyyy. */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value) ?? '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result instanceof Date ? (dateText(value.result) ?? '') : String(value.result ?? '');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
