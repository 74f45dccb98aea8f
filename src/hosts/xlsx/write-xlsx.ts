import ExcelJS from 'exceljs';
import type { Edit, NewRow } from '../../plan/edits';
import type { NewPlan } from '../../plan/new-plan';
import { DocumentError } from '../errors';
import { xmlText } from '../ooxml/xml-text';
import { cellText, loadWorkbook } from './exceljs-workbook';
import { writePlanRows } from './new-xlsx';
import { convertLegacyCells, unicodeStyle } from './unicode-cells';
import { putMerges, SheetMerges, takeMerges } from './sheet-merges';

/** What a new row copies from its template row, taken before any row moves. */
interface RowModel {
  styles: Array<Partial<ExcelJS.Style>>;
  height: number | undefined;
  /** Horizontal merges of the template row, as [left, right] 0-based columns. */
  spans: Array<[number, number]>;
}

/** A visible sheet (in the reader's table order) with its merged ranges. */
interface EditedSheet {
  sheet: ExcelJS.Worksheet;
  merges: SheetMerges;
}

/**
 * Applies edits to a .xlsx with exceljs: inserted rows shift the rows below and copy
 * the template row's formatting. Merged ranges are kept and moved here, out of
 * exceljs's sight (see SheetMerges), and written back into the saved sheets.
 */
export async function writeXlsx(bytes: Uint8Array, edits: readonly Edit[]): Promise<Uint8Array> {
  const unmerged = await takeMerges(bytes);
  const { workbook, sheets } = await loadWorkbook(unmerged.bytes);
  const sheet = (index: number): EditedSheet => {
    const found = sheets[index];
    if (!found) throw new DocumentError('error.corruptFile');
    return { sheet: found, merges: unmerged.merges.get(found.name) ?? new SheetMerges([]) };
  };
  const models = new Map<string, RowModel>();
  for (const edit of edits) {
    if (edit.kind !== 'insert-rows') continue;
    for (const row of edit.rows) {
      const key = `${row.template.table}:${row.template.row}`;
      if (!models.has(key)) models.set(key, rowModel(sheet(row.template.table), row.template.row));
    }
  }
  if (edits.some((edit) => edit.kind === 'convert-encoding')) for (const each of workbook.worksheets) convertLegacyCells(each);
  for (const edit of edits) {
    if (edit.kind === 'set-cell') setText(sheet(edit.table), edit.row, edit.col, edit.text);
  }
  for (const edit of edits) if (edit.kind === 'delete-rows') deleteRows(sheet(edit.table), edit.rows);
  const inserts = edits.filter((edit): edit is Extract<Edit, { kind: 'insert-rows' }> => edit.kind === 'insert-rows');
  for (const edit of [...inserts].sort((a, b) => b.table - a.table || b.after - a.after)) {
    insertRows(sheet(edit.table), edit.after + 1, edit.rows, (row) => models.get(`${row.template.table}:${row.template.row}`) as RowModel);
  }
  for (const edit of edits) {
    if (edit.kind === 'append-plan') appendPlan(sheet(0), edit.plan);
    if (edit.kind === 'append-table') writeEvaluation(edit.replaces === null ? { sheet: workbook.addWorksheet('Đánh giá tiến độ'), merges: new SheetMerges([]) } : sheet(edit.replaces), edit);
    if (edit.kind === 'set-summary') setSummary(sheet(edit.afterTable), edit.replaces, edit.text);
  }
  return putMerges(new Uint8Array(await workbook.xlsx.writeBuffer()), unmerged.merges);
}

/** Sets a cell's text (0-based), on the first cell of its merged range when it is merged. */
function setText({ sheet, merges }: EditedSheet, row: number, col: number, text: string): void {
  const range = merges.rangeAt(row, col);
  const cell = sheet.getCell((range?.top ?? row) + 1, (range?.left ?? col) + 1);
  cell.value = text === '' ? null : xmlText(text);
  // Unicode text in a TCVN3 or VNI font would show garbled.
  cell.style = unicodeStyle(cell.style);
}

/** Removes rows (0-based); a merged range starting on one keeps its value on its next row. */
function deleteRows({ sheet, merges }: EditedSheet, rows: readonly number[]): void {
  for (const row of [...new Set(rows)].sort((a, b) => b - a)) {
    for (const m of merges.ranges) {
      if (m.top !== row || m.bottom === row) continue;
      const master = sheet.getCell(row + 1, m.left + 1);
      sheet.getCell(row + 2, m.left + 1).value = master.value;
    }
    sheet.spliceRows(row + 1, 1);
    merges.deleteRow(row);
  }
}

function rowModel({ sheet, merges }: EditedSheet, row: number): RowModel {
  const template = sheet.getRow(row + 1);
  const styles: Array<Partial<ExcelJS.Style>> = [];
  for (let c = 1; c <= sheet.columnCount; c++) styles.push(unicodeStyle(structuredClone(template.getCell(c).style ?? {})));
  return { styles, height: template.height, spans: merges.spansOfRow(row) };
}

/** Inserts rows at 0-based row `at`, merging their task cells down as each row asks. */
function insertRows({ sheet, merges }: EditedSheet, at: number, rows: readonly NewRow[], modelOf: (row: NewRow) => RowModel): void {
  merges.insertRows(at, rows.length);
  sheet.spliceRows(at + 1, 0, ...rows.map(() => []));
  const runs = new Map<number, number>();
  const mergeRun = (col: number, top: number, bottom: number): void => merges.add({ top, left: col, bottom, right: col });
  rows.forEach((row, k) => {
    const r = at + k;
    const model = modelOf(row);
    const target = sheet.getRow(r + 1);
    if (model.height) target.height = model.height;
    model.styles.forEach((style, i) => (target.getCell(i + 1).style = row.plain ? plainStyle(style) : structuredClone(style)));
    for (const [col, text] of Object.entries(row.cells)) if (text !== '') target.getCell(Number(col) + 1).value = xmlText(text);
    for (const [left, right] of model.spans) merges.add({ top: r, left, bottom: r, right });
    for (const col of [...runs.keys()]) {
      if (!row.mergeUp.includes(col)) {
        mergeRun(col, runs.get(col) as number, r - 1);
        runs.delete(col);
      }
    }
    for (const col of row.mergeUp) if (!runs.has(col)) runs.set(col, r - 1);
  });
  for (const [col, top] of runs) mergeRun(col, top, at + rows.length - 1);
}

/** A cell style without bold and shading (rows written under a header). */
function plainStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const plain = structuredClone(style);
  delete plain.fill;
  return { ...plain, font: { ...plain.font, bold: false } };
}

/** A new plan written on the sheet, two rows below what it holds (or from its first row). */
function appendPlan({ sheet, merges }: EditedSheet, plan: NewPlan): void {
  const first = sheet.rowCount === 0 ? 1 : sheet.rowCount + 2;
  writePlanRows(sheet, plan, first, (top, left, bottom, right) => merges.add({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 }));
}

/** The evaluation on a sheet of its own: its heading, header and rows (over what an earlier evaluation wrote there). */
function writeEvaluation({ sheet, merges }: EditedSheet, edit: Extract<Edit, { kind: 'append-table' }>): void {
  if (sheet.rowCount > 0) sheet.spliceRows(1, sheet.rowCount);
  merges.clear();
  sheet.addRow([xmlText(edit.heading)]).font = { bold: true };
  sheet.addRow(edit.header.map(xmlText)).font = { bold: true };
  for (const row of edit.rows) sheet.addRow(row.map(xmlText));
}

/** Writes the summary over the cells that stated one, or two rows below the table, across its width. */
function setSummary({ sheet, merges }: EditedSheet, replaces: readonly string[], text: string): void {
  const stated: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (replaces.includes(cellText(cell).trim())) stated.push(cell);
  }));
  if (stated.length === 0) {
    const row = sheet.rowCount + 1;
    sheet.getCell(row + 1, 1).value = xmlText(text);
    merges.add({ top: row, left: 0, bottom: row, right: sheet.columnCount - 1 });
    return;
  }
  stated[0].value = xmlText(text);
  for (const cell of stated.slice(1)) cell.value = null;
}
