/**
 * `npm run start:word` / `start:excel`: Office loads add-ins over https only, so the dev
 * server started by office-addin-debugging runs with the development certificates.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');

const app = process.argv[2];
if (app !== 'word' && app !== 'excel') {
  process.stderr.write('usage: node scripts/office.js word|excel\n');
  process.exit(2);
}
const bin = path.join(__dirname, '..', 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
const child = spawn(bin, ['start', 'manifest.xml', 'desktop', '--app', app], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, CCHC_HTTPS: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
