import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledCatalogue } from '../../src/catalogue/load';
import { newPlan, parseUnitName } from '../../src/plan/new-plan';
import { buildDocx } from '../fixtures/build';
import { inProcess } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';


let dir: string;
beforeAll(async () => {
  dir = await tempDir('cchc-new-');
});

describe('cchc new: a plan to start from that reads back as itself', () => {
  const cases = ['xã Hòa An', 'phường Nghi Sơn', 'đặc khu Côn Đảo'].flatMap((unit) => [2026, 2027].flatMap((year) => ['docx', 'xlsx'].map((ext) => [unit, year, ext] as const)));
  it.each(cases)('%s %i (.%s)', async (unitName, year, ext) => {
    const out = join(dir, `${unitName.replace(/\s+/g, '-')}-${year}.${ext}`);
    const created = await inProcess(['new', '--unit', unitName, '--year', String(year), '--out', out]);
    expect(created.code).toBe(0);
    const mandatory = bundledCatalogue(2026).tasks.filter((task) => task.mandatory);
    const report = JSON.parse((await inProcess(['check', out, '--json'])).out);
    const { unit, name } = parseUnitName(unitName)!;
    expect(report.plan).toMatchObject({ unit, commune: name, year, tasks: mandatory.length, activities: mandatory.reduce((n, t) => n + t.activities.length, 0) });
    expect(report.plan.sections).toHaveLength(7);
    // No error, no missing area, no missing mandatory task: exactly what was chosen.
    expect(report.findings).toEqual([]);
    const numbers = report.plan.rows.map((row: { number: string }) => row.number);
    expect([...new Set(numbers)]).toEqual(mandatory.map((_t, i) => String(i + 1)));
  });

  it('takes the tasks asked for, and refuses an unknown id or an existing file', async () => {
    const out = join(dir, 'chosen.docx');
    expect((await inProcess(['new', '--unit', 'xã Hòa An', '--year', '2027', '--tasks', 'kh-cchc,trung-tam-phvhcc', '--out', out])).code).toBe(0);
    const report = JSON.parse((await inProcess(['check', out, '--json'])).out);
    expect(report.plan.tasks).toBe(2);
    expect(report.findings.filter((f: { code: string }) => f.code === 'missing-area')).toHaveLength(5);
    const again = await inProcess(['new', '--unit', 'xã Hòa An', '--year', '2027', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('đã có');
    const unknown = await inProcess(['new', '--unit', 'xã Hòa An', '--year', '2027', '--tasks', 'khong-co', '--out', join(dir, 'x.docx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('khong-co');
  });

  it('fills placeholders with the unit: a phường plan says phường and names the phường office', () => {
    const plan = newPlan('phường', 'Nghi Sơn', 2027, bundledCatalogue(2026).tasks);
    const text = [...plan.title, ...plan.sections.flatMap((section) => [section.title, ...section.tasks.flatMap((task) => [task.task, ...task.activities.flatMap((a) => Object.values(a))])])].join('\n');
    expect(text).not.toMatch(/\{|UBND xã|của xã/);
    expect(text).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(plan.title[0]).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NGHI SƠN');
  });
});

describe('a plan still to be written', () => {
  it('a header-only table is an empty plan (error, exit 1) with every area missing', async () => {
    const file = join(dir, 'header-only.docx');
    await writeFile(file, await buildDocx({ name: 'empty', blocks: [{ paragraph: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH XÃ HÒA AN NĂM 2027' }, { table: { rows: [['TT', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành']] } }] }));
    const { code, out } = await inProcess(['check', file, '--json']);
    expect(code).toBe(1);
    const codes = JSON.parse(out).findings.map((f: { code: string }) => f.code);
    expect(codes.filter((c: string) => c === 'empty-plan')).toHaveLength(1);
    expect(codes.filter((c: string) => c === 'missing-area')).toHaveLength(7);
  });

  it('a document with no plan table says how to start one (exit 2)', async () => {
    const file = join(dir, 'letter.docx');
    await writeFile(file, await buildDocx({ name: 'letter', blocks: [{ paragraph: 'Kính gửi UBND tỉnh' }] }));
    const { code, err } = await inProcess(['check', file]);
    expect(code).toBe(2);
    expect(err).toContain('cchc new');
  });
});

describe('cchc new --areas 6: the six areas of Nghị quyết 76/NQ-CP', () => {
  it.each(['docx', 'xlsx'])('direction work at the head of the first section; read back with no finding (.%s)', async (ext) => {
    const out = join(dir, `sau-linh-vuc.${ext}`);
    expect((await inProcess(['new', '--unit', 'phường Hòa An', '--year', '2027', '--areas', '6', '--out', out])).code).toBe(0);
    const report = JSON.parse((await inProcess(['check', out, '--json'])).out);
    expect(report.plan.sections.map((s: { title: string }) => s.title)).toEqual(['I. CẢI CÁCH THỂ CHẾ', 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'III. CẢI CÁCH TỔ CHỨC BỘ MÁY', 'IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', 'V. CẢI CÁCH TÀI CHÍNH CÔNG', 'VI. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ']);
    const mandatory = bundledCatalogue(2026).tasks.filter((task) => task.mandatory);
    expect(report.plan.tasks).toBe(mandatory.length);
    expect(report.findings).toEqual([]);
    const refused = await inProcess(['new', '--unit', 'phường Hòa An', '--year', '2027', '--areas', '5', '--out', join(dir, 'x5.docx')]);
    expect(refused.code).toBe(2);
  });
});
