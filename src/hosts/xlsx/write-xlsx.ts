import ExcelJS from 'exceljs';
import type { Edit, NewRow } from '../../plan/edits';
import { DocumentError } from '../errors';
import { cellText, loadWorkbook } from './exceljs-workbook';
import type { Bounds } from './sheet-grid';

/** What a new row copies from its template row, taken before any row moves. */
interface RowModel {
  styles: Array<Partial<ExcelJS.Style>>;
  height: number | undefined;
  /** Horizontal merges of the template row, as [left, right] 1-based columns. */
  spans: Array<[number, number]>;
}

/**
 * Applies edits to a .xlsx with exceljs: inserted rows shift the rows below
 * (merged ranges moved with them) and copy the template row's formatting.
 */
export async function writeXlsx(bytes: Uint8Array, edits: readonly Edit[]): Promise<Uint8Array> {
  const { workbook, sheets } = await loadWorkbook(bytes);
  const sheet = (index: number): ExcelJS.Worksheet => {
    if (!sheets[index]) throw new DocumentError('error.corruptFile');
    return sheets[index];
  };
  const models = new Map<string, RowModel>();
  for (const edit of edits) {
    if (edit.kind !== 'insert-rows') continue;
    for (const row of edit.rows) {
      const key = `${row.template.table}:${row.template.row}`;
      if (!models.has(key)) models.set(key, rowModel(sheet(row.template.table), row.template.row + 1));
    }
  }
  for (const edit of edits) {
    if (edit.kind === 'set-cell') setText(sheet(edit.table).getCell(edit.row + 1, edit.col + 1), edit.text);
  }
  const inserts = edits.filter((edit): edit is Extract<Edit, { kind: 'insert-rows' }> => edit.kind === 'insert-rows');
  for (const edit of [...inserts].sort((a, b) => b.table - a.table || b.after - a.after)) {
    insertRows(sheet(edit.table), edit.after + 2, edit.rows, (row) => models.get(`${row.template.table}:${row.template.row}`) as RowModel);
  }
  for (const edit of edits) {
    if (edit.kind === 'append-table') appendSheet(workbook, edit.header, edit.rows);
    if (edit.kind === 'set-summary') setSummary(sheet(edit.afterTable), edit.replaces, edit.text);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function setText(cell: ExcelJS.Cell, text: string): void {
  (cell.isMerged ? cell.master : cell).value = text === '' ? null : text;
}

function merges(sheet: ExcelJS.Worksheet): Bounds[] {
  return (sheet.model.merges ?? []).map((range: string) => {
    const [from, to] = range.split(':');
    const a = sheet.getCell(from);
    const b = sheet.getCell(to ?? from);
    return { top: Number(a.row), left: Number(a.col), bottom: Number(b.row), right: Number(b.col) };
  });
}

function rowModel(sheet: ExcelJS.Worksheet, r: number): RowModel {
  const row = sheet.getRow(r);
  const styles: Array<Partial<ExcelJS.Style>> = [];
  for (let c = 1; c <= sheet.columnCount; c++) styles.push(structuredClone(row.getCell(c).style ?? {}));
  const spans = merges(sheet)
    .filter((m) => m.top <= r && m.bottom >= r && m.right > m.left)
    .map((m): [number, number] => [m.left, m.right]);
  return { styles, height: row.height, spans };
}

function insertRows(sheet: ExcelJS.Worksheet, at: number, rows: readonly NewRow[], modelOf: (row: NewRow) => RowModel): void {
  const count = rows.length;
  const moved: Bounds[] = [];
  for (const m of merges(sheet)) {
    if (m.bottom < at) continue;
    sheet.unMergeCells(m.top, m.left, m.bottom, m.right);
    moved.push(m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : { ...m, bottom: m.bottom + count });
  }
  sheet.spliceRows(at, 0, ...rows.map(() => []));
  const runs = new Map<number, number>();
  rows.forEach((row, k) => {
    const r = at + k;
    const model = modelOf(row);
    const target = sheet.getRow(r);
    if (model.height) target.height = model.height;
    model.styles.forEach((style, i) => (target.getCell(i + 1).style = structuredClone(style)));
    for (const [col, text] of Object.entries(row.cells)) if (text !== '') target.getCell(Number(col) + 1).value = text;
    for (const [left, right] of model.spans) sheet.mergeCells(r, left, r, right);
    for (const col of [...runs.keys()]) {
      if (!row.mergeUp.includes(col)) {
        mergeRun(sheet, runs.get(col) as number, r - 1, col);
        runs.delete(col);
      }
    }
    for (const col of row.mergeUp) if (!runs.has(col)) runs.set(col, r - 1);
  });
  for (const [col, top] of runs) mergeRun(sheet, top, at + count - 1, col);
  for (const m of moved) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
}

function mergeRun(sheet: ExcelJS.Worksheet, top: number, bottom: number, col: number): void {
  if (bottom > top) sheet.mergeCells(top, col + 1, bottom, col + 1);
}

function appendSheet(workbook: ExcelJS.Workbook, header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const sheet = workbook.addWorksheet('Đánh giá tiến độ');
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
}

/** Writes the summary over the cells that stated one, or two rows below the table, across its width. */
function setSummary(sheet: ExcelJS.Worksheet, replaces: readonly string[], text: string): void {
  const stated: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (replaces.includes(cellText(cell).trim())) stated.push(cell);
  }));
  if (stated.length === 0) {
    const row = sheet.rowCount + 2;
    sheet.getCell(row, 1).value = text;
    if (sheet.columnCount > 1) sheet.mergeCells(row, 1, row, sheet.columnCount);
    return;
  }
  stated[0].value = text;
  for (const cell of stated.slice(1)) cell.value = null;
}
