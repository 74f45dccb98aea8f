import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { DocumentError } from '../hosts/errors';
import type { FileKind } from '../hosts/files';
import { convertibleKind } from './convertible';

const run = promisify(execFile);

/** A conversion that takes longer is given up (a plan converts in a few seconds). */
const CONVERT_TIMEOUT_MS = 120_000;

/** The LibreOffice command on this machine, or null. */
export async function findSoffice(): Promise<string | null> {
  for (const command of [process.env.SOFFICE, 'soffice', 'libreoffice'].filter((c): c is string => Boolean(c))) {
    try {
      await run(command, ['--version'], { timeout: 30_000 });
      return command;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * A copy of a .doc/.rtf/.odt/.xls/.ods converted to .docx/.xlsx by headless LibreOffice in a
 * temporary folder (own profile, no network use, time-limited); the input is never touched.
 */
export async function convertWithLibreOffice(name: string, bytes: Uint8Array): Promise<{ bytes: Uint8Array; kind: FileKind }> {
  const kind = convertibleKind(name);
  if (!kind) throw new DocumentError('error.unsupportedType', { name });
  const soffice = await findSoffice();
  if (!soffice) throw new DocumentError('error.needsLibreOffice', { name });
  const dir = await mkdtemp(join(tmpdir(), 'cchc-convert-'));
  try {
    const input = join(dir, `input${extname(name).toLowerCase()}`);
    await writeFile(input, bytes);
    await run(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', kind, '--outdir', join(dir, 'out'), input], {
      timeout: CONVERT_TIMEOUT_MS,
    });
    return { bytes: new Uint8Array(await readFile(join(dir, 'out', `input.${kind}`))), kind };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('error.conversionFailed', { name: basename(name) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
