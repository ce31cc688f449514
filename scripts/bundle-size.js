#!/usr/bin/env node
// Prints the gzipped size of the task pane's initial JavaScript: the scripts taskpane.html loads
// (HtmlWebpackPlugin injects exactly the entry's initial chunks; lazy chunks are not in the page).
// Run after `npm run build`. Exit code 1 when the build is missing or above the budget.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// The task pane's promise (issue 11): the first load stays at or under 200 KB gzip; the snapshot's
// figures and the engine load on demand.
const BUDGET_KB = 200;

function initialScripts(dir, page) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  // Minified pages leave attributes unquoted.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^(https?:)?\/\//.test(src))
    .map((src) => path.join(dir, src.replace(/^\.?\//, '').split('?')[0]));
}

function main() {
  const dir = path.resolve(__dirname, '..', 'dist', 'addin');
  if (!fs.existsSync(path.join(dir, 'taskpane.html'))) {
    console.error('dist/addin/taskpane.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  const files = initialScripts(dir, 'taskpane.html');
  const bytes = files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
  const kb = bytes / 1024;
  console.log(`taskpane initial JS: ${kb.toFixed(1)} KB gzip (${files.length} file${files.length === 1 ? '' : 's'})`);
  if (kb > BUDGET_KB) {
    console.error(`above the ${BUDGET_KB} KB budget`);
    process.exit(1);
  }
}

main();
