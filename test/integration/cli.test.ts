import { readFile, writeFile } from 'node:fs/promises';
import Module from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { cleanPlan } from '../fixtures/clean-plan';
import { seed000 } from '../fixtures/seed000';
import { seed004 } from '../fixtures/seed004';
import { cchc, inProcess } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('cchc-cli-');
  await writeFile(join(dir, 'plan.docx'), await buildDocx(seed000()));
  await writeFile(join(dir, 'plan.xlsx'), await buildXlsx(seed004()));
  await writeFile(join(dir, 'not-a-zip.docx'), 'hello');
  await writeFile(join(dir, 'legacy.doc.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
  await writeFile(join(dir, 'empty.xlsx'), '');
  await writeFile(join(dir, 'clean.docx'), await buildDocx(cleanPlan()));
  const task = { id: 'hop-dan', area: 'direction', task: 'Tổ chức họp dân về CCHC', mandatory: true, activities: [{ activity: 'Họp dân tại các thôn', product: 'Biên bản', lead: 'Trưởng thôn', coordinator: '', deadline: 'Quý II' }], sources: [] };
  await writeFile(join(dir, 'catalogue.json'), JSON.stringify({ version: 1, tasks: [task] }));
  await writeFile(join(dir, 'bad-catalogue.json'), JSON.stringify({ version: 1, tasks: [{ ...task, area: 'sport' }] }));
  await writeFile(join(dir, 'letter.docx'), await buildDocx({ name: 'letter', blocks: [{ paragraph: 'Kính gửi UBND huyện' }] }));
});

describe('cchc check --json', () => {
  it('prints the DESIGN §7 object for a .docx plan', async () => {
    const { code, out } = await inProcess(['check', join(dir, 'plan.docx'), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.file).toBe('plan.docx');
    expect(report.plan).toMatchObject({ commune: 'Quang Khải', year: 2023, tables: [0], tasks: 24, activities: 25 });
    expect(Object.keys(report.plan.columns)).toEqual(
      ['task', 'activity', 'product', 'lead', 'coordinator', 'deadline', 'number', 'start', 'status', 'explanation', 'note'],
    );
    expect(report.plan.sections[0]).toEqual({ title: 'I. LĨNH VỰC CHỈ ĐẠO ĐIỀU HÀNH', areas: ['direction'], tasks: 10, activities: 11 });
    expect(report.plan.rows[0]).toEqual({
      section: 0,
      number: '1',
      task: '1. Ban hành kế hoạch CCHC năm 2023',
      activity: 'Xây dựng Kế hoạch CCHC nhà nước xã Chí Minh năm 2023',
      product: 'Kế hoạch của UBND xã',
      lead: 'CC Văn phòng Nội vụ',
      coordinator: 'Các công chức UBND xã có liên quan',
      deadline: 'Tháng 12/2022',
      deadlineKind: 'month',
      due: '2022-12-31',
      status: null,
    });
    expect(report.summary).toBeNull();
    expect(report.findings).toContainEqual({
      code: 'foreign-commune',
      severity: 'warning',
      row: 0,
      field: 'activity',
      message: 'Ô ghi "xã Chí Minh" nhưng đây là kế hoạch của xã Quang Khải (có thể sót khi sao chép kế hoạch khác). Sửa lại tên đơn vị; nếu là đơn vị cũ trước sắp xếp, ghi thêm "(cũ)" hoặc khai báo đơn vị cũ.',
      cell: expect.stringMatching(/^w:0:2:1$/),
    });
  });

  it('reads statuses of a progress table from .xlsx', async () => {
    const { code, out } = await inProcess(['check', join(dir, 'plan.xlsx'), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.summary).toEqual({
      tasks: 8, activities: 10, tasksDone: 5, done: 7, inProgress: 3, notYet: 0, notDone: 0, unassessed: 0,
      stated: expect.stringContaining('30/38 hoạt động'),
    });
    expect(report.findings.map((f: { code: string }) => f.code)).toContain('summary-mismatch');
    expect(report.plan.columns.status).toBe(3);
    expect(report.plan.rows[0].status).toBe('Hoàn thành');
    expect(report.plan.activities).toBe(10);
  });
});

describe('cchc exit codes and messages', () => {
  it.each([
    ['not-a-zip.docx', 'không phải tệp Word'],
    ['legacy.doc.docx', 'mật khẩu'],
    ['empty.xlsx', 'Tệp rỗng'],
    ['letter.docx', 'Không tìm thấy bảng kế hoạch'],
    ['missing.docx', 'Không tìm thấy tệp'],
    ['notes.txt', 'Chỉ đọc được tệp .docx và .xlsx'],
  ])('%s → exit 2 with one clear line', async (name, message) => {
    const { code, stdout, stderr } = await cchc(['check', join(dir, name)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('answers in English with --lang en', async () => {
    const { code, stderr } = await cchc(['check', join(dir, 'not-a-zip.docx'), '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('not a valid Word');
  });

  it('prints the plan and its findings grouped by section, exit 1 on errors', async () => {
    const { code, stdout } = await cchc(['check', join(dir, 'plan.docx')]);
    expect(code).toBe(1);
    expect(stdout).toContain('Quang Khải');
    expect(stdout).toContain('24 nhiệm vụ, 25 hoạt động, 7 lĩnh vực');
    expect(stdout).toContain('Phát hiện: 1 lỗi, 8 cảnh báo');
    const finance = stdout.slice(stdout.indexOf('\nVI. CẢI CÁCH TÀI CHÍNH CÔNG'));
    expect(finance).toContain('[Lỗi] TT 2: Thời hạn "Tháng 01 và tháng 12/2024" nằm ngoài năm kế hoạch 2023');
  });

  it('exits 0 on a plan without errors', async () => {
    const { code, stdout } = await cchc(['check', join(dir, 'clean.docx'), '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Findings: 0 errors, 0 warnings');
  });

  it('uses the clerk\'s catalogue and rejects a broken one with what is wrong', async () => {
    const good = await cchc(['check', join(dir, 'clean.docx'), '--catalogue', join(dir, 'catalogue.json'), '--json']);
    expect(JSON.parse(good.stdout).findings).toEqual([expect.objectContaining({ code: 'missing-standard-task', severity: 'info' })]);
    const bad = await cchc(['check', join(dir, 'clean.docx'), '--catalogue', join(dir, 'bad-catalogue.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('tasks[0].area');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown command with the usage', async () => {
    const { code, stderr } = await cchc(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('cchc check');
  });

  it('leaves the input file untouched', async () => {
    const before = await readFile(join(dir, 'plan.docx'));
    await cchc(['check', join(dir, 'plan.docx'), '--json']);
    expect(await readFile(join(dir, 'plan.docx'))).toEqual(before);
  });
});

describe('cchc insert and cchc catalogue', () => {
  it('inserts catalogue tasks into a copy, leaving the input untouched', async () => {
    const input = join(dir, 'plan.docx');
    const before = await readFile(input);
    const { code, out } = await inProcess(['insert', input, '--task', 'kh-khac-phuc-chi-so,cong-khai-ngan-sach', '--out', join(dir, 'inserted.docx')]);
    expect(code).toBe(0);
    expect(out).toContain('vào mục "VI. CẢI CÁCH TÀI CHÍNH CÔNG"');
    expect(await readFile(input)).toEqual(before);
    const report = JSON.parse((await inProcess(['check', join(dir, 'inserted.docx'), '--json'])).out);
    expect(report.plan.activities).toBe(27);
    expect(report.plan.rows.map((row: { task: string }) => row.task)).toContain('11. Ban hành Kế hoạch khắc phục hạn chế của Chỉ số cải cách hành chính năm 2022');
  });

  it('refuses a task already in the plan (exit 2, nothing written) unless --allow-duplicate', async () => {
    const input = join(dir, 'plan.docx');
    const refused = await inProcess(['insert', input, '--task', 'kh-tu-kiem-tra,de-an-06', '--out', join(dir, 'twice.docx')]);
    expect(refused.code).toBe(2);
    expect(refused.err.trim().split('\n')).toEqual(['Nhiệm vụ đã có trong kế hoạch: kh-tu-kiem-tra. Không thêm lần nữa (dùng --allow-duplicate nếu thật sự cần).']);
    await expect(readFile(join(dir, 'twice.docx'))).rejects.toThrow();
    const allowed = await inProcess(['insert', input, '--task', 'kh-tu-kiem-tra', '--allow-duplicate', '--out', join(dir, 'twice.docx')]);
    expect(allowed.code).toBe(0);
  });

  it('refuses an unknown task id and writes nothing', async () => {
    const { code, err } = await inProcess(['insert', join(dir, 'plan.docx'), '--task', 'no-such-task', '--out', join(dir, 'never.docx')]);
    expect(code).toBe(2);
    expect(err).toContain('no-such-task');
    await expect(readFile(join(dir, 'never.docx'))).rejects.toThrow();
  });

  it('inserts in place into an .xlsx when asked', async () => {
    await writeFile(join(dir, 'inplace.xlsx'), await buildXlsx(cleanPlan()));
    const { code } = await inProcess(['insert', join(dir, 'inplace.xlsx'), '--task', 'de-an-06', '--in-place']);
    expect(code).toBe(0);
    const report = JSON.parse((await inProcess(['check', join(dir, 'inplace.xlsx'), '--json'])).out);
    expect(report.plan.activities).toBe(13);
    expect(report.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  });

  it('lists and searches the catalogue', async () => {
    const { code, out } = await inProcess(['catalogue', '--json', '--search', 'tuyen truyen']);
    expect(code).toBe(0);
    const listed = JSON.parse(out);
    expect(listed.tasks.map((task: { id: string }) => task.id)).toContain('kh-tuyen-truyen');
    expect(listed.tasks.every((task: { task: string; activities: Array<{ activity: string }> }) => /tuyên truyền/i.test(JSON.stringify(task)))).toBe(true);
  });
});

describe('cchc progress', () => {
  it('fills a Word plan with an appendix table and prints the re-read summary as JSON', async () => {
    await writeFile(join(dir, 'clean-progress.docx'), await buildDocx(cleanPlan()));
    const { code, out } = await inProcess(['progress', join(dir, 'clean-progress.docx'), '--as-of', '2025-06-30', '--status', '0=done', '--status', '5=Hoàn thành', '--json']);
    const report = JSON.parse(out);
    expect(code).toBe(1);
    expect(report.output).toBe(join(dir, 'clean-progress-cchc.docx'));
    expect(report.summary).toEqual({ tasks: 10, activities: 11, tasksDone: 2, done: 2, inProgress: 3, notYet: 3, notDone: 0, unassessed: 3, stated: expect.stringContaining('hoàn thành 2/11 hoạt động, đạt 18%') });
    expect(report.findings.filter((f: { code: string }) => f.code === 'status-missing')).toHaveLength(3);
    const reread = JSON.parse((await inProcess(['check', report.output, '--json'])).out);
    expect(reread.summary).toEqual(report.summary);
  });

  it('takes everyday status words and explanations; free text is kept with a line saying how it counts', async () => {
    await writeFile(join(dir, 'words.docx'), await buildDocx(cleanPlan()));
    const args = ['progress', join(dir, 'words.docx'), '--as-of', '2025-06-30', '--json'];
    const choices = ['--status', '0=xong', '--status', '1=chưa thực hiện', '--explanation', '1=Chưa bố trí được kinh phí', '--status', '2=Xem báo cáo riêng'];
    const { out, err } = await inProcess([...args, ...choices]);
    const report = JSON.parse(out);
    expect(report.plan.rows.slice(0, 3).map((row: { status: string }) => row.status)).toEqual(['Hoàn thành', 'Không thực hiện', 'Xem báo cáo riêng']);
    expect(report.findings.filter((f: { code: string; row: number }) => f.code === 'explanation-missing' && f.row === 1)).toEqual([]);
    expect(err.trim().split('\n')).toEqual(['Dòng 2: "Xem báo cáo riêng" không phải một trong bốn tiến độ (Hoàn thành, Đang triển khai, Chưa đến thời điểm, Không thực hiện); được ghi nguyên văn và tính là chưa đánh giá.']);
    expect(report.summary).toMatchObject({ done: 1, notDone: 1 });
    const { summary } = report;
    expect(summary.done + summary.inProgress + summary.notYet + summary.notDone + summary.unassessed).toBe(summary.activities);
  });

  it('writes progress twice into one evaluation table, then inserts into the plan table', async () => {
    await writeFile(join(dir, 'twice.docx'), await buildDocx(cleanPlan()));
    const first = JSON.parse((await inProcess(['progress', join(dir, 'twice.docx'), '--as-of', '2025-06-30', '--status', '0=xong', '--in-place', '--json'])).out);
    const second = JSON.parse((await inProcess(['progress', join(dir, 'twice.docx'), '--as-of', '2025-09-30', '--in-place', '--json'])).out);
    expect(second.plan.tables).toEqual(first.plan.tables);
    expect(second.plan.columns).toEqual(first.plan.columns);
    expect(second.plan.rows[0].status).toBe('Hoàn thành');
    const inserted = await inProcess(['insert', join(dir, 'twice.docx'), '--task', 'cong-khai-ngan-sach', '--in-place']);
    expect(inserted.out).toContain('Bảng đánh giá tiến độ chưa có 1 hoạt động vừa thêm');
    const after = JSON.parse((await inProcess(['check', join(dir, 'twice.docx'), '--json'])).out);
    expect(after.plan.tables).toEqual(first.plan.tables);
    expect(after.plan.activities).toBe(first.plan.activities + 1);
    expect(after.plan.commune).toBe(first.plan.commune);
  });

  it('fills the existing Tiến độ column of a progress sheet in place', async () => {
    await writeFile(join(dir, 'report.xlsx'), await buildXlsx(seed004()));
    const { code, out } = await inProcess(['progress', join(dir, 'report.xlsx'), '--as-of', '2023-09-11', '--in-place']);
    expect(code).toBe(0);
    expect(out).toContain('hoàn thành 7/10 hoạt động, đạt 70%');
    const reread = JSON.parse((await inProcess(['check', join(dir, 'report.xlsx'), '--json'])).out);
    expect(reread.findings.map((f: { code: string }) => f.code)).not.toContain('summary-mismatch');
  });

  it.each([
    [['--as-of', '31/02/2025'], '31/02/2025'],
    [['--as-of', '2025-06-30', '--status', '99=done'], '99=done'],
    [['--as-of', '2025-06-30', '--mode', 'sideways'], 'sideways'],
  ])('rejects %j with a clear message and writes nothing', async (options, message) => {
    const { code, err } = await inProcess(['progress', join(dir, 'plan.docx'), ...options, '--out', join(dir, 'never.docx')]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    await expect(readFile(join(dir, 'never.docx'))).rejects.toThrow();
  });
});

describe('the one-file command line', () => {
  const file = join(__dirname, '../../dist/cli/cchc.js');
  const cacheOf = (bytes: Buffer) => ({ mark: bytes.toString('latin1', 0, bytes.indexOf(0x0a)), data: bytes.subarray(bytes.indexOf(0x0a) + 1) });

  it('has a code cache made for this build, which V8 takes', async () => {
    const source = await readFile(file, 'utf8');
    const { mark, data } = cacheOf(await readFile(`${file}.cache`));
    expect(source.startsWith(`/*! ${mark} */`)).toBe(true);
    const script = new Script(Module.wrap(source), { filename: file, cachedData: data });
    expect(script.cachedDataRejected).toBe(false);
  });
});
