import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveFolder } from '../../scripts/serve-folder';

/** The built pages served from dist/web, one Chromium for a test file, a fresh page for each test. */
export interface PreviewSession {
  base: string;
  page: Page;
  consoleErrors: string[];
}

const WEB = resolve(__dirname, '../../dist/web');

/**
 * Registers the hooks of a browser test file and gives the live session. After each
 * test it checks that no request left the page's origin: the add-in makes no
 * network call of its own.
 */
export function previewSession(): PreviewSession {
  const session = { consoleErrors: [] as string[] } as PreviewSession;
  let browser: Browser;
  let server: Server;
  let requests: string[] = [];

  beforeAll(async () => {
    ({ url: session.base, server } = await serveFolder(WEB, { '/office-js': resolve(__dirname, '../../node_modules/@microsoft/office-js/dist') }));
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
    // A clerk's browser: Vietnamese (the pages follow the browser's language).
    session.page = await browser.newPage({ acceptDownloads: true, locale: 'vi-VN' });
    session.consoleErrors = [];
    session.page.on('console', (message) => {
      if (message.type() === 'error') session.consoleErrors.push(message.text());
    });
    session.page.on('pageerror', (error) => session.consoleErrors.push(error.message));
    requests = [];
    session.page.on('request', (request) => requests.push(request.url()));
  });

  afterEach(async () => {
    await session.page.close();
    expect(requests.filter((url) => !url.startsWith(`${session.base}/`) && !/^(data|blob):/.test(url))).toEqual([]);
  });

  return session;
}

/** Waits until the element with the test id shows the text. */
export async function expectText(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor({ timeout: 15000 });
}
