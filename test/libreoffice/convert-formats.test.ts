import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { seed000 } from '../fixtures/seed000';
import { seed004 } from '../fixtures/seed004';
import { comparable, firstMissingInOrder, libreOfficeText, SOFFICE } from './soffice';
import { inProcess } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

const run = promisify(execFile);


/** Converts a file with LibreOffice as a clerk's older software would have saved it. */
async function saveAs(dir: string, file: string, format: string): Promise<string> {
  await run(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', dir, join(dir, file)], { timeout: 120_000 });
  return join(dir, `${file.replace(/\.[^.]+$/, '')}.${format.split(':')[0]}`);
}

let dir: string;
let fromDocx: { plan: { commune: string; year: number; tasks: number; activities: number } };
let fromXlsx: { plan: { tasks: number; activities: number } };
beforeAll(async () => {
  dir = await tempDir('cchc-formats-');
  await writeFile(join(dir, 'plan.docx'), await buildDocx(seed000()));
  await writeFile(join(dir, 'report.xlsx'), await buildXlsx(seed004()));
  fromDocx = JSON.parse((await inProcess(['check', join(dir, 'plan.docx'), '--json'])).out);
  fromXlsx = JSON.parse((await inProcess(['check', join(dir, 'report.xlsx'), '--json'])).out);
});

describe('files in older or other office formats, read through LibreOffice', () => {
  it.each([
    ['.odt', async () => saveAs(dir, 'plan.docx', 'odt')],
    ['.rtf', async () => saveAs(dir, 'plan.docx', 'rtf')],
    ['.doc (Word 97, saved from the .odt)', async () => saveAs(dir, await saveAs(dir, 'plan.docx', 'odt').then((p) => p.split('/').pop() as string), 'doc:MS Word 97')],
  ])('check reads a plan saved as %s like the .docx', async (_name, make) => {
    const file = await make();
    const { code, out } = await inProcess(['check', file, '--json']);
    expect(code).toBeLessThan(2);
    const report = JSON.parse(out);
    expect(report.plan).toMatchObject({ commune: fromDocx.plan.commune, year: fromDocx.plan.year, tasks: fromDocx.plan.tasks, activities: fromDocx.plan.activities });
  });

  it.each([['.ods', 'ods'], ['.xls', 'xls:MS Excel 97']])('check reads a progress sheet saved as %s like the .xlsx', async (_name, format) => {
    const file = await saveAs(dir, 'report.xlsx', format);
    const report = JSON.parse((await inProcess(['check', file, '--json'])).out);
    expect(report.plan).toMatchObject({ tasks: fromXlsx.plan.tasks, activities: fromXlsx.plan.activities });
  });

  it('insert into an .odt writes a .docx beside it and leaves the .odt alone; --in-place is refused', async () => {
    const odt = await saveAs(dir, 'plan.docx', 'odt');
    const before = await readFile(odt);
    const { code, out } = await inProcess(['insert', odt, '--task', 'kh-khac-phuc-chi-so']);
    expect(code).toBe(0);
    expect(out).toContain('plan-cchc.docx');
    expect((await stat(join(dir, 'plan-cchc.docx'))).isFile()).toBe(true);
    expect(await readFile(odt)).toEqual(before);
    const refused = await inProcess(['insert', odt, '--task', 'kh-khac-phuc-chi-so', '--in-place']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--in-place');
  });
});

describe('plans made by cchc new open in LibreOffice', () => {
  it.each(['docx', 'xlsx'])('.%s: LibreOffice shows every activity, in order', async (ext) => {
    const out = join(dir, `moi.${ext}`);
    expect((await inProcess(['new', '--unit', 'phường Hòa An', '--year', '2027', '--out', out])).code).toBe(0);
    const report = JSON.parse((await inProcess(['check', out, '--json'])).out);
    const text = comparable((await libreOfficeText(new Map([[`moi.${ext}`, new Uint8Array(await readFile(out))]]))).get(`moi.${ext}`) ?? '');
    expect(firstMissingInOrder(text, report.plan.rows.map((row: { activity: string }) => row.activity))).toBeNull();
  });
});
