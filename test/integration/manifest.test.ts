import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
// The official schemas, copied from ../shared/office-manifest-schemas so that a lone clone validates offline.
const VALIDATE = resolve(ROOT, 'manifest-schemas/validate.sh');

describe('manifest.xml', () => {
  it('validates against the official Office add-in schemas (xmllint, offline)', () => {
    const output = execFileSync('bash', [VALIDATE, 'manifest.xml'], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toContain('RESULT: VALID');
  });

  const manifest = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');

  it.each([
    ['Word host', '<Host Name="Document"/>'],
    ['Excel host', '<Host Name="Workbook"/>'],
    ['least permission that can edit the plan', '<Permissions>ReadWriteDocument</Permissions>'],
    ['Vietnamese default', '<DefaultLocale>vi-VN</DefaultLocale>'],
    ['English override', 'Locale="en-US"'],
    ['Home tab button', '<OfficeTab id="TabHome">'],
  ])('declares the %s', (_what, text) => {
    expect(manifest).toContain(text);
  });

  it.each([16, 32, 64, 80])('points to an existing %ipx PNG icon', (size) => {
    expect(manifest).toContain(`assets/icon-${size}.png`);
    const png = readFileSync(resolve(ROOT, `assets/icon-${size}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size);
  });

  it('serves everything over https from the add-in\'s own origin, with no other domain allowed', () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((url) => !url.startsWith('https://localhost:3000/'))).toEqual([]);
    expect(manifest).not.toContain('<AppDomain');
  });
});

describe('the manifest of a production build (ADDIN_ORIGIN)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { manifestFor } = require('../../scripts/manifest-origin') as { manifestFor: (xml: string, origin: string | undefined) => string };
  const manifest = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');

  it('names the given origin in every URL, and still validates', () => {
    const production = manifestFor(manifest, 'https://cchc.snv.example.gov.vn');
    expect(production).not.toContain('localhost');
    const urls = [...production.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.every((url) => url.startsWith('https://cchc.snv.example.gov.vn/'))).toBe(true);
    const out = resolve(ROOT, 'dist/manifest.production.test.xml');
    mkdirSync(resolve(ROOT, 'dist'), { recursive: true });
    writeFileSync(out, production);
    expect(execFileSync('bash', [VALIDATE, out], { cwd: ROOT, encoding: 'utf8' })).toContain('RESULT: VALID');
  });

  it.each(['http://cchc.example.gov.vn', 'https://cchc.example.gov.vn/addin', 'https://cchc.example.gov.vn/', 'not a url'])('refuses %s (Office needs a bare https origin)', (origin) => {
    expect(() => manifestFor(manifest, origin)).toThrow(/ADDIN_ORIGIN/);
  });

  it('points Support and Learn more to a help page that exists, in Vietnamese and English', () => {
    expect(manifest).toContain('/help.html');
    const help = readFileSync(resolve(ROOT, 'src/taskpane/static/help.html'), 'utf8');
    expect(help).toContain('lang="vi"');
    expect(help).toContain('lang="en"');
    expect(help).toMatch(/Quyền riêng tư[\s\S]*Privacy/);
  });
});
