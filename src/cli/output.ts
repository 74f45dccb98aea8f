import { randomBytes } from 'node:crypto';
import { chmod, chown, lstat, open, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DocumentError } from '../hosts/errors';
import { fileKindOf } from '../hosts/files';
import type { Edit } from '../plan/edits';
import type { SourceDocument } from '../plan/types';
import type { PlanToChange } from './input';

/**
 * Where a command writes its result: the input itself with --in-place, --out, else
 * "<name>-cchc.<ext>" beside it. --out must be of the input's kind and may not be the
 * input (that is what --in-place says).
 */
export async function outputPath(input: string, out: string | undefined, inPlace: boolean | undefined): Promise<string> {
  if (inPlace) return input;
  if (!out) {
    const extension = extname(input);
    return join(dirname(input), `${basename(input, extension)}-cchc${extension}`);
  }
  if (fileKindOf(out) !== fileKindOf(input)) throw new DocumentError('error.outKind', { name: out, kind: fileKindOf(input) });
  if (await sameFile(input, out)) throw new DocumentError('error.outIsInput', { name: out });
  return out;
}

/**
 * What a command changes in a plan file: its name, its writer and the edits. The document and
 * plan it was read into are left out on purpose, so that they can go before the written file
 * is read back (tens of megabytes at 20,000 activities).
 */
export interface PlanChange {
  name: string;
  write: PlanToChange['write'];
  edits: readonly Edit[];
}

/**
 * Writes a plan file with its edits to where --out / --in-place say and returns that path
 * and the document as read back from the written bytes (a write that would not read back is
 * refused before it replaces anything).
 */
export async function writeChangedPlan({ name, write, edits }: PlanChange, out: string | undefined, inPlace: boolean | undefined): Promise<{ target: string; written: SourceDocument }> {
  const target = await outputPath(name, out, inPlace);
  const verified: { doc?: SourceDocument } = {};
  const written = await write(edits);
  await writeAtomically(target, written.bytes, async (bytes) => (verified.doc = await written.readBack(bytes)));
  return { target, written: verified.doc as SourceDocument };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** A lock left by a run that was killed is taken over after this long. */
const STALE_LOCK_MS = 10 * 60 * 1000;
/** Temporary files of runs that were killed (kill -9) are removed after this long. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Writes a file atomically: a temporary file beside it, checked by `verify` (the written
 * bytes must read back), then a rename. An existing target keeps its mode and owner; a
 * symlink is followed and the real file written; a read-only file, a file with several
 * names (hard links), a folder, a FIFO or a device is refused; a second writer of the same file is refused while the first works.
 * Nothing is left half-written, whatever the exit.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, verify: (bytes: Uint8Array) => Promise<unknown>): Promise<void> {
  const target = await realTarget(path);
  const existing = await existingFile(target);
  await removeStaleTemporaries(target);
  const release = await lock(target);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const cleanUp = () => void rm(temporary, { force: true });
  process.once('exit', cleanUp);
  try {
    await verify(bytes).catch(() => {
      throw new DocumentError('error.writeUnreadable');
    });
    await writeFile(temporary, bytes, { mode: existing?.mode ?? 0o644 });
    if (existing) {
      await chmod(temporary, existing.mode & 0o7777);
      // Only root may give a file away; a clerk's own file keeps its owner anyway.
      await chown(temporary, existing.uid, existing.gid).catch(() => undefined);
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error instanceof DocumentError ? error : new DocumentError('error.cannotWrite', { name: path, reason: reasonOf(error) });
  } finally {
    process.removeListener('exit', cleanUp);
    await release();
  }
}

/** The file a path names: through any symlinks, or the path itself when it does not exist yet. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

async function existingFile(target: string): Promise<{ mode: number; uid: number; gid: number } | null> {
  let info;
  try {
    info = await lstat(target);
  } catch {
    return null;
  }
  if (!info.isFile()) throw new DocumentError('error.outNotFile', { name: target });
  if ((info.mode & 0o222) === 0) throw new DocumentError('error.readOnly', { name: target });
  // A file with several names (hard links): the atomic rename would give this name a new file and
  // leave the others on the old one; writing through the link would not be atomic. Neither is done.
  if (info.nlink > 1) throw new DocumentError('error.hardLinked', { name: target, count: info.nlink });
  return { mode: info.mode, uid: info.uid, gid: info.gid };
}

async function lock(target: string): Promise<() => Promise<void>> {
  const path = join(dirname(target), `.${basename(target)}.cchc-lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      const release = () => rm(path, { force: true });
      const onExit = () => void rm(path, { force: true });
      process.once('exit', onExit);
      return async () => {
        process.removeListener('exit', onExit);
        await release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new DocumentError('error.cannotWrite', { name: target, reason: reasonOf(error) });
      const age = Date.now() - (await stat(path).then((s) => s.mtimeMs).catch(() => Date.now()));
      if (age < STALE_LOCK_MS) throw new DocumentError('error.locked', { name: target });
      await rm(path, { force: true });
    }
  }
  throw new DocumentError('error.locked', { name: target });
}

async function removeStaleTemporaries(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(prefix) && /\.[0-9a-f]{12}\.tmp$/.test(n))) {
    const path = join(dirname(target), name);
    const modified = await stat(path).then((s) => s.mtimeMs).catch(() => Date.now());
    if (Date.now() - modified > STALE_TEMP_MS) await rm(path, { force: true });
  }
}

/** A system error's code ("ENOSPC", "EACCES") for the one-line message. */
export function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}
