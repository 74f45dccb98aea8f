import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { seed000 } from '../fixtures/seed000';
import { seed004 } from '../fixtures/seed004';
import { TWO_LEVEL_PLANS } from '../fixtures/two-level';
import { cchc, inProcess } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('cchc-review-');
  await mkdir(join(dir, 'nop', 'dot-2'), { recursive: true });
  await writeFile(join(dir, 'nop', 'quang-khai-2023.docx'), await buildDocx(seed000()));
  await writeFile(join(dir, 'nop', 'thanh-xa-2023.xlsx'), await buildXlsx(seed004()));
  for (const plan of TWO_LEVEL_PLANS) await writeFile(join(dir, 'nop', 'dot-2', `${plan.spec().name}.docx`), await buildDocx(plan.spec()));
  await writeFile(join(dir, 'nop', 'dot-2', 'hong.docx'), 'not a zip');
  await writeFile(join(dir, 'nop', 'ghi-chu.txt'), 'not a plan');
});

type Review = { files: Array<{ file: string; error: string | null; plan: { unit: string; commune: string; year: number } | null; counts: { error: number } }>; totals: { files: number; read: number; unreadable: number } };

describe('cchc review: every commune\'s plan in one report', () => {
  it.each([
    ['in parallel workers (the built command)', async (args: string[]) => (await cchc(args)).stdout],
    ['in this process', async (args: string[]) => (await inProcess(args)).out],
  ])('reads every plan under the folders %s, one bad file never stopping the rest', async (_how, run) => {
    const report = JSON.parse(await run(['review', join(dir, 'nop'), '--json'])) as Review;
    expect(report.totals).toMatchObject({ files: 6, read: 5, unreadable: 1 });
    // In the order of the folders (sorted), whatever worker finished first.
    expect(report.files.map((f) => f.file.split('/').pop())).toEqual(['dac-khu-con-dao-2027.docx', 'hong.docx', 'phuong-nghi-son-2026.docx', 'xa-hoa-an-2027.docx', 'quang-khai-2023.docx', 'thanh-xa-2023.xlsx']);
    const byName = Object.fromEntries(report.files.map((f) => [f.file.split('/').pop(), f]));
    expect(byName['hong.docx'].error).toContain('không phải tệp Word');
    expect(byName['phuong-nghi-son-2026.docx'].plan).toMatchObject({ unit: 'phường', commune: 'Nghi Sơn', year: 2026 });
    expect(byName['quang-khai-2023.docx'].counts.error).toBeGreaterThan(0);
  });

  it('gives for each file exactly what check --json gives for it', async () => {
    const report = JSON.parse((await inProcess(['review', join(dir, 'nop'), '--json'])).out) as { files: Array<{ file: string; error: string | null; plan: Record<string, unknown> | null; summary: unknown; findings: Array<Record<string, unknown>> }> };
    for (const file of report.files.filter((f) => f.error === null)) {
      const checked = JSON.parse((await inProcess(['check', file.file, '--json'])).out) as { plan: Record<string, unknown>; summary: unknown; findings: Array<Record<string, unknown>> };
      expect(file.plan).toEqual(Object.fromEntries(Object.entries(checked.plan).filter(([key]) => key !== 'rows')));
      expect(file.summary).toEqual(checked.summary);
      expect(file.findings.map(({ code, severity, row, field, message }) => ({ code, severity, row, field, message }))).toEqual(checked.findings.map(({ code, severity, row, field, message }) => ({ code, severity, row, field, message })));
    }
  });

  it('writes a workbook a reviewer works in: summary, findings, missing tasks, areas', async () => {
    const out = join(dir, 'bao-cao.xlsx');
    const { code } = await cchc(['review', join(dir, 'nop'), '--as-of', '2026-06-30', '--out', out]);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Phát hiện', 'Nhiệm vụ thiếu', 'Lĩnh vực']);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.getRow(1).values).toEqual(expect.arrayContaining(['Tệp', 'Đơn vị', 'Lỗi', '% hoàn thành', 'Quá hạn']));
    const units = summary.getColumn(2).values.filter((v): v is string => typeof v === 'string');
    expect(units).toEqual(expect.arrayContaining(['phường Nghi Sơn', 'đặc khu Côn Đảo', 'xã Hòa An', 'xã Quang Khải']));
    expect(workbook.getWorksheet('Phát hiện')!.rowCount).toBeGreaterThan(5);
  });

  it('sums each area over the province: the units covering it, their tasks and activities, the units lacking it', async () => {
    const report = JSON.parse((await cchc(['review', join(dir, 'nop'), '--json', '--jobs', '1'])).stdout) as { files: Array<{ plan: { tasks: number; activities: number } | null }>; totals: { read: number; tasks: number; activities: number; areaTotals: Record<string, { tasks: number; activities: number }> } };
    const plans = report.files.flatMap((f) => (f.plan ? [f.plan] : []));
    expect(report.totals.tasks).toBe(plans.reduce((sum, p) => sum + p.tasks, 0));
    expect(report.totals.activities).toBe(plans.reduce((sum, p) => sum + p.activities, 0));
    expect(Object.keys(report.totals.areaTotals)).toHaveLength(7);
    expect(Object.values(report.totals.areaTotals).reduce((sum, a) => sum + a.activities, 0)).toBeGreaterThanOrEqual(report.totals.activities * 0.5);
    const out = join(dir, 'linh-vuc.xlsx');
    await cchc(['review', join(dir, 'nop'), '--out', out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const areas = workbook.getWorksheet('Lĩnh vực')!;
    expect(areas.getRow(1).values).toEqual(expect.arrayContaining(['Số đơn vị có', 'Số đơn vị chưa có', 'Nhiệm vụ', 'Hoạt động', 'Các đơn vị chưa có']));
    expect(areas.rowCount).toBe(9);
    expect(areas.getRow(9).values).toEqual(expect.arrayContaining(['Toàn tỉnh', report.totals.read, report.totals.tasks, report.totals.activities]));
    // Each area's row: covered + lacking = the plans read.
    for (let r = 2; r <= 8; r++) expect(Number(areas.getCell(r, 2).value) + Number(areas.getCell(r, 3).value)).toBe(report.totals.read);
  });

  it('--jobs 1 gives the same report; a bad --jobs is refused', async () => {
    const strip = (text: string) => JSON.parse(text).files;
    expect(strip((await cchc(['review', join(dir, 'nop'), '--json', '--jobs', '1'])).stdout)).toEqual(strip((await cchc(['review', join(dir, 'nop'), '--json'])).stdout));
    const bad = await inProcess(['review', join(dir, 'nop'), '--jobs', '0']);
    expect([bad.code, bad.err.trim()]).toEqual([2, 'Số luồng không hợp lệ: 0 (cần số nguyên từ 1 đến 64).']);
  });

  it('refuses a report that is not .xlsx, and a folder with no plan', async () => {
    expect((await inProcess(['review', join(dir, 'nop'), '--out', join(dir, 'r.docx')])).code).toBe(2);
    await mkdir(join(dir, 'empty'));
    const empty = await inProcess(['review', join(dir, 'empty')]);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('Không có tệp kế hoạch');
  });
});
