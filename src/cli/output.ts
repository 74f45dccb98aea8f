import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** Where a command writes its result: --out, the input itself with --in-place, else "<name>-cchc.<ext>" beside it. */
export function outputPath(input: string, out: string | undefined, inPlace: boolean | undefined): string {
  if (inPlace) return input;
  if (out) return out;
  const extension = extname(input);
  return join(dirname(input), `${basename(input, extension)}-cchc${extension}`);
}

/** Writes a file atomically: a temporary file beside it, then a rename; nothing is left half-written. */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
