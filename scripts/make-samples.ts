/**
 * Writes the seed-layout fixtures as real files: `node dist/scripts/make-samples.js DIR`.
 * The preview page bundles seed 000's as its sample plan.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDocx, buildXlsx } from '../test/fixtures/build';
import { SEED_LAYOUTS } from '../test/fixtures/seeds';

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(`${path}.tmp`, bytes);
  await rename(`${path}.tmp`, path);
}

async function main(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const seed of SEED_LAYOUTS) {
    const spec = seed.spec();
    await writeAtomically(join(dir, `${spec.name}.docx`), await buildDocx(spec));
    await writeAtomically(join(dir, `${spec.name}.xlsx`), await buildXlsx(spec));
  }
}

main(process.argv[2] ?? 'dist/samples').catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
