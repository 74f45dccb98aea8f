/** `node scripts/write-manifest.js OUT.xml`: manifest.xml for ADDIN_ORIGIN (an example origin when unset), to validate it. */
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');
const { manifestFor } = require('./manifest-origin');

const out = process.argv[2];
const origin = process.env.ADDIN_ORIGIN || 'https://cchc.example.gov.vn';
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, manifestFor(readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8'), origin));
process.stdout.write(`${out} for ${origin}\n`);
