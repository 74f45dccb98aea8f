import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's command line: `SOFFICE` when set, else the one on the PATH. */
export const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** Plain-text exports: Word documents as UTF-8 text, workbooks as one UTF-8 CSV per sheet. */
const TARGETS = {
  docx: 'txt:Text (encoded):UTF8',
  xlsx: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
};

/**
 * Opens files in headless LibreOffice and exports their text, all in one call:
 * gives, for each file name, the text LibreOffice saw (the CSVs of a workbook's
 * sheets joined), or no entry when LibreOffice could not open it.
 */
export async function libreOfficeText(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-soffice-'));
  try {
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    await Promise.all([mkdir(input), mkdir(output)]);
    for (const [name, bytes] of files) await writeFile(join(input, name), bytes);
    for (const kind of ['docx', 'xlsx'] as const) {
      const names = [...files.keys()].filter((name) => name.endsWith(`.${kind}`)).map((name) => join(input, name));
      if (names.length === 0) continue;
      // A profile of its own: no first-start dialogs, no clash with a LibreOffice already running.
      await convert([`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', TARGETS[kind], '--outdir', output, ...names]);
    }
    const texts = new Map<string, string>();
    const exported = (await readdir(output)).sort();
    for (const name of files.keys()) {
      const stem = name.slice(0, name.lastIndexOf('.'));
      const parts = exported.filter((file) => file === `${stem}.txt` || (file.startsWith(`${stem}-`) && file.endsWith('.csv')) || file === `${stem}.csv`);
      if (parts.length > 0) texts.set(name, (await Promise.all(parts.map((part) => readFile(join(output, part), 'utf8')))).join('\n'));
    }
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function convert(args: string[]): Promise<void> {
  try {
    await run(SOFFICE, args, { timeout: 300_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`LibreOffice (${SOFFICE}) is not installed: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui, or set SOFFICE`);
    }
    throw error;
  }
}

/** Text compared across exports: quotes dropped (CSV doubles them), every run of white space one space. */
export function comparable(text: string): string {
  return text.replace(/"/g, '').replace(/\s+/g, ' ').trim();
}

/** The first of `texts` not found in `haystack` in the given order, or null when all are. */
export function firstMissingInOrder(haystack: string, texts: readonly string[]): string | null {
  let from = 0;
  for (const text of texts) {
    const at = haystack.indexOf(comparable(text), from);
    if (at < 0) return text;
    from = at;
  }
  return null;
}
