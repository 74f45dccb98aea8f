import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { bundledCatalogue } from '../../src/catalogue/load';
import { readDocumentFile } from '../../src/hosts/files';
import { translate } from '../../src/i18n';
import { recognise } from '../../src/plan/recognise';
import { validate } from '../../src/plan/validate';
import { BAD_CATALOGUES, BAD_INPUTS, refusalParams } from '../fixtures/bad-inputs';
import { buildDocx } from '../fixtures/build';
import { cleanPlan } from '../fixtures/clean-plan';
import { tempDir } from '../helpers/temp-dir';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

// Inputs at the limits (30,000 rows read before the refusal, insert and progress each
// reading them again) take several seconds each under ts-jest on a 2-core machine.
jest.setTimeout(60_000);

const expectOneLine = (err: string, message: string) => {
  expect(err).toContain(message);
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at |\.js:\d+/);
};

describe.each(BAD_INPUTS)('bad input: $case', (input) => {
  let dir: string;
  let file: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    dir = await tempDir('cchc-bad-');
    file = join(dir, input.name);
    bytes = await input.bytes();
    await writeFile(file, bytes);
  });

  if (input.refusal) {
    const refusal = input.refusal;
    const message = translate('vi', refusal, refusalParams(refusal, input.name));

    it(`is refused with ${refusal}`, async () => {
      const reading = readDocumentFile(input.name, bytes);
      if (refusal === 'error.noPlanTable') expect(recognise(await reading)).toBeNull();
      else await expect(reading).rejects.toMatchObject({ key: refusal });
    });

    it('cchc check: exit 2, one clear line, nothing on stdout', async () => {
      const { code, out, err } = await cli(['check', file]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expectOneLine(err, message);
    });

    it('cchc insert and progress: exit 2, no output file, the input byte-identical', async () => {
      const insert = await cli(['insert', file, '--task', 'kh-tuyen-truyen', '--out', join(dir, 'out.docx')]);
      const inPlace = await cli(['progress', file, '--as-of', '2025-06-30', '--in-place']);
      expect([insert.code, inPlace.code]).toEqual([2, 2]);
      expectOneLine(insert.err, message);
      expectOneLine(inPlace.err, message);
      expect(await readdir(dir)).toEqual([input.name]);
      expect(new Uint8Array(await readFile(file))).toEqual(bytes);
    });
  } else {
    it('is read and checked without throwing, and empty-looking cells are reported', async () => {
      const plan = recognise(await readDocumentFile(input.name, bytes));
      expect(plan).not.toBeNull();
      const findings = validate(plan!, bundledCatalogue(2025), {});
      expect(findings.some((finding) => finding.code === 'empty-cell')).toBe(true);
    });

    it('cchc check reports findings (exit 1) and leaves the input byte-identical', async () => {
      const { code, err } = await cli(['check', file, '--json']);
      expect(code).toBe(1);
      expect(err).toBe('');
      expect(new Uint8Array(await readFile(file))).toEqual(bytes);
    });
  }
});

describe.each(BAD_CATALOGUES)('bad catalogue: $case', (catalogue) => {
  it('cchc check and insert: exit 2, one line naming what is wrong, nothing written', async () => {
    const dir = await tempDir('cchc-bad-catalogue-');
    const plan = join(dir, 'ke-hoach.docx');
    const bytes = await buildDocx(cleanPlan());
    await writeFile(plan, bytes);
    await writeFile(join(dir, 'danh-muc.json'), catalogue.text);
    for (const args of [['check', plan], ['insert', plan, '--task', 'x', '--in-place']]) {
      const { code, out, err } = await cli([...args, '--catalogue', join(dir, 'danh-muc.json')]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expectOneLine(err, 'không hợp lệ');
      expect(err).toContain(catalogue.names);
    }
    expect(new Uint8Array(await readFile(plan))).toEqual(bytes);
    expect((await readdir(dir)).sort()).toEqual(['danh-muc.json', 'ke-hoach.docx']);
  });
});
