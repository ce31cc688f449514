// The task pane with live semantics in Chromium, against local StatBanks on 127.0.0.1: the first
// run fetches (one data request per table plus its tableinfo), a re-run sends nothing, and every
// way the service can fail ends in the cached live figures or the snapshot, said so in the pane
// (MessageBar) and on every written sheet. Request counts per run are printed for the lead.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground';
import type { FakeExcel } from '../../src/hosts/excel/fake';
import { startStatbankServer, type Fault, type StatbankTestServer } from '../support/statbankServer';
import { startSyntheticStatbank, type SyntheticMode, type SyntheticStatbank } from '../support/syntheticStatbank';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the live browser tests: ${CHROMIUM} is missing (apt-get install chromium).`);
const describeIfChromium = haveChromium ? describe : describe.skip;

jest.setTimeout(120_000);

const CACHE_PREFIX = 'pejlemaerke.statbank.';
/** Not hentet live, in the words the sheets and the pane use for a fallback. */
const NOT_LIVE = /ikke hentet live/;
/** "hentet live" that is not part of "ikke hentet live". */
const LIVE = /(?<!ikke )hentet live/;

/** Polls `read` until `accept` holds or `ms` pass, then returns the last value. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!accept(value) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 50));
    value = await read();
  }
  return value;
}

interface PlaygroundHandle {
  playground: { excel: FakeExcel };
}

/** Every written value of every sheet the add-in wrote (the example's own sheet left out). */
const writtenText = (page: Page) =>
  page.evaluate(() => {
    const excel = (window as unknown as PlaygroundHandle).playground.excel;
    return excel.sheets
      .filter((sheet) => sheet.name !== 'Budget 2025')
      .flatMap((sheet) => [...sheet.cells.values()].map((cell) => String(cell.formula ?? cell.value ?? '')))
      .join('\n');
  });

const writtenSheets = (page: Page) =>
  page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.sheets.map((s) => s.name));

/** Counts of a request log slice by kind, e.g. { 'data/REGK31': 1, 'tableinfo/REGK31': 1 }. */
function countByKind(log: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of log) {
    const kind = /^(OPTIONS )?\/v1\/(data|tableinfo)\/(\w+)/.exec(entry);
    const name = kind ? `${kind[1] ?? ''}${kind[2]}/${kind[3]}` : entry;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

const perRun: string[] = [];
function record(label: string, log: readonly string[]): Record<string, number> {
  const counts = countByKind(log);
  perRun.push(`${label}: ${log.length} request(s) ${JSON.stringify(counts)}`);
  return counts;
}

describeIfChromium('task pane against a local StatBank (live semantics)', () => {
  let playground: PlaygroundServer;
  let synthetic: SyntheticStatbank;
  let faulty: StatbankTestServer;
  let browser: Browser;
  /** Addresses other than 127.0.0.1 the page tried to reach (refused). */
  const outside: string[] = [];
  /** The context whose localStorage holds the first live run's cache. */
  let warm: BrowserContext;

  beforeAll(async () => {
    [playground, synthetic, faulty] = await Promise.all([startPlayground({ build: 'auto' }), startSyntheticStatbank(), startStatbankServer()]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    warm = await freshContext();
  }, 180_000);

  afterAll(async () => {
    console.log(`Requests per run (task pane, Chromium):\n${perRun.join('\n')}`);
    await browser?.close();
    await Promise.all([playground?.close(), synthetic?.close(), faulty?.close()]);
  });

  afterEach(() => {
    synthetic.setMode('ok');
    synthetic.clearFaults();
    faulty.clearFaults();
  });

  /** A new browser context: its own, empty localStorage; nothing beyond 127.0.0.1 gets out. */
  async function freshContext(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    return context;
  }

  async function openBudget(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${playground.url}?example=kommune-budget`);
    await page.locator('#pane [data-pane-ready="true"]').waitFor();
    return page;
  }

  /** Reads the budget, chooses live and the StatBank address, and waits for the years it lists. */
  async function chooseLive(page: Page, baseUrl: string, expectYear = '2024'): Promise<void> {
    await page.click('td[data-address="A4"]');
    await page.click('td[data-address="E10"]', { modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Brug markering' }).click();
    await page.getByRole('combobox', { name: 'Kolonne E: Indbyggere' }).click();
    await page.getByRole('option', { name: 'Ignorér', exact: true }).click();
    await page.getByTestId('footer-primary').click();
    // The address first: choosing live asks for the years at once, and never at api.statbank.dk.
    await setBaseUrl(page, baseUrl);
    await page.getByRole('radio', { name: 'Danmarks Statistik (live)' }).check();
    await expectYearShown(page, expectYear);
  }

  async function setBaseUrl(page: Page, baseUrl: string): Promise<void> {
    const field = page.getByRole('textbox', { name: 'Statistikbankens adresse (API)' });
    if (!(await field.isVisible())) await page.getByRole('button', { name: 'Avanceret' }).click();
    await field.fill(baseUrl);
    await field.blur();
  }

  async function expectYearShown(page: Page, year: string): Promise<void> {
    const dropdown = page.getByRole('combobox', { name: 'År', exact: true });
    expect(await eventually(async () => (await dropdown.textContent())?.trim(), (shown) => shown === year, 30_000)).toBe(year);
  }

  /** From the comparison step (or, for the remembered run, the data step): run and wait for the results. */
  async function runAndWait(page: Page, button = 'Kør benchmark', timeout = 30_000): Promise<void> {
    if (button === 'Kør benchmark') await page.getByTestId('footer-primary').click();
    await page.getByRole('button', { name: button }).click();
    await page.locator('#pane').getByRole('heading', { name: 'Resultater', exact: true, level: 2 }).waitFor({ timeout });
  }

  const fallbackBar = (page: Page) => page.locator('#pane .fui-MessageBar', { hasText: 'ikke hentet live' });

  it('first run fetches live: REGK31 and FOLK1A per band and per inhabitant, NGLK once, each tableinfo once', async () => {
    const page = await openBudget(warm);
    const before = synthetic.requests.length;
    await chooseLive(page, synthetic.baseUrl);
    await runAndWait(page);
    const counts = record('1st run (empty cache)', synthetic.requests.slice(before));

    // The pane's live bundle: REGK31 and FOLK1A per age band (for NGLK) and per inhabitant (the
    // run's measure, as the snapshot's), each tableinfo once (the years' lookup fills the cache the
    // run then reads), and NGLK for the cross-check; no preflight, since a plain GET is a simple request.
    expect(counts).toEqual({
      'tableinfo/REGK31': 1, 'tableinfo/FOLK1A': 1, 'data/REGK31': 2, 'data/FOLK1A': 2, 'tableinfo/NGLK': 1, 'data/NGLK': 1,
    });

    const text = await writtenText(page);
    expect(text).toMatch(LIVE);
    expect(text).not.toMatch(NOT_LIVE);
    expect(text).toContain('REGK31');
    expect(text).toContain('NGLK'); // the cross-check's lines on the method sheet
    expect(await writtenSheets(page)).toEqual(expect.arrayContaining(['Overblik', 'Potentialer']));
    // The pane: no fallback warning, and the figures dated today (the moment they were fetched).
    expect(await fallbackBar(page).count()).toBe(0);
    const now = new Date();
    const today = [now.getUTCDate(), now.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${now.getUTCFullYear()}`;
    expect(await page.locator("#pane").textContent()).toContain(`Hentet live fra Danmarks Statistik ${today}`);
    await page.close();
  });

  it('a re-run sends no request at all (localStorage cache within its lifetime)', async () => {
    const page = await openBudget(warm);
    const before = synthetic.requests.length;
    await runAndWait(page, 'Kør igen med sidste indstillinger');
    const counts = record('re-run (filled cache)', synthetic.requests.slice(before));
    expect(counts).toEqual({});
    // Current figures, not a fallback, but read from the local store: dated by their first fetch, never as fetched now.
    const text = await writtenText(page);
    expect(text).toContain('gemt lokalt, hentet');
    expect(text).not.toMatch(NOT_LIVE);
    expect(await fallbackBar(page).count()).toBe(0);
    expect(await page.locator('#pane').textContent()).toContain('Gemt lokalt, hentet fra Danmarks Statistik');
    await page.close();
  });

  /** Empty cache: the recorded-answer server's faults (it answers nothing else here) and the synthetic one's. */
  type Failure = { name: string; mode?: SyntheticMode; fault?: Fault; timeout?: number };
  const EMPTY_CACHE_FAILURES: Failure[] = [
    { name: 'server error (503)', mode: 'server-error' },
    { name: 'connection reset', mode: 'reset' },
    { name: 'malformed JSON', fault: { kind: 'malformed' } },
    { name: 'DST 400 error', fault: { kind: 'dstError', code: 'EXTRACT-NOTALLOWED', message: 'For mange celler' } },
    { name: 'DST error body with HTTP 200', fault: { kind: 'dstError200', code: 'EXTRACT-NOTFOUND', message: 'Findes ikke' } },
  ];
  const FILLED_CACHE_FAILURES: SyntheticMode[] = ['server-error', 'reset', 'malformed', 'dst-error'];

  /** Points a server at the failure and returns its address and request log. */
  function arm(failure: Failure): { baseUrl: string; log: string[] } {
    if (failure.mode) {
      synthetic.setMode(failure.mode);
      return { baseUrl: synthetic.baseUrl, log: synthetic.requests };
    }
    faulty.inject(failure.fault as Fault);
    return { baseUrl: faulty.baseUrl, log: faulty.log };
  }

  it.each(EMPTY_CACHE_FAILURES)('empty cache, $name: falls back to the snapshot and says so', async (failure) => {
    const context = await freshContext();
    try {
      const page = await openBudget(context);
      const { baseUrl, log } = arm(failure);
      const before = log.length;
      // The years cannot be fetched either, so "newest" stays chosen.
      await chooseLive(page, baseUrl, 'Nyeste');
      await runAndWait(page, 'Kør benchmark', failure.timeout);
      record(`empty cache, ${failure.name}`, log.slice(before));
      expect(await fallbackBar(page).count()).toBe(1);
      expect(await fallbackBar(page).textContent()).toMatch(/snapshot/);
      const text = await writtenText(page);
      expect(text).toMatch(NOT_LIVE);
      expect(text).not.toMatch(LIVE);
      expect(text).not.toContain('gemt lokalt');
    } finally {
      await context.close();
    }
  }, 90_000);

  it.each(FILLED_CACHE_FAILURES)('filled cache, %s: falls back to the cached live figures and says so', async (mode) => {
    // Remembered settings: live, the synthetic address, 2024. The data step asks StatBank nothing
    // (the years are looked up on the comparison step), so no lookup can refresh an entry expired below.
    const page = await openBudget(warm);
    // Twelve hours on: the tableinfo entries have expired, so the run must ask StatBank again.
    await expireTableinfo(page);
    synthetic.setMode(mode);
    const before = synthetic.requests.length;
    await runAndWait(page, 'Kør igen med sidste indstillinger');
    record(`filled cache, ${mode}`, synthetic.requests.slice(before));
    expect(await fallbackBar(page).count()).toBe(1);
    expect(await fallbackBar(page).textContent()).toMatch(/tidligere hentning/);
    const text = await writtenText(page);
    expect(text).toMatch(NOT_LIVE);
    expect(text).toContain('gemt lokalt');
    // Only the datasets' provenance may still say when the stored figures were once fetched live.
    expect(text.replace(/Statistikbanken \w+, hentet live \d{4}-\d{2}-\d{2}T\S+/g, '')).not.toMatch(LIVE);
    await page.close();
  });

  it('one area\'s query failing costs that area alone: the pane and its sheet say so, the others are live', async () => {
    const context = await freshContext();
    try {
      const page = await openBudget(context);
      // Day care's REGK31 query (5.25.14) fails with 503; every other request is answered.
      synthetic.inject({ kind: 'status', status: 503 }, { pathPrefix: '/v1/data/REGK31', param: 'FUNKTION', value: '52514' });
      await chooseLive(page, synthetic.baseUrl);
      await runAndWait(page);
      const bar = page.locator('#pane .fui-MessageBar', { hasText: 'Ikke alle områder er hentet live' });
      expect(await bar.count()).toBe(1);
      const said = (await bar.textContent()) ?? '';
      expect(said).toContain('Dagtilbud: ikke hentet live.');
      // Live and the snapshot both measure per inhabitant: the source changes, not the measure.
      expect(said).not.toContain('måles ikke som live');
      expect(said).toMatch(/Hentet live: Folkeskole, Skolefritidsordninger \(SFO\), Specialundervisning/);
      const text = await writtenText(page);
      expect(text).toMatch(LIVE);
      expect(text).toMatch(/REGK31 \(2016–2024\): data fra .*, ikke hentet live/);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('the deadline set under Avanceret bounds the wait: StatBank hangs, the run falls back in about that time', async () => {
    const context = await freshContext();
    try {
      const page = await openBudget(context);
      faulty.inject({ kind: 'hang' });
      await chooseLive(page, faulty.baseUrl, 'Nyeste');
      const field = page.getByRole('textbox', { name: 'Længste ventetid på Statistikbanken (sekunder)' });
      await field.fill('2');
      await field.blur();
      const started = Date.now();
      await runAndWait(page, 'Kør benchmark', 15_000);
      const waited = Date.now() - started;
      record('empty cache, no answer, deadline 2 s', faulty.log);
      expect(waited).toBeLessThan(10_000);
      expect(await fallbackBar(page).textContent()).toContain('inden kørslens tidsgrænse på 2 sekunder var brugt');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('no request ever left 127.0.0.1', () => {
    expect(outside).toEqual([]);
  });
});

/** Moves every cached tableinfo entry's stamp back 13 hours, past its 12-hour lifetime. */
async function expireTableinfo(page: Page): Promise<void> {
  const moved = await page.evaluate((prefix) => {
    let count = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) as string;
      if (!key.startsWith(`${prefix}tableinfo|`)) continue;
      const entry = JSON.parse(localStorage.getItem(key) as string) as { storedAt: number };
      entry.storedAt -= 13 * 60 * 60 * 1000;
      localStorage.setItem(key, JSON.stringify(entry));
      count++;
    }
    return count;
  }, CACHE_PREFIX);
  expect(moved).toBe(3); // REGK31, FOLK1A and NGLK
}
