import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { recognise } from '../../src/plan/recognise';
import { buildXlsx } from '../fixtures/build';
import { seed004 } from '../fixtures/seed004';
import { serveFolder } from './serve';

const WEB = resolve(__dirname, '../../dist/web');
let browser: Browser;
let server: Server;
let base: string;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  ({ url: base, server } = await serveFolder(WEB, { '/office-js': resolve(__dirname, '../../node_modules/@microsoft/office-js/dist') }));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ acceptDownloads: true });
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterEach(async () => {
  await page.close();
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
    await page.getByRole('cell', { name: 'I. LĨNH VỰC CHỈ ĐẠO ĐIỀU HÀNH' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('opens an .xlsx from disk and downloads it under a suffixed name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-preview-'));
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

  it('says clearly when a file is not a plan', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-preview-'));
    const file = join(dir, 'hong.docx');
    await writeFile(file, 'not a zip');
    await page.goto(`${base}/preview.html`);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByText('Đây không phải tệp Word (.docx) hay Excel (.xlsx) hợp lệ.').waitFor();
  });

  it('switches to English in the settings tab', async () => {
    await page.goto(`${base}/preview.html`);
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('tab', { name: 'Check' }).waitFor();
  });
});

describe('task pane page', () => {
  it('loads outside Office without errors and shows its tabs', async () => {
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole('tab', { name: 'Kiểm tra' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});

async function expectText(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor({ timeout: 15000 });
}
