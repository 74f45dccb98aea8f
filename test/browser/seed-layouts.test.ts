import { DOCX, XLSX } from '../fixtures/file-kinds';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bundledCatalogue } from '../../src/catalogue/load';
import { recognise } from '../../src/plan/recognise';
import { isEvaluated, type Plan } from '../../src/plan/types';
import { SEED_LAYOUTS } from '../fixtures/seeds';
import { comparable, firstMissingInOrder, libreOfficeText, SOFFICE } from '../libreoffice/soffice';
import { expectText, previewSession } from './harness';
import { tempDir } from '../helpers/temp-dir';

const KINDS = [DOCX, XLSX];

/** The two catalogue tasks the clerk ticks, found by typing their names without diacritics. */
const TICKED = [
  { id: 'kh-tu-kiem-tra', search: 'tu kiem tra' },
  { id: 'chi-tieu-noi-bo', search: 'chi tieu noi bo' },
];
const ADDED = TICKED.reduce((sum, { id }) => sum + (bundledCatalogue(2025).tasks.find((task) => task.id === id)?.activities.length ?? 0), 0);

/** The downloaded file is also opened in LibreOffice where it is installed (.ci/run installs it). */
const hasLibreOffice = (() => {
  try {
    execFileSync('which', [SOFFICE]);
    return true;
  } catch {
    return false;
  }
})();

const session = previewSession();

describe.each(KINDS)('every seed layout as .$ext through the preview page', ({ ext, build, read }) => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))(
    'seed %s: open, see the counts, click a finding, insert two tasks, fill progress, download',
    async (id, seed) => {
      const { page, base } = session;
      const dir = await tempDir('cchc-layout-');
      const file = join(dir, `ke-hoach-${id}.${ext}`);
      await writeFile(file, await build(seed.spec()));
      await page.goto(`${base}/preview.html`);
      await page.getByTestId('file-input').setInputFiles(file);

      await expectText(page, 'commune', seed.expected.commune);
      await expectText(page, 'year', String(seed.expected.year));
      await expectText(page, 'task-count', String(seed.expected.tasks));
      await expectText(page, 'activity-count', String(seed.expected.activities));
      // A .docx is laid out by docx-preview; a workbook is drawn as the tables read.
      const view = page.getByTestId('document-view');
      await view.locator(ext === 'docx' ? '[data-testid="rendered-docx"] section.docx table' : 'figure.document-table table').first().waitFor();
      await expectFindingHighlighted(page);

      await page.getByRole('tab', { name: 'Thêm nhiệm vụ' }).click();
      for (const { id: task, search } of TICKED) {
        await page.getByTestId('catalogue-search').fill(search);
        await page.getByTestId(`task-${task}`).check();
      }
      await page.getByRole('button', { name: 'Thêm 2 nhiệm vụ vào kế hoạch' }).click();
      await page.getByTestId('insert-result').filter({ hasText: 'Đã thêm' }).waitFor();
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await expectText(page, 'activity-count', String(seed.expected.activities + ADDED));

      await page.getByRole('tab', { name: 'Đánh giá tiến độ' }).click();
      await page.getByTestId('as-of').fill(`${seed.expected.year}-06-30`);
      for (const box of await page.locator('textarea[data-testid^="explanation-"]').all()) await box.fill('Chờ hướng dẫn của cấp trên');
      await page.getByRole('button', { name: 'Ghi vào tài liệu' }).click();
      await page.getByTestId('progress-result').filter({ hasText: 'Đã ghi tiến độ' }).waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp về' }).click()]);
      expect(download.suggestedFilename()).toBe(`ke-hoach-${id}-cchc.${ext}`);
      const saved = join(dir, download.suggestedFilename());
      await download.saveAs(saved);
      const bytes = new Uint8Array(await readFile(saved));
      const written = await read(bytes);
      const result = recognise(written) as Plan;
      // The view shows the written file: a .docx laid out again with all its tables (an added appendix included).
      const shown = ext === 'docx' ? '[data-testid="rendered-docx"] section.docx table' : 'figure.document-table table';
      await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count, { selector: shown, count: written.tables.length });
      expect(result.rows).toHaveLength(seed.expected.activities + ADDED);
      expect(isEvaluated(result)).toBe(true);
      expect(result.columns.lead).toBe((recognise(await read(await build(seed.spec()))) as Plan).columns.lead);
      expect(result.rows.filter((row) => row.status !== '').length).toBeGreaterThan(0);
      expect(result.statedSummary?.activities).toBe(result.rows.length);

      if (hasLibreOffice) {
        const text = comparable((await libreOfficeText(new Map([[download.suggestedFilename(), bytes]]))).get(download.suggestedFilename()) ?? '');
        expect(firstMissingInOrder(text, result.rows.map((row) => row.activity))).toBeNull();
      }
      expect(session.consoleErrors).toEqual([]);
    },
    120000,
  );
});

/** Clicks the first finding that has a cell: the document view marks that cell and scrolls it into view. */
async function expectFindingHighlighted(page: Page): Promise<void> {
  const finding = page.locator('[data-testid="finding"][data-cell]').first();
  await finding.waitFor();
  const cell = await finding.getAttribute('data-cell');
  await finding.click();
  await page.locator(`[data-testid="selected-cell"][data-cell="${cell as string}"]`).waitFor({ state: 'attached' });
  const highlighted = page.getByTestId('document-view').locator('td[aria-current="true"]');
  await highlighted.waitFor();
  expect(await highlighted.getAttribute('data-address')).toBe(cell);
  expect(await highlighted.isVisible()).toBe(true);
}
