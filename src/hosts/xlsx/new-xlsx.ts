import ExcelJS from 'exceljs';
import { newPlanRows, type NewPlan } from '../../plan/new-plan';
import { xmlText } from '../ooxml/xml-text';

const WIDTHS = [6, 34, 40, 24, 22, 22, 18];
const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** Merges a block of cells (1-based rows and columns, as exceljs counts). */
export type MergeCells = (top: number, left: number, bottom: number, right: number) => void;

/**
 * Writes a plan's title lines and bordered table on a sheet from row `first` (1-based):
 * sections across the table, each task's TT and text merged down over its activities.
 * Returns the header's row.
 */
export function writePlanRows(sheet: ExcelJS.Worksheet, plan: NewPlan, first: number, merge: MergeCells): number {
  let at = first;
  const span = (row: number) => merge(row, 1, row, WIDTHS.length);
  plan.title.forEach((line, i) => {
    const row = sheet.getRow(at++);
    row.getCell(1).value = xmlText(line);
    row.font = { name: 'Times New Roman', size: 13, bold: i < 3 };
    row.alignment = { horizontal: i < 3 ? 'center' : 'left', wrapText: true, vertical: 'top' };
    if (i === 3) row.height = 45;
    span(row.number);
  });
  const headerAt = ++at;
  const taskStart = new Map<number, number>();
  for (const spec of newPlanRows(plan)) {
    const row = sheet.getRow(at++);
    spec.cells.forEach((text, c) => (row.getCell(c + 1).value = spec.kind === 'activity' && !spec.firstOfTask && c < 2 ? null : xmlText(text)));
    row.font = { name: 'Times New Roman', size: 12, bold: spec.kind !== 'activity' };
    row.alignment = { wrapText: true, vertical: 'top' };
    for (let c = 1; c <= WIDTHS.length; c++) row.getCell(c).border = BORDER;
    if (spec.kind === 'section') span(row.number);
    if (spec.kind === 'activity' && spec.firstOfTask && spec.taskRows > 1) taskStart.set(row.number, spec.taskRows);
  }
  for (const [top, count] of taskStart) for (const c of [1, 2]) merge(top, c, top + count - 1, c);
  WIDTHS.forEach((width, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = Math.max(column.width ?? 0, width);
  });
  return headerAt;
}

/** A new plan as an .xlsx the clerk then edits: the title above, a bordered table with a frozen header, landscape pages. */
export async function newPlanXlsx(plan: NewPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kế hoạch', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const headerAt = writePlanRows(sheet, plan, 1, (top, left, bottom, right) => sheet.mergeCells(top, left, bottom, right));
  sheet.views = [{ state: 'frozen', ySplit: headerAt }];
  sheet.autoFilter = { from: { row: headerAt, column: 1 }, to: { row: headerAt, column: WIDTHS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
