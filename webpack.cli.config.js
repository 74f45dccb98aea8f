const { randomUUID } = require('node:crypto');
const path = require('node:path');
const webpack = require('webpack');

/**
 * The command line as one file (dist/cli/cchc.js) and its review worker, from tsc's output in
 * dist/src. A clerk pays start-up on every command: one file skips resolving and reading ~90
 * modules, and bin/cchc.js runs it with V8's code cache (scripts/cli-code-cache.js).
 * Left outside, loaded from node_modules only by the commands that need them: exceljs (.xlsx
 * writes), zod (a clerk's own catalogue file) and @xmldom/xmldom (the writers' DOM); bundled they
 * would double the bytes every command reads and hashes before it starts.
 */
module.exports = {
  mode: 'production',
  target: 'node20',
  entry: {
    cchc: './dist/src/cli/index.js',
    'review-worker': './dist/src/cli/review-worker.js',
  },
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', clean: true },
  externals: { exceljs: 'commonjs exceljs', zod: 'commonjs zod', '@xmldom/xmldom': 'commonjs @xmldom/xmldom' },
  // Fewer bytes to read and hash at each start (about 10 ms of a 200-activity check).
  optimization: { minimize: true },
  // review.ts finds its worker beside itself.
  node: { __dirname: false },
  // A build's own mark on its first line: bin/cchc.js takes the code cache only when it was made for this very
  // build (V8 itself compares no more than the file's length). Added after minifying, which would move it.
  plugins: [new webpack.BannerPlugin({ banner: `cchc-build:${randomUUID()}`, entryOnly: true, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT })],
  performance: { hints: false },
  stats: 'errors-warnings',
};
