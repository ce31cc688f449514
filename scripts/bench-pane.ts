// Part of `npm run bench`: the production task pane (dist/addin, from `npm run build`) opened cold
// in headless Chromium, timed from navigation to usable – the first screen drawn, its buttons live
// and the workbook's tables listed ([data-pane-ready]). Microsoft's office.js is replaced by a
// stand-in over the recording fake (dist/bench-office, built here), since there is no Excel and no
// internet. Each run gets a fresh browser context: an empty cache, as on first opening. Prints
// figures; asserts nothing (the target, under 1 s, is for the reader to compare).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { projectRoot, runWebpack } from './playground';

const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OFFICE_JS = /appsforoffice\.microsoft\.com\/.*office\.js/;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml' };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const root = projectRoot();
  const addin = join(root, 'dist', 'addin');
  if (!existsSync(join(addin, 'taskpane.html'))) throw new Error('dist/addin/taskpane.html is missing: run `npm run build` first.');
  if (!existsSync(CHROMIUM)) {
    console.log(`task pane time to usable: skipped (${CHROMIUM} is missing)`);
    return;
  }
  await runWebpack(root, { benchOffice: true }, 'production');
  const stub = readFileSync(join(root, 'dist', 'bench-office', 'office.js'));
  // Loaded only here: playwright-core is a dev dependency.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const server = await serve(addin);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const usable: number[] = [];
  const painted: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
      // The last route registered is asked first: office.js is answered before the rest is refused.
      await context.route((target) => target.hostname !== '127.0.0.1', (route) => route.abort());
      await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: stub }));
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('[data-pane-ready="true"]').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Brug markering' }).waitFor();
      // The moment the ready mark appeared, from the navigation's start (the page's own clock).
      const times = await page.evaluate(() => ({
        ready: performance.getEntriesByName('pejlemaerke-pane-ready')[0]?.startTime ?? Number.NaN,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
      usable.push(times.ready);
      painted.push(times.paint);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`task pane time to usable (production build, headless Chromium, cold, ${RUNS} runs): median ${ms(median(usable))}, worst ${ms(Math.max(...usable))}; first paint median ${ms(median(painted))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
