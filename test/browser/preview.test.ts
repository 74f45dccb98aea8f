import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { recognise } from '../../src/plan/recognise';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { seed001, SEED_001_EXPECTED } from '../fixtures/seed001';
import { seed004 } from '../fixtures/seed004';
import { translate } from '../../src/i18n';
import { BAD_INPUTS, refusalParams } from '../fixtures/bad-inputs';
import { hostileDocx } from '../fixtures/hostile-files';
import { cleanBody, cleanPlan } from '../fixtures/clean-plan';
import { withLegacyText } from '../fixtures/legacy-text';
import { SEED_LAYOUTS } from '../fixtures/seeds';
import { inProcess } from '../helpers/cli';
import { expectText, previewSession } from './harness';
import { tempDir } from '../helpers/temp-dir';

/** Corpus cases also tried through the preview page (the rest run against the CLI and the readers in npm test). */
const PANE_CASES = ['not a zip', 'a password-protected .docx', 'a zip bomb understating its size', 'a table with no plan header', 'a 50,000-row sheet'];

const session = previewSession();
let page: Page;
let base: string;
let consoleErrors: string[];
beforeEach(() => {
  ({ page, base, consoleErrors } = session);
});

describe('preview page', () => {
  it('shows the four tabs and the bundled sample plan with no console errors', async () => {
    await page.goto(`${base}/preview.html`);
    for (const name of ['Kiểm tra', 'Thêm nhiệm vụ', 'Đánh giá tiến độ', 'Cài đặt']) {
      await page.getByRole('tab', { name }).waitFor();
    }
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'commune', 'Quang Khải');
    await expectText(page, 'year', '2023');
    await expectText(page, 'task-count', '24');
    await expectText(page, 'activity-count', '25');
    await page.getByRole('table', { name: 'Lĩnh vực' }).getByRole('cell', { name: 'I. LĨNH VỰC CHỈ ĐẠO ĐIỀU HÀNH' }).waitFor();
    await page.getByTestId('document-view').getByRole('cell', { name: 'I. LĨNH VỰC CHỈ ĐẠO ĐIỀU HÀNH' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('opens an .xlsx from disk and downloads it under a suffixed name', async () => {
    const dir = await tempDir('cchc-preview-');
    const file = join(dir, 'tien-do.xlsx');
    await writeFile(file, await buildXlsx(seed004()));
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('file-input').setInputFiles(file);
    await expectText(page, 'commune', 'Thanh Xá');
    await expectText(page, 'activity-count', '10');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp về' }).click()]);
    expect(download.suggestedFilename()).toBe('tien-do-cchc.xlsx');
    const saved = join(dir, 'downloaded.xlsx');
    await download.saveAs(saved);
    const plan = recognise(await readXlsx(new Uint8Array(await readFile(saved))));
    expect(plan?.rows).toHaveLength(10);
    expect(consoleErrors).toEqual([]);
  });

  it.each(BAD_INPUTS.filter((input) => PANE_CASES.includes(input.case)).map((input) => [input.case, input] as const))(
    'says clearly in a message bar when the file is %s, and keeps working',
    async (_case, input) => {
      const file = join(await tempDir('cchc-preview-'), input.name);
      await writeFile(file, await input.bytes());
      await page.goto(`${base}/preview.html`);
      await page.getByTestId('file-input').setInputFiles(file);
      await page.getByText(translate('vi', input.refusal ?? 'error.corruptFile', refusalParams(input.refusal, input.name))).waitFor();
      // Nothing to download from a file that could not be read (a document without a plan table was read).
      expect(await page.getByRole('button', { name: 'Tải tệp về' }).isDisabled()).toBe(input.refusal !== 'error.noPlanTable');
      await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
      await expectText(page, 'activity-count', '25');
      expect(await page.getByRole('button', { name: 'Tải tệp về' }).isDisabled()).toBe(false);
      expect(consoleErrors).toEqual([]);
    },
  );

  it('switches to English in the settings tab', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('tab', { name: 'Check' }).waitFor();
  });
});

describe('opening, keyboard and labels', () => {
  it('opens a file dropped anywhere on the page', async () => {
    const bytes = await buildDocx(seed001());
    await page.goto(`${base}/preview.html`);
    const dataTransfer = await page.evaluateHandle(({ base64, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      return transfer;
    }, { base64: Buffer.from(bytes).toString('base64'), name: 'tha-vao.docx' });
    await page.dispatchEvent('[data-testid="document-view"]', 'drop', { dataTransfer });
    await expectText(page, 'file-name', 'tha-vao.docx');
    await expectText(page, 'activity-count', String(SEED_001_EXPECTED.activities));
    expect(consoleErrors).toEqual([]);
  });

  it('reaches a finding with the Tab key and selects its cell with Enter', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await page.locator('[data-testid="finding"][data-cell]').first().waitFor();
    let focused: { testId: string | null; cell: string | null } = { testId: null, cell: null };
    for (let presses = 0; presses < 80 && focused.testId !== 'finding'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => ({ testId: document.activeElement?.getAttribute('data-testid') ?? null, cell: document.activeElement?.getAttribute('data-cell') ?? null }));
    }
    expect(focused.testId).toBe('finding');
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="selected-cell"][data-cell="${focused.cell as string}"]`).waitFor({ state: 'attached' });
  });

  it('gives every control on every tab a name a screen reader can say', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');
    const unnamed: string[] = [];
    for (const tab of ['Kiểm tra', 'Thêm nhiệm vụ', 'Đánh giá tiến độ', 'Cài đặt']) {
      await page.getByRole('tab', { name: tab }).click();
      // In Playwright's accessibility tree a control with a name reads `- button "Name"`; one without has no quoted name.
      const tree = await page.locator('.preview-pane').ariaSnapshot();
      unnamed.push(...tree.split('\n').filter((line) => /^\s*- (button|textbox|searchbox|combobox|checkbox|radio|tab|spinbutton|slider|link)\b(?! ")/.test(line)).map((line) => `${tab}: ${line.trim()}`));
    }
    expect(unnamed).toEqual([]);
  });
});

describe('the whole job on the preview page', () => {
  it('checks the sample, selects a finding\'s cell, inserts two tasks, fills progress and downloads the result', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');

    const foreign = page.locator('[data-testid="finding"][data-code="foreign-commune"]').first();
    await foreign.waitFor();
    expect(await page.getByTestId('finding').count()).toBeGreaterThanOrEqual(9);
    await foreign.click();
    await page.locator(`[data-testid="selected-cell"][data-cell="${'w:0:2:1'}"]`).waitFor({ state: 'attached' });
    const highlighted = page.getByTestId('document-view').locator('td[aria-current="true"]');
    await highlighted.waitFor();
    expect(await highlighted.getAttribute('data-address')).toBe('w:0:2:1');
    expect(await highlighted.isVisible()).toBe(true);

    await page.getByRole('tab', { name: 'Thêm nhiệm vụ' }).click();
    await page.getByTestId('catalogue-search').fill('tu kiem tra');
    await page.getByTestId('task-kh-tu-kiem-tra').check();
    await page.getByTestId('catalogue-search').fill('chi tieu noi bo');
    await page.getByTestId('task-chi-tieu-noi-bo').check();
    await page.getByTestId('insert-preview').filter({ hasText: 'VI. CẢI CÁCH TÀI CHÍNH CÔNG' }).waitFor();
    await page.getByRole('button', { name: 'Thêm 2 nhiệm vụ vào kế hoạch' }).click();
    await page.getByTestId('insert-result').filter({ hasText: 'Đã thêm' }).waitFor();

    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await expectText(page, 'activity-count', '27');
    await page.getByTestId('document-view').getByRole('cell', { name: 'Ban hành Quy chế chi tiêu nội bộ năm 2023' }).waitFor();

    await page.getByRole('tab', { name: 'Đánh giá tiến độ' }).click();
    await page.getByTestId('as-of').fill('2023-06-30');
    await page.getByTestId('status-0').selectOption('Hoàn thành');
    await page.getByTestId('summary-preview').filter({ hasText: 'hoàn thành 1/27 hoạt động' }).waitFor();
    await page.getByTestId('status-1').selectOption('Không thực hiện');
    const write = page.getByRole('button', { name: 'Ghi vào tài liệu' });
    expect(await write.isDisabled()).toBe(true);
    await page.getByTestId('explanation-1').fill('Chờ hướng dẫn của huyện');
    await write.click();
    await page.getByTestId('progress-result').filter({ hasText: 'Đã ghi tiến độ' }).waitFor();
    // The result takes the focus, and keeps it only until the clerk works on: typing elsewhere is not interrupted.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('progress-result');
    await page.getByTestId('explanation-1').fill('Chờ hướng dẫn của tỉnh');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('explanation-1');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp về' }).click()]);
    expect(download.suggestedFilename()).toBe('ke-hoach-mau-cchc.docx');
    const saved = join(await tempDir('cchc-preview-'), 'result.docx');
    await download.saveAs(saved);
    const result = await readDocx(new Uint8Array(await readFile(saved)));
    const evaluation = recognise(result);
    // The plan stays the plan; its statuses come from the evaluation table written after it.
    expect(evaluation?.tables).toEqual([0]);
    expect(evaluation?.evaluation).not.toBeNull();
    expect(evaluation?.rows).toHaveLength(27);
    expect(evaluation?.rows[0].status).toBe('Hoàn thành');
    expect(evaluation?.rows[1]).toMatchObject({ status: 'Không thực hiện', explanation: 'Chờ hướng dẫn của huyện' });
    expect(evaluation?.rows.map((row) => row.activity)).toContain('Ban hành Quy chế chi tiêu nội bộ năm 2023');
    expect(result.text).toContain('hoàn thành 1/27 hoạt động, đạt 4%');
    expect(consoleErrors).toEqual([]);
  }, 60000);
});

describe('column corrections', () => {
  it('re-reads the plan with the clerk\'s column for a role and remembers it for the document', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');
    expect(await page.locator('[data-testid="finding"][data-code="missing-column"]').count()).toBe(0);
    // The column mapping is folded away until the clerk opens it.
    await page.getByText('Cột nhận diện').click();
    await page.getByTestId('column-coordinator').selectOption('');
    await page.locator('[data-testid="finding"][data-code="missing-column"]').first().waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await page.locator('[data-testid="finding"][data-code="missing-column"]').first().waitFor();
    expect(await page.getByTestId('column-coordinator').inputValue()).toBe('');
  });
});

describe('catalogue import in the settings tab', () => {
  it('lists what is wrong in a bad file and changes nothing; a good file replaces the catalogue', async () => {
    const dir = await tempDir('cchc-catalogue-');
    const task = { id: 'hop-dan', area: 'direction', task: 'Họp dân về CCHC', mandatory: false, activities: [{ activity: 'Họp dân', product: 'Biên bản', lead: 'Trưởng thôn', coordinator: '', deadline: 'Quý II' }], sources: [] };
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ version: 1, tasks: [{ ...task, area: 'sport' }] }));
    await writeFile(join(dir, 'good.json'), JSON.stringify({ version: 'xã 1', tasks: [task] }));
    await page.goto(`${base}/preview.html`);
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await expectText(page, 'catalogue-info', 'Phiên bản 2026.1, 76 nhiệm vụ');
    // The clerk picks the edition for plans up to 2025, and it is kept.
    await page.getByTestId('catalogue-edition').selectOption('2025');
    await expectText(page, 'catalogue-info', 'Phiên bản 2025.2, 63 nhiệm vụ');
    await page.getByTestId('catalogue-input').setInputFiles(join(dir, 'bad.json'));
    await expectText(page, 'catalogue-issues', 'nhiệm vụ 1, lĩnh vực: phải là một trong:');
    await expectText(page, 'catalogue-info', '63 nhiệm vụ');
    await page.getByTestId('catalogue-input').setInputFiles(join(dir, 'good.json'));
    await expectText(page, 'catalogue-info', 'Phiên bản xã 1, 1 nhiệm vụ');
    await page.reload();
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await expectText(page, 'catalogue-info', 'Phiên bản xã 1, 1 nhiệm vụ');
  });
});

describe('task pane page', () => {
  it('loads outside Office without errors and shows its tabs', async () => {
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole('tab', { name: 'Kiểm tra' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});

describe('a hostile .docx in the preview', () => {
  it('runs no script, fetches nothing, keeps its links as text and the page where it is', async () => {
    const dir = await tempDir('cchc-hostile-');
    await writeFile(join(dir, 'hostile.docx'), await hostileDocx());
    const started = Date.now();
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('file-input').setInputFiles(join(dir, 'hostile.docx'));
    await page.locator('[data-testid="rendered-docx"] section.docx table').first().waitFor({ timeout: 15000 });
    expect(Date.now() - started).toBeLessThan(15000);
    expect(await page.evaluate(() => (window as unknown as { __cchcPwned?: boolean }).__cchcPwned ?? false)).toBe(false);
    expect(await page.locator('[data-testid="rendered-docx"] iframe, [data-testid="rendered-docx"] a, [data-testid="rendered-docx"] script').count()).toBe(0);
    await page.getByText('Bấm vào đây').click();
    await page.getByText('Trang ngoài').click();
    expect(page.url()).toBe(`${base}/preview.html`);
    const styles = await page.evaluate(() => [...document.querySelectorAll('[data-testid="rendered-docx"] [style], [data-testid="rendered-docx"] style')].map((e) => (e.localName === 'style' ? e.textContent : e.getAttribute('style')) ?? '').join('\n'));
    expect(styles).not.toContain('127.0.0.1');
    // The page still answers: the check tab shows the plan read from the file.
    await expectText(page, 'activity-count', '11');
  });
});

describe('the pane at a Word task pane\'s width', () => {
  it.each([
    [320, 'vi'],
    [360, 'en'],
    [1366, 'vi'],
  ])('at %i px (%s): tabs visible, findings in the first screen, nothing wider than the pane, bars wrap, dates dd/mm/yyyy', async (width, lang) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${base}/preview.html?lang=${lang}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.getByRole('button', { name: lang === 'vi' ? 'Mở kế hoạch mẫu' : 'Open the sample plan' }).click();
    await page.getByTestId('activity-count').waitFor();
    const pane = await page.locator('.pane').boundingBox();
    const tops = new Set<number>();
    for (const tab of await page.getByRole('tab').all()) {
      const box = await tab.boundingBox();
      expect(box && pane && box.x >= pane.x - 1 && box.x + box.width <= pane.x + pane.width + 1).toBe(true);
      tops.add(Math.round(box?.y ?? -1));
    }
    // The four tabs fit on one line (icons and short labels in a narrow pane), each named by its full label.
    expect(tops.size).toBe(1);
    expect(await page.getByRole('tab').count()).toBe(4);
    const firstFinding = await page.getByTestId('finding').first().boundingBox();
    expect(firstFinding && firstFinding.y < 800).toBe(true);
    const overflow = await page.evaluate(() => [...document.querySelectorAll('.pane *')].filter((e) => e.getBoundingClientRect().right > (document.querySelector('.pane') as HTMLElement).getBoundingClientRect().right + 1).map((e) => e.className).slice(0, 3));
    expect(overflow).toEqual([]);
    // An insert's long result message wraps inside the pane.
    await page.getByRole('tab', { name: lang === 'vi' ? 'Thêm nhiệm vụ' : 'Add tasks' }).click();
    await page.getByTestId('task-kh-khac-phuc-chi-so').click();
    await page.getByRole('button', { name: lang === 'vi' ? /Thêm 1 nhiệm vụ/ : /Add 1 tasks/ }).click();
    const bar = await page.getByTestId('insert-result').boundingBox();
    // The result takes the focus after the insert, not the page's body.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('insert-result');
    const paneAfter = await page.locator('.pane').boundingBox();
    expect(bar && paneAfter && bar.x + bar.width <= paneAfter.x + paneAfter.width + 1).toBe(true);
    await page.getByRole('tab', { name: lang === 'vi' ? 'Đánh giá tiến độ' : 'Progress' }).click();
    expect(await page.getByTestId('as-of').inputValue()).toBe('30/06/2023');
  });
});

describe('fixing findings in one click', () => {
  it('fixes one finding, then all the rest, each as one write, and the findings go', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');
    const foreign = page.locator('[data-testid="finding"][data-code="foreign-commune"]');
    expect(await foreign.count()).toBe(2);
    await page.locator('li.finding-item', { has: page.locator('[data-code="foreign-commune"]') }).first().getByTestId('fix-one').click();
    await page.getByTestId('fix-result').filter({ hasText: 'Đã sửa 1 chỗ' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"][data-code="foreign-commune"]').length === 1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fix-result');
    await page.getByTestId('fix-all').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"][data-code="foreign-commune"], [data-testid="finding"][data-code="wrong-year"]').length === 0);
    await expectText(page, 'activity-count', '25');
  });
});

describe('a plan typed in TCVN3', () => {
  it('reads as Unicode, says the document uses an old encoding, and converts it in one click', async () => {
    const dir = await tempDir('cchc-preview-');
    const file = join(dir, 'ke-hoach-tcvn3.docx');
    await writeFile(file, await withLegacyText(await buildDocx(seed001()), 'tcvn3', 'style'));
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('file-input').setInputFiles(file);
    await expectText(page, 'commune', SEED_001_EXPECTED.commune);
    const finding = page.locator('[data-testid="finding"][data-code="old-encoding"]');
    await finding.filter({ hasText: 'TCVN3' }).waitFor();
    await page.locator('li.finding-item', { has: finding }).getByTestId('fix-one').click();
    await page.getByTestId('fix-result').filter({ hasText: 'Đã sửa 1 chỗ' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"][data-code="old-encoding"]').length === 0);
    await expectText(page, 'commune', SEED_001_EXPECTED.commune);
    expect(consoleErrors).toEqual([]);
  });
});

describe('starting a plan on the preview page', () => {
  it.each(['docx', 'xlsx'])('creates a phường plan for 2027 (.%s) that the pane reads back with no error', async (ext) => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page.getByTestId('new-plan-unit').fill('phường Hòa An');
    await page.getByTestId('new-plan-year').fill('2027');
    await page.getByRole('combobox', { name: 'Định dạng' }).selectOption(ext);
    await page.getByTestId('new-plan-create').click();
    await expectText(page, 'commune', 'Hòa An');
    await expectText(page, 'year', '2027');
    await expectText(page, 'file-name', `ke-hoach-cchc-2027.${ext}`);
    expect(await page.locator('[data-testid="finding"]').count()).toBe(0);
    await page.getByTestId('no-findings').waitFor();
  });
});

describe('the province review in the browser', () => {
  it('reviews several files at once, sorts them, opens one in the usual view and downloads the report', async () => {
    const dir = await tempDir('cchc-review-');
    const files: string[] = [];
    for (const [i, seed] of SEED_LAYOUTS.entries()) {
      const name = join(dir, `xa-${seed.id}.${i % 2 === 0 ? 'docx' : 'xlsx'}`);
      await writeFile(name, i % 2 === 0 ? await buildDocx(seed.spec()) : await buildXlsx(seed.spec()));
      files.push(name);
    }
    const broken = join(dir, 'hong.docx');
    await writeFile(broken, 'không phải tệp Word');
    files.push(broken);
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('review-input').setInputFiles(files);
    await page.getByTestId('review-status').filter({ hasText: '5/6 tệp đọc được' }).waitFor();
    // Each row as `cchc check --json` gives that file; the unreadable one with its reason.
    const rows = page.getByTestId('review-row');
    expect(await rows.count()).toBe(6);
    for (const file of files.slice(0, 5)) {
      const report = JSON.parse((await inProcess(['check', file, '--json'])).out);
      const row = rows.filter({ has: page.getByRole('button', { name: file.split('/').pop() }) });
      expect(await row.getAttribute('data-errors')).toBe(String(report.findings.filter((f: { severity: string }) => f.severity === 'error').length));
      await row.getByRole('cell', { name: report.plan.commune, exact: false }).first().waitFor();
    }
    await rows.last().filter({ hasText: 'hong.docx' }).waitFor();
    // Sorted by errors, most first; a click on the header turns the order.
    const errorsOf = async () => Promise.all((await rows.all()).slice(0, 5).map((row) => row.getAttribute('data-errors').then(Number)));
    const descending = await errorsOf();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.getByRole('columnheader', { name: 'Lỗi' }).getByRole('button').click();
    expect(await errorsOf()).toEqual([...descending].reverse());
    // The report as a workbook, in the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-download').click()]);
    expect(download.suggestedFilename()).toBe('tong-hop-cchc.xlsx');
    const saved = join(dir, 'tong-hop.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Phát hiện', 'Nhiệm vụ thiếu', 'Lĩnh vực']);
    // A file name opens that plan in the usual view; the review is one click away.
    await rows.filter({ hasText: 'xa-001' }).getByRole('button', { name: /xa-001/ }).click();
    await expectText(page, 'commune', SEED_001_EXPECTED.commune);
    await page.getByTestId('review-back').click();
    expect(await page.getByTestId('review-row').count()).toBe(6);
    expect(consoleErrors).toEqual([]);
  });
});

describe('fixes shown before they are made, choices offered, findings left', () => {
  it('shows what "Sửa" changes, fixes every finding of one kind, and "Bỏ qua" hides one for this document until shown again', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');
    const foreignItem = page.locator('li.finding-item', { has: page.locator('[data-code="foreign-commune"]') }).first();
    await foreignItem.getByTestId('fix-preview').filter({ hasText: '→' }).filter({ hasText: 'Quang Khải' }).waitFor();
    await foreignItem.getByTestId('fix-code').filter({ hasText: 'Sửa cả 2 chỗ loại này' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"][data-code="foreign-commune"]').length === 0);
    // Left for this document: hidden, counted, kept when the page is opened again, and shown again on request.
    const before = await page.getByTestId('finding').count();
    const first = page.locator('li.finding-item').first();
    const code = await first.getByTestId('finding').getAttribute('data-code');
    await first.getByTestId('ignore').click();
    await page.getByTestId('ignored-count').filter({ hasText: 'Đã bỏ qua 1 phát hiện' }).waitFor();
    expect(await page.getByTestId('finding').count()).toBe(before - 1);
    await page.reload();
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');
    await page.getByTestId('ignored-count').waitFor();
    await page.getByTestId('show-ignored').click();
    await page.waitForFunction((wanted) => document.querySelectorAll(`[data-testid="finding"][data-code="${wanted}"]`).length > 0, code);
    expect(await page.getByTestId('ignored-count').count()).toBe(0);
  });

  it('offers readable wordings for a deadline it cannot read, and writes the one picked', async () => {
    const body = cleanBody().map((row) => (row[0] === '5' ? [...row.slice(0, 6), 'Tháng 13/2025'] : row));
    const dir = await tempDir('cchc-preview-');
    const file = join(dir, 'thoi-han.docx');
    await writeFile(file, await buildDocx(cleanPlan(body)));
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('file-input').setInputFiles(file);
    const item = page.locator('li.finding-item', { has: page.locator('[data-code="deadline-unparsed"]') });
    await item.getByTestId('offer').first().waitFor();
    expect(await item.getByTestId('offer').allTextContents()).toEqual(['Quý IV/2025', 'Tháng 12/2025', 'Thường xuyên']);
    await item.getByTestId('offer').filter({ hasText: 'Quý IV/2025' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"][data-code="deadline-unparsed"]').length === 0);
    await page.getByTestId('document-view').getByText('Quý IV/2025').first().waitFor();
    expect(consoleErrors).toEqual([]);
  });
});

describe('starting a plan in the open document', () => {
  it('writes a plan at the end of a document without one, with the tasks the clerk chose', async () => {
    const dir = await tempDir('cchc-preview-');
    const file = join(dir, 'trong.docx');
    await writeFile(file, await buildDocx({ name: 'trong', blocks: [{ paragraph: 'Kế hoạch năm 2027 (đang soạn)' }] }));
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('start-plan').waitFor();
    await page.getByTestId('start-unit').fill('xã Hòa An');
    await page.getByTestId('start-year').fill('2027');
    await page.getByTestId('start-task-count').click();
    const ticked = page.locator('input[data-testid="start-task"]:checked');
    const chosen = await ticked.count();
    expect(chosen).toBeGreaterThan(10);
    await ticked.first().uncheck();
    await page.getByTestId('start-task-count').filter({ hasText: `đã chọn ${chosen - 1}/` }).waitFor();
    await page.getByTestId('start-create').click();
    await expectText(page, 'commune', 'Hòa An');
    await expectText(page, 'year', '2027');
    await expectText(page, 'task-count', String(chosen - 1));
    await page.getByTestId('fix-result').filter({ hasText: `Đã ghi kế hoạch: ${chosen - 1} nhiệm vụ` }).waitFor();
    expect(await page.locator('[data-testid="finding"]').evaluateAll((items) => items.filter((item) => item.closest('.finding-error')).length)).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('fills a header-only table in its own column order, in six areas', async () => {
    const dir = await tempDir('cchc-preview-');
    const file = join(dir, 'chi-co-tieu-de.docx');
    await writeFile(file, await buildDocx({
      name: 'header-only',
      blocks: [
        { paragraph: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH PHƯỜNG NGHI SƠN NĂM 2027' },
        { table: { rows: [['STT', 'Nhiệm vụ', 'Hoạt động cụ thể', 'Thời gian hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm']], headerRows: 1 } },
      ],
    }));
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('start-plan').filter({ hasText: 'theo thứ tự cột của bảng' }).waitFor();
    expect(await page.getByTestId('start-unit').inputValue()).toBe('phường Nghi Sơn');
    await page.getByTestId('start-layout').selectOption('six');
    await page.getByTestId('start-create').click();
    await expectText(page, 'commune', 'Nghi Sơn');
    await page.getByTestId('document-view').getByText('I. CẢI CÁCH THỂ CHẾ').or(page.getByTestId('document-view').getByText('CẢI CÁCH THỂ CHẾ', { exact: true })).first().waitFor();
    expect(Number(await page.getByTestId('activity-count').textContent())).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the document view keeps the pane in place', () => {
  it('shows a landscape page from its left edge and scrolls to the rest', async () => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page.getByTestId('new-plan-unit').fill('xã Hòa An');
    await page.getByTestId('new-plan-create').click();
    await expectText(page, 'commune', 'Hòa An');
    const pageBox = page.locator('.rendered-docx section.docx').first();
    await pageBox.waitFor();
    const [view, first] = [await page.getByTestId('document-view').boundingBox(), await pageBox.boundingBox()];
    expect(first && view && first.width > view.width).toBe(true);
    // Not cut off on the left: the page starts inside the view, and the view scrolls sideways to its right edge.
    expect(first && view && first.x >= view.x - 1).toBe(true);
    expect(await page.getByTestId('document-view').evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  });

  it('at 360 px a click on a finding highlights its cell without scrolling the page away from the pane', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');
    const finding = page.locator('[data-testid="finding"][data-cell]').first();
    await finding.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await finding.click();
    await page.locator('[data-testid="selected-cell"]').filter({ hasText: 'Đã tô sáng ô' }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
});

describe('the report date', () => {
  it('is picked on a Vietnamese calendar and shown dd/mm/yyyy', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await expectText(page, 'activity-count', '25');
    await page.getByRole('tab', { name: 'Đánh giá tiến độ' }).click();
    // The picker loads with the tab (a chunk of its own); the plain field stands in until then.
    const field = page.locator('[data-testid="as-of"][role="combobox"]');
    await field.waitFor();
    expect(await field.inputValue()).toBe('30/06/2023');
    await page.locator('.fui-DatePicker [role="button"]').click();
    await page.getByText('Tháng Sáu 2023').first().waitFor();
    await page.getByRole('gridcell', { name: /^15/ }).first().click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="as-of"]') as HTMLInputElement).value === '15/06/2023');
    await field.fill('31/12/2023');
    await field.press('Enter');
    expect(await field.inputValue()).toBe('31/12/2023');
    expect(consoleErrors).toEqual([]);
  });
});
