// The task pane's Content-Security-Policy in a real browser. The built page (dist/addin) is served
// from 127.0.0.1; Office's CDN and api.statbank.dk are answered by the test (there is no internet
// here), and a second local server stands for any other address. The pane must load and render
// with no violation of its own, StatBank must be reachable, and a request to anywhere else, an
// eval and an inline script must be blocked before they reach the network.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLocalServer, type LocalServer } from '../support/localServer';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const ADDIN = join(ROOT, 'dist', 'addin');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the CSP browser test: ${CHROMIUM} is missing (apt-get install chromium).`);
const describeIfChromium = haveChromium ? describe : describe.skip;
jest.setTimeout(240_000);

/** The production build of the pane; built here when missing or older than its template. */
function ensureBuilt(): void {
  const page = join(ADDIN, 'taskpane.html');
  const stale = !existsSync(page) || statSync(page).mtimeMs < statSync(join(ROOT, 'src', 'taskpane', 'taskpane.html')).mtimeMs
    || statSync(page).mtimeMs < statSync(join(ROOT, 'scripts', 'csp.js')).mtimeMs;
  if (stale) execFileSync('npx', ['webpack', '--mode', 'production', '--stats', 'errors-only'], { cwd: ROOT, stdio: 'ignore' });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'text/xml' };

function serveAddin(): Promise<Server> {
  const server = createServer((req, res) => {
    // A script of the page's own origin that tries eval: allowed to load, not allowed to eval.
    if (req.url === '/eval-probe.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(EVAL_PROBE);
      return;
    }
    const path = normalize(join(ADDIN, new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(ADDIN) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const EVAL_PROBE = `try { window.evalProbe = String(eval('1 + 1')); } catch (error) { window.evalProbe = error.name; }
try { window.functionProbe = String(new Function('return 2')()); } catch (error) { window.functionProbe = error.name; }`;

/** Office.js as far as the pane's start needs it; Excel answers every batch with an error. */
const OFFICE_STUB = `
  window.Office = { onReady: function (cb) { setTimeout(function () { cb({ host: 'Excel' }); }, 0); return Promise.resolve({ host: 'Excel' }); },
    context: { displayLanguage: 'da-DK', document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: 'succeeded' }); } } },
      requirements: { isSetSupported: function () { return true; } } } };
  window.Excel = { run: function () { return Promise.reject(new Error('no workbook in this test')); } };`;

describeIfChromium('the task pane’s Content-Security-Policy', () => {
  let addin: Server;
  let elsewhere: LocalServer;
  const elsewhereLog: string[] = [];
  let browser: Browser;
  let page: Page;
  const statbankRequests: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    addin = await serveAddin();
    elsewhere = await startLocalServer(elsewhereLog, (_req, res) => res.end('{"leaked":true}'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
    await page.route('https://api.statbank.dk/**', (route) => {
      statbankRequests.push(route.request().url());
      return route.fulfill({ contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: '[]' });
    });
    const { port } = addin.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById('app')?.textContent ?? '').length > 20, undefined, { timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await elsewhere?.close();
    await new Promise((resolve) => addin?.close(resolve));
  });

  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.slice());

  it('is in the built page, with no eval, only our scripts and Office’s, and StatBank', () => {
    const html = readFileSync(join(ADDIN, 'taskpane.html'), 'utf8');
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).toContain("connect-src 'self' https://api.statbank.dk;");
    expect(policy).not.toContain('unsafe-eval');
    // The policy comes before every script, so office.js is under it too.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('lets the pane load and render with no violation of its own', async () => {
    expect(await violations()).toEqual([]);
    expect(await page.locator('#app').innerText()).not.toBe('');
  });

  it('lets the pane fetch from its own origin and from StatBank', async () => {
    const own = await page.evaluate(() => fetch('/taskpane.html').then((r) => r.status));
    expect(own).toBe(200);
    const statbank = await page.evaluate(() => fetch('https://api.statbank.dk/v1/tables?lang=da').then((r) => r.status));
    expect(statbank).toBe(200);
    expect(statbankRequests).toContain('https://api.statbank.dk/v1/tables?lang=da');
  });

  it('blocks a request to any other address before it leaves the browser', async () => {
    const target = `${elsewhere.baseUrl}/tables`;
    const outcome = await page.evaluate((url) => fetch(url).then(() => 'fetched', (error: Error) => `blocked: ${error.name}`), target);
    expect(outcome).toBe('blocked: TypeError');
    expect(elsewhereLog).toEqual([]);
    expect(await violations()).toContain(`connect-src ${target}`);
  });

  it('blocks eval and inline scripts', async () => {
    // page.evaluate itself runs outside the page's policy, so eval is tried by a script of the page.
    await page.addScriptTag({ url: '/eval-probe.js' });
    const probes = await page.evaluate(() => {
      const w = window as unknown as { evalProbe?: string; functionProbe?: string };
      return [w.evalProbe, w.functionProbe];
    });
    expect(probes).toEqual(['EvalError', 'EvalError']);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.appendChild(script);
    });
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? false)).toBe(false);
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
