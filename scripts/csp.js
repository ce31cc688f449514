// The Content-Security-Policy of the add-in's pages (task pane, ribbon commands), written into
// each page as a <meta http-equiv> tag by webpack. A meta policy is fixed when the page is built,
// so the StatBank addresses the pane may fetch from are fixed then too: api.statbank.dk, plus the
// origins in STATBANK_PROXY_ORIGINS (comma-separated, e.g. an organisation's proxy). A base URL
// set in the pane outside these is refused by the browser; see docs/decisions.md.
'use strict';

const { URL } = require('node:url');

const STATBANK_ORIGIN = 'https://api.statbank.dk';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** Origins only: "https://proxy.kommune.dk/statbank/v1" → "https://proxy.kommune.dk". */
function originsFrom(list) {
  return (list || '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const url = new URL(entry);
      if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
        throw new Error(`STATBANK_PROXY_ORIGINS: ${entry} must use https (or be localhost)`);
      }
      return url.origin;
    });
}

function contentSecurityPolicy(env = process.env) {
  const connect = ["'self'", STATBANK_ORIGIN, ...originsFrom(env.STATBANK_PROXY_ORIGINS)];
  return [
    "default-src 'self'",
    // No 'unsafe-eval' and no inline scripts: only our bundles and Office's own library.
    `script-src 'self' ${OFFICE_CDN}`,
    // The DEA worker is a bundle of our own, served beside the page.
    "worker-src 'self'",
    `connect-src ${[...new Set(connect)].join(' ')}`,
    // Fluent UI writes its styles into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { contentSecurityPolicy, STATBANK_ORIGIN, OFFICE_CDN };
