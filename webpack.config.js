const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { manifestFor } = require('./scripts/manifest-origin');

const OFFICE_JS = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
/** Microsoft's CDN copy, which published add-ins must load. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * Two pages from one React tree: taskpane.html (inside Word/Excel) and preview.html
 * (a plain browser over a .docx/.xlsx). The sample plan is generated from the seed
 * fixtures by `npm run build:cli` (dist/samples) and copied in.
 */
module.exports = async (_env, options) => {
  const dev = options.mode === 'development';
  // The CDN in production; OFFICE_JS=local serves the npm copy from the add-in's own origin (air-gapped intranets, development, tests).
  const localOfficeJs = dev || process.env.OFFICE_JS === 'local';
  const https = process.env.CCHC_HTTPS === '1' ? await devCertificates() : undefined;
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: { path: path.resolve(__dirname, 'dist/web'), clean: true, filename: '[name].[contenthash:8].js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: localOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN },
      }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/taskpane/static', to: '.' },
          // ADDIN_ORIGIN=https://… names the server the build is deployed on in every manifest URL.
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), process.env.ADDIN_ORIGIN) },
          // Office.js loads its host and locale files next to itself: the production build carries
          // the whole runtime; the dev server serves it straight from node_modules (see devServer.static).
          ...(!dev && localOfficeJs ? [{ from: OFFICE_JS, to: 'office-js', globOptions: { ignore: ['**/*.debug.js'] } }] : []),
          { from: 'dist/samples/seed000-quang-khai-2023.docx', to: 'sample/ke-hoach-mau.docx' },
        ],
      }),
    ],
    devServer: {
      port,
      static: [{ directory: OFFICE_JS, publicPath: '/office-js' }],
      // This machine only: the pages are for the clerk's own browser and Office, not the local network.
      host: 'localhost',
      allowedHosts: ['localhost'],
      server: https ? { type: 'https', options: https } : 'http',
      client: { overlay: false },
    },
  };
};

async function devCertificates() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}
