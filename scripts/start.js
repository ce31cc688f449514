#!/usr/bin/env node
// `npm start`: the add-in's dev server on https://localhost:3000 (office-addin-dev-certs when
// installed, plain http otherwise, said clearly), then sideloading into desktop Excel with
// office-addin-debugging on Windows/macOS. On Linux there is no desktop Excel: it prints how to
// load the manifest into Excel on the web and keeps the server running.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PORT = 3000;
const MANIFEST = path.join(ROOT, 'manifest.xml');

function optional(name) {
  try {
    return require(require.resolve(name, { paths: [ROOT] }));
  } catch {
    return undefined;
  }
}

async function serverOptions() {
  const devCerts = optional('office-addin-dev-certs');
  if (devCerts) {
    try {
      const options = await devCerts.getHttpsServerOptions();
      return { type: 'https', options };
    } catch (error) {
      console.warn(`office-addin-dev-certs could not provide a certificate (${error.message}).`);
    }
  }
  console.warn(
    [
      'NOTE: serving over plain http (office-addin-dev-certs is not installed).',
      '      Excel only loads add-ins over https. To sideload, run:',
      '        npm install --save-dev office-addin-dev-certs && npx office-addin-dev-certs install',
      '      The playground (npm run playground) needs neither Excel nor certificates.',
    ].join('\n'),
  );
  return { type: 'http' };
}

function instructionsForWeb(scheme) {
  return [
    '',
    'Excel on the web (works on any OS, also Linux):',
    '  1. Open a workbook at https://excel.cloud.microsoft (or office.com) in your browser.',
    '  2. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.',
    `  3. Choose ${MANIFEST}`,
    '  4. Click "Benchmark" on the Home tab to open Pejlemærke.',
    `The dev server keeps running at ${scheme}://localhost:${PORT}/ — press Ctrl+C to stop it.`,
    scheme === 'http' ? 'Upload will only work once the server runs over https (see the note above).' : '',
  ].join('\n');
}

function sideloadDesktop() {
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  if (!fs.existsSync(bin)) {
    console.log('office-addin-debugging is not installed, so Excel is not opened for you.');
    console.log('Install it with `npm install --save-dev office-addin-debugging`, or sideload by hand:');
    return false;
  }
  const child = spawn(bin, ['start', MANIFEST, 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', String(PORT)], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => {
    if (code !== 0) console.log(`office-addin-debugging ended with code ${code}; sideload by hand instead:${instructionsForWeb('https')}`);
  });
  return true;
}

async function main() {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const configFor = require(path.join(ROOT, 'webpack.config.js'));
  const config = configFor({}, { mode: 'development' });
  const server = await serverOptions();
  const devServer = new WebpackDevServer({ ...config.devServer, host: 'localhost', port: PORT, server }, webpack({ ...config, mode: 'development' }));
  await devServer.start();
  console.log(`Pejlemærke dev server: ${server.type}://localhost:${PORT}/taskpane.html`);
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  if (desktop && server.type === 'https' && sideloadDesktop()) return;
  if (!desktop) console.log(`No desktop Excel on ${process.platform}.`);
  console.log(instructionsForWeb(server.type));
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  if (error.code === 'EADDRINUSE') console.error(`Port ${PORT} is in use: stop the other server or free the port.`);
  process.exit(1);
});
