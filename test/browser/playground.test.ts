// The real task pane in Chromium, against the playground's in-memory workbook: read the figures,
// correct a column, choose the comparison, run, and check what was written and what the pane says
// against the engine run directly in Node. Screenshots of each step go to test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake';
import type { ReadSource } from '../../src/hosts/types';
import { benchmarkGrid, type BenchmarkOptions } from '../../src/pipeline/benchmarkGrid';
import { loadSnapshot } from '../../src/reference';
import { exampleWorkbook, startPlayground, type PlaygroundServer } from '../../scripts/playground';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install chromium).`);
const describeIfChromium = haveChromium ? describe : describe.skip;

jest.setTimeout(180_000);

/** What the engine says for an example read the same way the pane reads it. */
async function enginePotentials(example: string, source: ReadSource, options: Omit<BenchmarkOptions, 'reference'>): Promise<number[]> {
  const workbook = await exampleWorkbook(join(ROOT, 'examples', `${example}.xlsx`));
  const excel = FakeExcel.fromGrids(workbook.grids, workbook.tables);
  const host = new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]);
  const grid = await host.read(source);
  const outcome = benchmarkGrid(grid, { ...options, reference: loadSnapshot() });
  return outcome.results.flatMap((result) => result.units.map((unit) => unit.potential));
}

interface PlaygroundHandle {
  playground: { excel: FakeExcel };
}

const cellsOf = (page: Page, sheet: string) =>
  page.evaluate((name) => {
    const excel = (window as unknown as PlaygroundHandle).playground.excel;
    const found = excel.sheet(name);
    return found ? Object.fromEntries([...found.cells].map(([key, cell]) => [key, cell.formula ?? cell.value])) : null;
  }, sheet);

const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.sheets.map((s) => s.name));
const selection = (page: Page) => page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.selection);

async function pick(page: Page, combobox: string, option: string, shownAfter = option): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expectText(page.getByRole('combobox', { name: combobox, exact: true }), shownAfter);
}

/** Polls until `read` gives `expected` (deep equality) or two seconds pass, then asserts. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const until = Date.now() + 2000;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 50));
    value = await read();
  }
  expect(value).toEqual(expected);
}

async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.waitFor();
  expect((await locator.textContent())?.trim()).toBe(text);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** Serious and critical accessibility findings in the pane, as "rule: target" lines. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document.getElementById('pane'), { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describeIfChromium('playground in Chromium', () => {
  let server: PlaygroundServer;
  let browser: BrowserContext;
  let profile: string;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPlayground({ build: 'auto' });
    profile = mkdtempSync(join(tmpdir(), 'pejlemaerke-chromium-'));
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page?.close();
  });

  it('kommune-budget: selection, a corrected column, kommunegruppe and best quartile, run, results', async () => {
    await page.goto(`${server.url}?example=kommune-budget`);
    await page.getByRole('button', { name: 'Brug markering' }).waitFor();
    await shot(page, 'budget-1-start');

    await page.click('td[data-address="A4"]');
    await page.click('td[data-address="E10"]', { modifiers: ['Shift'] });
    expect(await selection(page)).toEqual({ sheet: 'Budget 2025', address: 'A4:E10' });
    await page.getByRole('button', { name: 'Brug markering' }).click();

    await expectText(page.getByRole('combobox', { name: 'Kolonne A: Kommunekode' }), 'Kommunekode');
    await expectText(page.getByRole('combobox', { name: 'Kolonne B: Kommune' }), 'Kommunenavn');
    await expectText(page.getByRole('combobox', { name: 'Kolonne C: Serviceområde' }), 'Serviceområde');
    await expectText(page.getByRole('combobox', { name: 'Kolonne D: Nettoudgift (1.000 kr.)' }), 'Udgift (kr.)');
    await expectText(page.getByRole('combobox', { name: 'Kolonne E: Indbyggere' }), 'Aktivitet (fx elever)');
    await shot(page, 'budget-2-columns');

    // The budget's own inhabitants are not each area's denominator: let the reference supply it.
    await pick(page, 'Kolonne E: Indbyggere', 'Ignorér');
    await pick(page, 'Sammenligningsgruppe', 'Samme kommunegruppe');
    await pick(page, 'Standard', 'Bedste kvartil');
    await shot(page, 'budget-3-choices');

    // A problem's address selects its cell in the workbook.
    await page.locator('#pane .problem-address', { hasText: "'Budget 2025'!D4" }).first().click();
    await eventually(() => selection(page), { sheet: 'Budget 2025', address: 'D4' });

    await page.getByRole('button', { name: 'Kør benchmark' }).click();
    await page.getByRole('heading', { name: '4. Resultater' }).waitFor({ timeout: 30_000 });
    await shot(page, 'budget-4-results');

    const names = await sheetNames(page);
    expect(names).toEqual(expect.arrayContaining(['Budget 2025', 'Overblik', 'Potentialer']));
    const potentials = (await cellsOf(page, 'Potentialer')) as Record<string, unknown>;
    const formulas = Object.values(potentials).filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    // Each potential is a live formula: the gap to the standard, floored at zero, times the activity.
    expect(formulas.some((f) => /^=IF\(.*MAX\(0,.+\)\*/.test(f))).toBe(true);

    const engine = await enginePotentials('kommune-budget', { kind: 'range', sheet: 'Budget 2025', range: 'A4:E10' }, {
      group: { kind: 'kommunegruppe' }, standard: 'quartile', mapping: { Indbyggere: 'ignore' },
    });
    const headline = Math.max(...engine);
    const shown = page.getByTestId('top-potentials').locator('li');
    expect(Number(await shown.first().getAttribute('data-potential'))).toBe(headline);
    const kr = `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(Math.round(headline))} kr.`;
    expect(await shown.first().textContent()).toContain(kr);
    expect(await shown.count()).toBe(Math.min(3, engine.filter((p) => p > 0).length));

    // A sheet link shows the sheet.
    await page.getByRole('button', { name: 'Åbn arket Potentialer' }).click();
    await eventually(() => page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.activeSheet), 'Potentialer');
    await shot(page, 'budget-5-potentials-sheet');

    // Remembered per workbook: after a reload one click runs again with the same choices.
    await page.reload();
    await page.getByRole('button', { name: 'Kør igen med sidste indstillinger' }).click();
    await page.getByRole('heading', { name: '4. Resultater' }).waitFor({ timeout: 30_000 });
    expect(Number(await page.getByTestId('top-potentials').locator('li').first().getAttribute('data-potential'))).toBe(headline);
    await expectText(page.getByRole('combobox', { name: 'Standard' }), 'Bedste kvartil');

    expect(await axeFindings(page)).toEqual([]);
  });

  it('skoler: table, institution columns, area and median, run, problem link', async () => {
    await page.goto(`${server.url}?example=skoler`);
    await pick(page, 'Eller vælg en tabel', 'Skoler (Skoler 2024!A4:G29)', 'Skoler');
    await expectText(page.getByRole('combobox', { name: 'Kolonne B: Skole' }), 'Institutionsnavn');
    await expectText(page.getByRole('combobox', { name: 'Kolonne D: Elever' }), 'Aktivitet (fx elever)');
    await expectText(page.getByRole('combobox', { name: 'Kolonne G: Socioøkonomisk reference' }), 'Rammevilkår');
    await pick(page, 'Serviceområde', 'Folkeskole');
    await shot(page, 'skoler-1-columns');

    await page.getByRole('button', { name: 'Kør benchmark' }).click();
    await page.getByRole('heading', { name: '4. Resultater' }).waitFor({ timeout: 30_000 });
    await shot(page, 'skoler-2-results');

    const engine = await enginePotentials('skoler', { kind: 'table', name: 'Skoler' }, { group: { kind: 'all' }, standard: 'median', area: 'folkeskole' });
    const shown = page.getByTestId('top-potentials').locator('li');
    expect(Number(await shown.first().getAttribute('data-potential'))).toBe(Math.max(...engine));
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(['Overblik', 'Potentialer']));

    await page.locator('#pane .problem-address', { hasText: "'Skoler 2024'!D22" }).first().click();
    await eventually(() => selection(page), { sheet: 'Skoler 2024', address: 'D22' });
    await shot(page, 'skoler-3-problem-selected');

    expect(await axeFindings(page)).toEqual([]);
  });

  it('skoler with DEA: both methods, default variables, solved in a worker with progress', async () => {
    const workerRequests: string[] = [];
    page.on('request', (request) => /pejlemaerke-dea/.test(request.url()) && workerRequests.push(request.url()));
    await page.goto(`${server.url}?example=skoler`);
    await pick(page, 'Eller vælg en tabel', 'Skoler (Skoler 2024!A4:G29)', 'Skoler');
    await pick(page, 'Serviceområde', 'Folkeskole');
    await page.getByRole('radio', { name: 'Begge' }).check();
    // Defaults: cost in; pupils and both quality measures out; VRS and input orientation, each explained.
    await page.getByTestId('dea-settings').waitFor();
    // Each number column has a box under Input and one under Output, in that order.
    const ticked = (header: string) =>
      page.evaluate((text) => [...document.querySelectorAll<HTMLInputElement>('#pane input[type=checkbox]')]
        .filter((box) => box.labels?.[0]?.textContent?.trim() === text)
        .map((box) => box.checked), header);
    expect(await ticked('Nettoudgift (kr.)')).toEqual([true, false]);
    for (const header of ['Elever', 'Karaktergennemsnit', 'Trivsel']) expect([header, await ticked(header)]).toEqual([header, [false, true]]);
    expect(await ticked('Socioøkonomisk reference')).toEqual([false, false]);
    await page.getByText('Store og små institutioner sammenlignes med andre af samme størrelse.').waitFor();
    await page.getByText('Hvor meget mindre kunne det koste med samme aktivitet og kvalitet?').waitFor();
    await shot(page, 'dea-1-method');
    expect(workerRequests).toEqual([]);

    // The run may be quicker than a screenshot: watch the pane for the progress bar instead.
    await page.evaluate(() => {
      const seen = { bar: false, solving: false };
      Object.assign(window, { progressSeen: seen });
      const pane = document.getElementById('pane') as HTMLElement;
      new MutationObserver(() => {
        seen.bar ||= pane.querySelector('[data-testid="run-progress"]') !== null;
        seen.solving ||= /Løser DEA/.test(pane.textContent ?? '');
      }).observe(pane, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Kør benchmark' }).click();
    await page.getByRole('heading', { name: '4. Resultater' }).waitFor({ timeout: 30_000 });
    await shot(page, 'dea-2-results');

    const seen = await page.evaluate(() => (window as unknown as { progressSeen: { bar: boolean; solving: boolean } }).progressSeen);
    expect(seen.bar).toBe(true);
    expect(workerRequests.length).toBeGreaterThan(0);
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(['Overblik', 'DEA – Folkeskole', 'Potentialer']));
    const dea = (await cellsOf(page, 'DEA – Folkeskole')) as Record<string, unknown>;
    const formulas = Object.values(dea).filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    // The DEA potential is a live formula: (1 − score) × cost, floored at zero.
    expect(formulas.some((f) => /^=MAX\(0,\(1-B\d+\)\*[A-Z]+\d+\)$/.test(f))).toBe(true);
    // The results step names the frontier and the total in words.
    // With the default bootstrap (2,000 replicates, solved in the worker) it also says how sure the gaps are.
    expect(await page.getByTestId('dea-summary').textContent()).toMatch(
      /^DEA: \d+ af 24 institutioner ligger på fronten\. Potentiale i alt: [\d.]+ kr\. Usikkerhed \(2000 gentagelser\): for \d+ af \d+ enheder under fronten er forskellen til læringspartneren sikker\.$/,
    );

    await page.getByRole('button', { name: 'Åbn arket DEA – Folkeskole' }).click().catch(() => undefined);
    await shot(page, 'dea-3-sheet');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('speaks English when Office runs in English', async () => {
    await page.goto(`${server.url}?example=skoler&lang=en-US`);
    await page.getByRole('button', { name: 'Use selection' }).waitFor();
    await pick(page, 'Or pick a table', 'Skoler (Skoler 2024!A4:G29)', 'Skoler');
    await expectText(page.getByRole('combobox', { name: 'Column D: Elever' }), 'Activity (e.g. pupils)');
    await expectText(page.getByRole('combobox', { name: 'Standard' }), 'Median');
    await shot(page, 'english-1-columns');
  });
});
