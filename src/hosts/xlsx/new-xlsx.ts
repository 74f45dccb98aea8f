import ExcelJS from 'exceljs';
import { newPlanRows, type NewPlan } from '../../plan/new-plan';
import { xmlText } from '../ooxml/xml-text';

const WIDTHS = [6, 34, 40, 24, 22, 22, 18];
const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** A new plan as an .xlsx the clerk then edits: the title above, a bordered table with a frozen header, landscape pages. */
export async function newPlanXlsx(plan: NewPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kế hoạch', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const span = (row: number) => sheet.mergeCells(row, 1, row, WIDTHS.length);
  plan.title.forEach((line, i) => {
    const row = sheet.addRow([xmlText(line)]);
    row.font = { name: 'Times New Roman', size: 13, bold: i < 3 };
    row.alignment = { horizontal: i < 3 ? 'center' : 'left', wrapText: true, vertical: 'top' };
    if (i === 3) row.height = 45;
    span(row.number);
  });
  sheet.addRow([]);
  const headerAt = sheet.rowCount + 1;
  const taskStart = new Map<number, number>();
  for (const spec of newPlanRows(plan)) {
    const row = sheet.addRow(spec.cells.map(xmlText));
    row.font = { name: 'Times New Roman', size: 12, bold: spec.kind !== 'activity' };
    row.alignment = { wrapText: true, vertical: 'top' };
    for (let c = 1; c <= WIDTHS.length; c++) row.getCell(c).border = BORDER;
    if (spec.kind === 'section') span(row.number);
    if (spec.kind === 'activity' && spec.firstOfTask && spec.taskRows > 1) taskStart.set(row.number, spec.taskRows);
    if (spec.kind === 'activity' && !spec.firstOfTask) [1, 2].forEach((c) => (row.getCell(c).value = null));
  }
  // The task's TT and text merged down over its activities.
  for (const [top, count] of taskStart) for (const c of [1, 2]) sheet.mergeCells(top, c, top + count - 1, c);
  sheet.views = [{ state: 'frozen', ySplit: headerAt }];
  sheet.autoFilter = { from: { row: headerAt, column: 1 }, to: { row: headerAt, column: WIDTHS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
