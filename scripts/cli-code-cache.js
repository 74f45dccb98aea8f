// Makes dist/cli/cchc.js.cache, the V8 code cache bin/cchc.js runs the command line with:
// a new plan written by `cchc new`, then checked, so the cache holds what a check compiles.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const cchc = join(__dirname, '../bin/cchc.js');
const dir = mkdtempSync(join(tmpdir(), 'cchc-cache-'));
try {
  const plan = join(dir, 'ke-hoach.docx');
  execFileSync(process.execPath, [cchc, 'new', '--unit', 'xã Hòa Bình', '--year', '2026', '--out', plan]);
  const env = { ...process.env, CCHC_WRITE_CODE_CACHE: '1' };
  // check exits 1 when the plan has errors: the cache is written either way.
  execFileSync(process.execPath, [cchc, 'check', plan, '--json'], { env, stdio: 'ignore' });
} catch (error) {
  if (error.status !== 1) throw error;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
