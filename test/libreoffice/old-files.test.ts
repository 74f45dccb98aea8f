import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { buildDocx } from '../fixtures/build';
import { withLegacyText } from '../fixtures/legacy-text';
import { withListNumbering } from '../fixtures/list-numbering';
import { seed000 } from '../fixtures/seed000';
import { seed004 } from '../fixtures/seed004';
import { inProcess } from '../helpers/cli';
import { libreOfficeText, SOFFICE } from './soffice';
import { tempDir } from '../helpers/temp-dir';

const run = promisify(execFile);

interface Report {
  plan: { commune: string; year: number; tasks: number; activities: number; rows: Array<{ number: string; activity: string }> };
  findings: Array<{ code: string }>;
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('cchc-old-files-');
});

/** Saves a file in another format with LibreOffice, into a folder of its own (a .docx saved as .docx keeps its name). */
async function saveAs(file: string, format: string, folder: string): Promise<string> {
  const out = join(dir, folder);
  await mkdir(out, { recursive: true });
  await run(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', out, file], { timeout: 120_000 });
  return join(out, `${basename(file).replace(/\.[^.]+$/, '')}.${format.split(':')[0]}`);
}

async function check(file: string): Promise<Report> {
  return JSON.parse((await inProcess(['check', file, '--json'])).out) as Report;
}

describe('clerks\' older files through LibreOffice', () => {
  it('a plan numbered by Word\'s lists, saved again by LibreOffice (.odt, then .docx with its own numbering.xml), reads the same numbers', async () => {
    const file = join(dir, 'numbered.docx');
    await writeFile(file, await withListNumbering(await buildDocx(seed004())));
    const expected = await check(file);
    expect(expected.plan.rows.map((row) => row.number).filter((n) => n !== '')).not.toHaveLength(0);
    const odt = await saveAs(file, 'odt', 'odt');
    const docx = await saveAs(odt, 'docx:MS Word 2007 XML', 'docx');
    for (const saved of [odt, docx]) {
      const report = await check(saved);
      expect(report.plan.rows.map((row) => [row.number, row.activity])).toEqual(expected.plan.rows.map((row) => [row.number, row.activity]));
    }
  });

  it('a TCVN3 plan saved as Word 97 (.doc) reads as Unicode with the old-encoding finding, and converts to a Unicode .docx', async () => {
    const file = join(dir, 'tcvn3.docx');
    const unicode = join(dir, 'unicode.docx');
    await writeFile(file, await withLegacyText(await buildDocx(seed000()), 'tcvn3'));
    await writeFile(unicode, await buildDocx(seed000()));
    const expected = await check(unicode);
    const doc = await saveAs(await saveAs(file, 'odt', 'tcvn3-odt'), 'doc:MS Word 97', 'tcvn3-doc');
    const report = await check(doc);
    expect(report.plan).toMatchObject({ commune: expected.plan.commune, year: expected.plan.year, tasks: expected.plan.tasks, activities: expected.plan.activities });
    expect(report.findings.map((f) => f.code)).toContain('old-encoding');
    const converted = await inProcess(['convert-unicode', doc]);
    expect(converted.code).toBe(0);
    const after = await check(join(dir, 'tcvn3-doc', 'tcvn3-cchc.docx'));
    expect(after.findings.map((f) => f.code)).not.toContain('old-encoding');
    expect(after.plan.rows.map((row) => row.activity)).toEqual(expected.plan.rows.map((row) => row.activity));
  });
});

describe('the province review report', () => {
  it('opens in LibreOffice with a row per file and the province totals', async () => {
    const folder = join(dir, 'communes');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'xa-000.docx'), await buildDocx(seed000()));
    await writeFile(join(folder, 'xa-004.docx'), await buildDocx(seed004()));
    await writeFile(join(folder, 'hong.docx'), 'không phải tệp Word');
    const out = join(dir, 'tong-hop.xlsx');
    expect((await inProcess(['review', folder, '--out', out])).code).toBe(0);
    const text = (await libreOfficeText(new Map([['tong-hop.xlsx', new Uint8Array(await readFile(out))]]))).get('tong-hop.xlsx') ?? '';
    for (const unit of [(await check(join(folder, 'xa-000.docx'))).plan.commune, (await check(join(folder, 'xa-004.docx'))).plan.commune]) expect(text).toContain(unit);
    expect(text).toContain('hong.docx');
    expect(text).toContain('Toàn tỉnh');
  });
});
