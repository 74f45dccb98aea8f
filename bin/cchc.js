#!/usr/bin/env node
'use strict';
// Runs the one-file command line (dist/cli/cchc.js) with the V8 code cache made at build time
// (scripts/cli-code-cache.js): a clerk pays start-up on every command, and the cache holds the
// compiled functions a check runs. A cache from another Node.js is refused by V8 and the file
// is compiled as usual.
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const file = join(__dirname, '../dist/cli/cchc.js');
const cacheFile = `${file}.cache`;
const makeCache = process.env.CCHC_WRITE_CODE_CACHE === '1';
let cachedData;
if (!makeCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
let source;
try {
  source = readFileSync(file, 'utf8');
} catch {
  process.stderr.write('cchc: dist/cli/cchc.js is missing — run `npm run build:cli` first.\n');
  process.exit(2);
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
const cli = { exports: {} };
script.runInThisContext()(cli.exports, Module.createRequire(file), cli, file, dirname(file));
if (makeCache) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
