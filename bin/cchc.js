#!/usr/bin/env node
'use strict';
// Runs the one-file command line (dist/cli/cchc.js) with the V8 code cache made at build time
// (scripts/cli-code-cache.js): a clerk pays start-up on every command, and the cache holds the
// compiled functions a check runs. The cache file starts with the build's mark (the bundle's
// first line) and is used only for that build; V8 also refuses a cache from another Node.js.
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const file = join(__dirname, '../dist/cli/cchc.js');
const cacheFile = `${file}.cache`;
const makeCache = process.env.CCHC_WRITE_CODE_CACHE === '1';

let source;
try {
  source = readFileSync(file, 'utf8');
} catch {
  process.stderr.write('cchc: dist/cli/cchc.js is missing — run `npm run build:cli` first.\n');
  process.exit(2);
}
const mark = /^\/\*! (cchc-build:[\w-]+) \*\//.exec(source)?.[1] ?? null;

/** The cache made for this build, or undefined. */
function cachedData() {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(0x0a);
  return mark !== null && end > 0 && bytes.toString('latin1', 0, end) === mark ? bytes.subarray(end + 1) : undefined;
}

const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: makeCache ? undefined : cachedData() });
const cli = { exports: {} };
script.runInThisContext()(cli.exports, Module.createRequire(file), cli, file, dirname(file));
if (makeCache && mark !== null) process.on('exit', () => writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${mark}\n`, 'latin1'), script.createCachedData()])));
