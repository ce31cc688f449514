#!/usr/bin/env node
// Entry point for `npx pejlemaerke`. The CLI is compiled by `npm run build:cli` (run by npm's
// `prepare` on install); say so plainly if it has not been built rather than print a stack trace.
const path = require('path');
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(entry)) {
    console.error('Pejlemærke er ikke bygget endnu. Kør "npm install" (eller "npm run build:cli") i projektmappen.');
    process.exit(2);
  }
  throw error;
}
// Exit only once stdout and stderr have drained: a pipe takes its data asynchronously, and exiting
// earlier would cut a long --json at the pipe's buffer size while reporting success.
cli
  .run(process.argv.slice(2))
  .then((code) => cli.flushStdio().then(() => process.exit(process.exitCode || code)));
