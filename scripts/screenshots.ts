/**
 * `npm run screenshots`: the main screens of the preview page, taken in Debian's
 * Chromium over the bundled sample plan, written to docs/screenshots/ for the README.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveFolder } from './serve-folder';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'docs/screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const { url, server } = await serveFolder(join(ROOT, 'dist/web'), { '/office-js': join(ROOT, 'node_modules/@microsoft/office-js/dist') });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  try {
    // A clerk's browser: Vietnamese (the page follows the browser's language).
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
    await page.goto(`${url}/preview.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    const finding = page.locator('[data-testid="finding"][data-code="foreign-commune"]').first();
    await finding.click();
    await page.getByTestId('document-view').locator('td[aria-current="true"]').waitFor();
    await shoot(page, 'check');

    await page.getByRole('tab', { name: 'Thêm nhiệm vụ' }).click();
    await page.getByTestId('catalogue-search').fill('tu kiem tra');
    await page.getByTestId('task-kh-tu-kiem-tra').check();
    await page.getByTestId('insert-preview').first().waitFor();
    await shoot(page, 'insert');

    await page.getByRole('tab', { name: 'Đánh giá tiến độ' }).click();
    await page.getByTestId('as-of').fill('2023-06-30');
    await page.getByTestId('status-0').selectOption('Hoàn thành');
    await page.getByTestId('summary-preview').waitFor();
    await shoot(page, 'progress');

    // The pane at a Word task pane's width.
    const narrow = await browser.newPage({ viewport: { width: 320, height: 800 }, locale: 'vi-VN' });
    await narrow.goto(`${url}/preview.html`);
    await narrow.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
    await narrow.getByTestId('activity-count').waitFor();
    await shoot(narrow, 'check-320');
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
