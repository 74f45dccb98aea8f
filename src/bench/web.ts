import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveFolder } from '../../scripts/serve-folder';

export interface BundleSize {
  /** Scripts taskpane.html loads before the pane shows, gzip-compressed. */
  initialGzipKb: number;
  /** Every script of the build (file readers and writers are loaded when a file is opened). */
  totalGzipKb: number;
}

/** Sizes of the production build in `dist/web` (run `npm run build` first). */
export async function bundleSize(web: string): Promise<BundleSize> {
  const html = await readFile(join(web, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+\.js)/g)].map((match) => match[1]).filter((src) => !src.includes('office-js') && !/^https?:/.test(src));
  const all = (await readdir(web)).filter((name) => name.endsWith('.js'));
  const gzipKb = async (names: string[]): Promise<number> => {
    let bytes = 0;
    for (const name of names) bytes += gzipSync(await readFile(join(web, name.replace(/^\.?\//, '')))).length;
    return Math.round(bytes / 102.4) / 10;
  };
  return { initialGzipKb: await gzipKb(initial), totalGzipKb: await gzipKb(all) };
}

/**
 * Time from navigation to the preview page's tabs being on screen, in headless
 * Chromium (median of `runs` fresh pages), and to the bundled sample plan's counts.
 */
export async function firstRender(web: string, officeJs: string, runs = 5): Promise<{ tabsMs: number; sampleMs: number }> {
  const { url, server } = await serveFolder(web, { '/office-js': officeJs });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'],
  });
  try {
    const tabs: number[] = [];
    const sample: number[] = [];
    for (let run = 0; run < runs; run++) {
      // The clerk's browser: the page follows the browser's language.
      const page = await browser.newPage({ locale: 'vi-VN' });
      await page.goto(`${url}/preview.html`);
      await page.getByRole('tab').first().waitFor();
      tabs.push(await page.evaluate(() => performance.now()));
      const clicked = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Mở kế hoạch mẫu' }).click();
      await page.getByTestId('activity-count').waitFor();
      sample.push((await page.evaluate(() => performance.now())) - clicked);
      await page.close();
    }
    return { tabsMs: median(tabs), sampleMs: median(sample) };
  } finally {
    await browser.close();
    server.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}
