import { execFileSync, spawn } from 'node:child_process';
import { chmod, link, lstat, readFile, readdir, readlink, stat, symlink, truncate, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { recognise } from '../../src/plan/recognise';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { cleanPlan } from '../fixtures/clean-plan';
import { seed004 } from '../fixtures/seed004';
import { CCHC, cchc } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
const plan = () => join(dir, 'plan.docx');
beforeEach(async () => {
  dir = await tempDir('cchc-safety-');
  await writeFile(plan(), await buildDocx(cleanPlan()));
});

/** One line on stderr, no stack trace. */
const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

describe('what cchc prints cannot drive the terminal', () => {
  it('drops escape sequences a cell carries (_x001B_ in an .xlsx)', async () => {
    const zip = await JSZip.loadAsync(await buildXlsx(seed004()));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file('xl/sharedStrings.xml', strings.replace('Hoàn thành', 'Hoàn thành_x001B_]0;hacked_x0007__x001B_[2K'));
    await writeFile(join(dir, 'escape.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    const { stdout } = await cchc(['check', join(dir, 'escape.xlsx')]);
    expect(stdout).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('a control character never reaches the written XML', () => {
  it('progress --status with a vertical tab writes a file that reads back', async () => {
    const { code } = await cchc(['progress', plan(), '--as-of', '2025-06-30', '--status', '0=Xem\u000bbáo cáo riêng\u0001', '--in-place']);
    expect(code).toBeLessThan(2);
    const reread = recognise(await readDocx(new Uint8Array(await readFile(plan()))));
    expect(reread?.rows[0].status).toBe('Xembáo cáo riêng');
  });
});

describe('careful writes', () => {
  it('--in-place keeps the file mode', async () => {
    await chmod(plan(), 0o600);
    expect((await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--in-place'])).code).toBe(0);
    expect((await stat(plan())).mode & 0o777).toBe(0o600);
  });

  it('refuses a read-only file and leaves it as it was', async () => {
    await chmod(plan(), 0o444);
    const before = await readFile(plan());
    const { code, stderr } = await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--in-place']);
    expect(code).toBe(2);
    expect(stderr).toContain('chỉ cho đọc');
    oneLine(stderr);
    expect(await readFile(plan())).toEqual(before);
  });

  it('refuses to overwrite a file with several names (hard links), which a rename would split', async () => {
    await link(plan(), join(dir, 'ban-sao.docx'));
    const before = await readFile(plan());
    const { code, stderr } = await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--in-place']);
    expect(code).toBe(2);
    expect(stderr).toContain('liên kết cứng');
    oneLine(stderr);
    expect(await readFile(plan())).toEqual(before);
    expect((await stat(plan())).nlink).toBe(2);
    // Written elsewhere, it goes.
    expect((await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--out', join(dir, 'moi.docx')])).code).toBe(0);
  });

  it('follows a symlink and writes the real file', async () => {
    await symlink(plan(), join(dir, 'link.docx'));
    expect((await cchc(['insert', join(dir, 'link.docx'), '--task', 'cong-khai-ngan-sach', '--in-place'])).code).toBe(0);
    expect((await lstat(join(dir, 'link.docx'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'link.docx'))).toBe(plan());
    expect(recognise(await readDocx(new Uint8Array(await readFile(plan()))))?.rows).toHaveLength(12);
  });

  it('refuses to replace a FIFO', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.docx')]);
    const { code, stderr } = await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--out', join(dir, 'pipe.docx')]);
    expect(code).toBe(2);
    oneLine(stderr);
    expect((await lstat(join(dir, 'pipe.docx'))).isFIFO()).toBe(true);
  });

  it.each([['the input itself', 'plan.docx'], ['the input by another path', '../X/plan.docx']])('--out naming %s without --in-place is refused', async (_name, out) => {
    const before = await readFile(plan());
    const target = join(dir, out.replace('X', dir.split('/').pop() as string));
    const { code, stderr } = await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--out', target]);
    expect(code).toBe(2);
    expect(stderr).toContain('--in-place');
    expect(await readFile(plan())).toEqual(before);
  });

  it('--out of another kind than the input is refused', async () => {
    const { code, stderr } = await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--out', join(dir, 'x.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toContain('.docx');
    await expect(stat(join(dir, 'x.xlsx'))).rejects.toThrow();
  });

  it('a second writer of the same file is refused while the first holds it, and no temporary file is left', async () => {
    await writeFile(join(dir, '.plan.docx.cchc-lock'), '12345');
    const { code, stderr } = await cchc(['insert', plan(), '--task', 'cong-khai-ngan-sach', '--in-place']);
    expect(code).toBe(2);
    expect(stderr).toContain('đang được một lệnh cchc khác ghi');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('clear one-line errors', () => {
  it.each([
    ['a folder', async () => { await mkdir(join(dir, 'folder.docx')); return join(dir, 'folder.docx'); }, 'thư mục'],
    ['a file over the size limit (sparse)', async () => { await writeFile(join(dir, 'huge.docx'), ''); await truncate(join(dir, 'huge.docx'), 300 * 1024 * 1024); return join(dir, 'huge.docx'); }, 'quá lớn'],
  ])('check on %s', async (_name, make, words) => {
    const { code, stderr } = await cchc(['check', await make()]);
    expect(code).toBe(2);
    expect(stderr).toContain(words);
    oneLine(stderr);
  });

  it('refuses an unknown --lang', async () => {
    const { code, stderr } = await cchc(['check', plan(), '--lang', 'xx']);
    expect(code).toBe(2);
    expect(stderr).toContain('xx');
  });

  it('ends quietly when the reader closes the pipe (cchc catalogue | head -1)', async () => {
    const child = spawn('node', [CCHC, 'catalogue'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => {
      child.stdout.destroy();
      resolve();
    }));
    await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\.js/);
  });
});

describe('older formats without LibreOffice', () => {
  it('says how to install LibreOffice for a .doc, in one line', async () => {
    await writeFile(join(dir, 'cu.doc'), 'not really a doc');
    // A PATH holding only node: no soffice or libreoffice to be found.
    await mkdir(join(dir, 'bin'));
    await symlink(process.execPath, join(dir, 'bin', 'node'));
    const env = { ...process.env, PATH: join(dir, 'bin'), SOFFICE: '' };
    const result = await cchc(['check', join(dir, 'cu.doc')], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LibreOffice');
    oneLine(result.stderr);
  });
});
