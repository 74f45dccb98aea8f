/**
 * `npm start`: builds the command line and the sample plans, then serves the task
 * pane and the preview page. HTTPS with office-addin-dev-certs on Windows and macOS
 * (where Office runs and the certificates can be installed), plain http on localhost elsewhere.
 */
const { execFileSync, spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const https = process.env.CCHC_HTTPS ?? (process.platform === 'win32' || process.platform === 'darwin' ? '1' : '0');
const node = process.execPath;
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// As `npm run build:cli`: tsc's output, the one-file command line and its code cache.
execFileSync(node, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
execFileSync(node, [require.resolve('webpack/bin/webpack.js'), '--config', 'webpack.cli.config.js'], { cwd: root, stdio: 'inherit' });
execFileSync(node, ['scripts/cli-code-cache.js'], { cwd: root, stdio: 'inherit' });
execFileSync(node, ['dist/scripts/make-samples.js', 'dist/samples'], { cwd: root, stdio: 'inherit' });

const scheme = https === '1' ? 'https' : 'http';
process.stdout.write(`\nTask pane:    ${scheme}://localhost:${port}/taskpane.html\nPreview page: ${scheme}://localhost:${port}/preview.html\n\n`);
const server = spawn(bin('webpack'), ['serve', '--mode', 'development'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CCHC_HTTPS: https },
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
