import ExcelJS from 'exceljs';
import type { ReviewedFile } from '../../review/reviewed-file';
import { reviewTotals } from '../../plan/review';
import { AREA_TITLES } from '../../plan/section-rows';
import { AREAS } from '../../plan/types';
import { xmlText } from '../ooxml/xml-text';

type Totals = ReturnType<typeof reviewTotals>;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

/** A sheet with a bold, frozen, filtered header and the given column widths. */
function sheetWith(workbook: ExcelJS.Workbook, name: string, header: Array<[string, number]>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map(([title, width]) => ({ header: title, width }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
  row.eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return sheet;
}

/** Red where a figure says something is wrong (errors, missing areas), as a reviewer scans the sheet. */
function flagColumn(sheet: ExcelJS.Worksheet, column: number, rows: number, rule: 'positive' | 'cross'): void {
  if (rows === 0) return;
  const letter = sheet.getColumn(column).letter;
  sheet.addConditionalFormatting({
    ref: `${letter}2:${letter}${rows + 1}`,
    rules: [
      rule === 'positive'
        ? { type: 'cellIs', operator: 'greaterThan', formulae: ['0'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF8D7DA' } } } }
        : { type: 'containsText', operator: 'containsText', text: '✗', priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF8D7DA' } } } },
    ],
  });
}

/** The province review as a workbook a reviewer works in: Tổng hợp, Phát hiện, Nhiệm vụ thiếu, Lĩnh vực. */
export async function reviewWorkbook(files: readonly ReviewedFile[], totals: Totals, asOf: string | null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const progress: Array<[string, number]> = asOf ? [['Hoàn thành', 11], ['Đang triển khai', 11], ['Chưa đến thời điểm', 11], ['Không thực hiện', 11], ['Chưa đánh giá', 11], ['% hoàn thành', 10], ['Quá hạn', 9]] : [];
  const summary = sheetWith(workbook, 'Tổng hợp', [
    ['Tệp', 34], ['Đơn vị', 24], ['Năm', 7], ['Danh mục', 9], ['Nhiệm vụ', 9], ['Hoạt động', 9], ['Lỗi', 7], ['Cảnh báo', 9], ['Gợi ý', 7],
    ...AREAS.map((area): [string, number] => [AREA_TITLES[area], 12]),
    ['Nhiệm vụ bắt buộc còn thiếu', 12], ['Thời hạn ngoài năm', 10], ['Cơ quan cũ', 9], ...progress, ['Không đọc được', 40],
  ]);
  for (const file of files) {
    const r = file.review;
    const p = r?.progress;
    summary.addRow([
      xmlText(file.file),
      r && r.commune ? `${r.unit ?? 'xã'} ${r.commune}` : '',
      r?.year ?? '', r?.edition ?? '', r?.tasks ?? '', r?.activities ?? '',
      r?.counts.error ?? '', r?.counts.warning ?? '', r?.counts.info ?? '',
      ...AREAS.map((area) => (r ? (r.areas[area] ? '✓' : '✗') : '')),
      r?.missingTasks.length ?? '', r?.deadlinesOutOfYear ?? '', r?.outdatedReferences ?? '',
      ...(asOf ? [p?.done ?? '', p?.inProgress ?? '', p?.notYet ?? '', p?.notDone ?? '', p?.unassessed ?? '', p ? p.percentDone / 100 : '', p?.overdue ?? ''] : []),
      file.error ?? '',
    ]);
  }
  const first = 7;
  flagColumn(summary, first, files.length, 'positive');
  AREAS.forEach((_area, i) => flagColumn(summary, 10 + i, files.length, 'cross'));
  if (asOf) summary.getColumn(10 + AREAS.length + 3 + 6).numFmt = '0%';
  summary.addRow([]);
  summary.addRow(['Toàn tỉnh', `${totals.read}/${totals.files} tệp đọc được`, '', '', totals.tasks, totals.activities, totals.errors, totals.warnings, totals.hints, ...AREAS.map((area) => `${totals.areasCovered[area]}/${totals.read}`)]).font = { bold: true };

  const findings = sheetWith(workbook, 'Phát hiện', [['Tệp', 30], ['Đơn vị', 22], ['Mục', 30], ['TT', 6], ['Cột', 12], ['Mức', 10], ['Mã', 18], ['Nội dung', 90]]);
  const severity: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' };
  for (const file of files) {
    const unit = file.plan?.commune ? `${file.plan.unit ?? 'xã'} ${file.plan.commune}` : '';
    for (const f of file.findings) findings.addRow([xmlText(file.file), unit, xmlText(f.section ?? ''), f.number ?? '', f.field ?? '', severity[f.severity] ?? f.severity, f.code, xmlText(f.message)]);
  }
  findings.getColumn(8).alignment = { wrapText: true, vertical: 'top' };

  const missing = sheetWith(workbook, 'Nhiệm vụ thiếu', [['Mã nhiệm vụ', 24], ['Số đơn vị thiếu', 12], ['Các đơn vị thiếu', 100]]);
  const byTask = new Map<string, string[]>();
  for (const file of files) {
    const r = file.review;
    if (!r) continue;
    for (const id of r.missingTasks) byTask.set(id, [...(byTask.get(id) ?? []), r.commune ? `${r.unit ?? 'xã'} ${r.commune}` : file.file]);
  }
  for (const [id, units] of [...byTask].sort((a, b) => b[1].length - a[1].length)) missing.addRow([id, units.length, xmlText(units.join('; '))]);
  missing.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  // Each area summed over the province: the units that cover it, their tasks and activities in it, and the units that do not.
  const areas = sheetWith(workbook, 'Lĩnh vực', [['Lĩnh vực', 44], ['Số đơn vị có', 12], ['Số đơn vị chưa có', 14], ['Nhiệm vụ', 10], ['Hoạt động', 10], ['Các đơn vị chưa có', 80]]);
  for (const area of AREAS) {
    const lacking = files.flatMap((file) => (file.review && !file.review.areas[area] ? [file.review.commune ? `${file.review.unit ?? 'xã'} ${file.review.commune}` : file.file] : []));
    areas.addRow([AREA_TITLES[area], totals.areasCovered[area], totals.read - totals.areasCovered[area], totals.areaTotals[area].tasks, totals.areaTotals[area].activities, xmlText(lacking.join('; '))]);
  }
  areas.addRow(['Toàn tỉnh', totals.read, '', totals.tasks, totals.activities, '']).font = { bold: true };
  areas.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
