// One entry per add-in page, as Office add-in developers expect. The production build rewrites
// the dev base URL in manifest.xml to ADDIN_BASE_URL so the same manifest serves both.
// `webpack --env playground` builds the browser playground instead, into dist/playground, so it
// never ships with the add-in.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { contentSecurityPolicy } = require('./scripts/csp');

const DEV_BASE_URL = 'https://localhost:3000/';

const TS_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { configFile: 'tsconfig.webpack.json', transpileOnly: true } },
  // Our modules only declare things: an import through an index (core/parse, reference …) then
  // brings in only the files actually used, which keeps the engine out of the pane's first load.
  sideEffects: false,
};

module.exports = (env = {}, argv = {}) => {
  if (env.playground) return playgroundConfig(argv.mode === 'production');
  if (env.benchOffice) return benchOfficeConfig();
  const production = argv.mode === 'production';
  const baseUrl = ensureTrailingSlash(process.env.ADDIN_BASE_URL || DEV_BASE_URL);
  // Written by each page template as its first <meta>, so it covers every script, office.js too.
  const csp = contentSecurityPolicy();
  return {
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [TS_RULE] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], csp }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], csp }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/static/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? content.toString().replaceAll(DEV_BASE_URL, baseUrl) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      server: 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist/addin') },
    },
  };
};

function playgroundConfig(production) {
  return {
    mode: production ? 'production' : 'development',
    devtool: false,
    entry: { playground: './src/playground/index.ts' },
    output: { path: path.resolve(__dirname, 'dist/playground'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [TS_RULE] },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/playground.html' })],
    performance: { hints: false },
  };
}

/** `npm run bench`'s stand-in for office.js (src/playground/benchOffice.ts), one plain script. */
function benchOfficeConfig() {
  return {
    mode: 'production',
    devtool: false,
    entry: { office: './src/playground/benchOffice.ts' },
    output: { path: path.resolve(__dirname, 'dist/bench-office'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [TS_RULE] },
    performance: { hints: false },
  };
}

function ensureTrailingSlash(url) {
  return url.endsWith('/') ? url : `${url}/`;
}
