// The real task pane in Chromium, against the playground's in-memory workbook, walked step by step
// through both examples at Excel's pane widths (270 px on a Mac, 320, 450 on the web). Figures are
// checked against the engine run directly in Node; axe-core runs at every step at 320 and 450 px,
// also with a dropdown open; each step leaves a screenshot in test-artifacts/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake';
import type { ReadSource } from '../../src/hosts/types';
import { benchmarkGrid, type BenchmarkOptions } from '../../src/pipeline/benchmarkGrid';
import { loadSnapshot } from '../../src/reference';
import { exampleWorkbook, startPlayground, type PlaygroundServer } from '../../scripts/playground';
import {
  axeFindings, CHROMIUM, eventually, expectText, haveChromium, launchPaneBrowser, pane, pick, ROOT, selectCells, shot, workbook, type PaneBrowser,
} from '../support/paneBrowser';

if (!haveChromium) console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install chromium).`);
const describeIfChromium = haveChromium ? describe : describe.skip;

jest.setTimeout(240_000);

/** What the engine says for an example read the same way the pane reads it. */
async function enginePotentials(example: string, source: ReadSource, options: Omit<BenchmarkOptions, 'reference'>): Promise<number[]> {
  const book = await exampleWorkbook(join(ROOT, 'examples', `${example}.xlsx`));
  const excel = FakeExcel.fromGrids(book.grids, book.tables);
  const host = new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]);
  const outcome = benchmarkGrid(await host.read(source), { ...options, reference: loadSnapshot() });
  return outcome.results.flatMap((result) => result.units.map((unit) => unit.potential));
}

const WIDTHS = [270, 320, 450] as const;
/** Widths at which axe-core checks every step. */
const AXE_WIDTHS = new Set<number>([320, 450]);
const findings: string[] = [];

describeIfChromium('playground in Chromium, step by step', () => {
  let server: PlaygroundServer;
  let browser: PaneBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startPlayground({ build: 'auto' });
    browser = await launchPaneBrowser();
  });

  afterAll(async () => {
    if (findings.length > 0) console.log(`axe-core, serious or critical:\n${findings.join('\n')}`);
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
  });

  afterEach(async () => {
    await page?.close();
  });

  async function open(example: string, width: number): Promise<void> {
    await page.goto(`${server.url}?example=${example}&width=${width}`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('#pane [data-pane-ready="true"]').waitFor();
  }

  /** Screenshot, and at 320/450 px an axe run that must find nothing serious. */
  async function check(name: string, width: number): Promise<void> {
    await shot(page, name);
    if (!AXE_WIDTHS.has(width)) return;
    const found = await axeFindings(page);
    findings.push(...found.map((line) => `${name}: ${line}`));
    expect([name, found]).toEqual([name, []]);
  }

  describe.each(WIDTHS)('%i px', (width) => {
    it('kommune-budget: selection, the inhabitants question, kommunegruppe and best quartile, run, results, a change marked', async () => {
      const name = (step: string) => `budget-${width}-${step}`;
      await open('kommune-budget', width);
      await pane.heading(page, 'Dine tal').waitFor();
      await check(name('1-start'), width);

      await selectCells(page, 'A4', 'E10');
      expect(await workbook.selection(page)).toEqual({ sheet: 'Budget 2025', address: 'A4:E10' });
      await page.getByRole('button', { name: 'Brug markering' }).click();
      await page.getByTestId('read-summary').getByText("Læst: 'Budget 2025'!A4:E10. 5 rækker kan bruges.").waitFor();
      await expectText(page.getByRole('combobox', { name: 'Kolonne A: Kommunekode' }), 'Kommunekode');
      await expectText(page.getByRole('combobox', { name: 'Kolonne D: Nettoudgift (1.000 kr.)' }), 'Udgift (kr.)');
      // The inhabitants column changes the potentials, so the pane asks instead of guessing.
      await expectText(page.getByTestId('footer-blocked'), 'Svar på spørgsmålet om kolonnen "Indbyggere".');
      await check(name('2-question'), width);

      await page.getByRole('radio', { name: 'Ignorér den: brug Danmarks Statistiks befolkningstal' }).check();
      await expectText(page.getByRole('combobox', { name: 'Kolonne E: Indbyggere' }), 'Ignorér');
      await pane.primary(page).click();
      await pane.heading(page, 'Hvad skal tallene sammenlignes med?').waitFor();
      await pick(page, /^Sammenlign med/, 'Samme kommunegruppe');
      await pick(page, /^Standard/, 'Bedste kvartil');
      await page.getByText('Den billigste fjerdedel.').waitFor();
      await check(name('3-comparison'), width);
      if (AXE_WIDTHS.has(width)) {
        // With a dropdown open: the listbox lives in a portal, which axe checks too.
        await page.locator('#pane').getByRole('combobox', { name: /^Standard/ }).click();
        await page.getByRole('listbox').waitFor();
        await check(name('3b-dropdown-open'), width);
        await page.keyboard.press('Escape');
      }

      // Back and forward keep the choices.
      await pane.back(page).click();
      await expectText(page.getByRole('combobox', { name: 'Kolonne E: Indbyggere' }), 'Ignorér');
      await pane.primary(page).click();
      await expectText(page.locator('#pane').getByRole('combobox', { name: /^Standard/ }), 'Bedste kvartil');
      await pane.primary(page).click();
      await pane.heading(page, 'Klar til at køre').waitFor();
      await check(name('4-run'), width);

      const syncsBefore = await workbook.syncCount(page);
      await pane.primary(page).click();
      await pane.heading(page, 'Resultater').waitFor({ timeout: 30_000 });
      // After a run, focus is on the results heading; the run read and wrote in at most 3 syncs.
      await eventually(() => page.evaluate(() => document.activeElement?.textContent), 'Resultater');
      expect((await workbook.syncCount(page)) - syncsBefore).toBeLessThanOrEqual(3);
      await page.getByText('Færdig', { exact: true }).waitFor();
      await page.waitForTimeout(600); // the toast's fade-in, so contrast is measured at full opacity
      await check(name('5-results'), width);

      const engine = await enginePotentials('kommune-budget', { kind: 'range', sheet: 'Budget 2025', range: 'A4:E10' }, {
        group: { kind: 'kommunegruppe' }, standard: 'quartile', mapping: { Indbyggere: 'ignore' },
      });
      const headline = Math.max(...engine);
      const shown = page.getByTestId('top-potentials').locator('li');
      expect(Number(await shown.first().getAttribute('data-potential'))).toBe(headline);
      const kr = `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(Math.round(headline))} kr.`;
      expect(await shown.first().textContent()).toContain(kr);
      expect(await shown.count()).toBe(Math.min(3, engine.filter((p) => p > 0).length));
      // The results say what the figures rest on.
      const basis = (await page.getByTestId('result-basis').textContent()) ?? '';
      for (const part of ['Samme kommunegruppe', 'Bedste kvartil', '2024', 'Medfølgende øjebliksbillede']) expect(basis).toContain(part);
      expect(await page.getByTestId('stale-badge').count()).toBe(0);

      const names = await workbook.sheetNames(page);
      expect(names).toEqual(expect.arrayContaining(['Budget 2025', 'Overblik', 'Potentialer', 'Prioritering']));
      const potentials = (await workbook.cells(page, 'Potentialer')) as Record<string, unknown>;
      expect(Object.values(potentials).some((v) => typeof v === 'string' && /^=IF\(.*MAX\(0,.+\)\*/.test(v))).toBe(true);
      await page.getByRole('button', { name: 'Vis i Prioritering' }).click();
      await eventually(() => workbook.activeSheet(page), 'Prioritering');
      await page.getByRole('button', { name: 'Åbn arket Potentialer' }).click();
      await eventually(() => workbook.activeSheet(page), 'Potentialer');

      // A changed choice marks the results at once; running again makes them current.
      await pane.step(page, 2).click();
      await pick(page, /^Standard/, 'Median');
      await pane.step(page, 4).click();
      await page.getByTestId('stale-badge').waitFor();
      expect(await page.getByTestId('stale-badge').textContent()).toBe('ændret – kør igen');
      await check(name('6-stale'), width);
      await pane.primary(page).click();
      await pane.heading(page, 'Resultater').waitFor({ timeout: 30_000 });
      await eventually(() => page.getByTestId('stale-badge').count(), 0);
      expect(await page.getByTestId('result-basis').textContent()).toContain('Median');
    });

    it('skoler: table, institution columns, area, both methods, DEA in a worker, contradiction, problem link', async () => {
      const name = (step: string) => `skoler-${width}-${step}`;
      const workerRequests: string[] = [];
      page.on('request', (request) => /pejlemaerke-dea/.test(request.url()) && workerRequests.push(request.url()));
      await open('skoler', width);
      await pick(page, 'Eller vælg en tabel', 'Skoler (Skoler 2024!A4:G29)', 'Skoler');
      await expectText(page.getByRole('combobox', { name: 'Kolonne B: Skole' }), 'Institutionsnavn');
      await expectText(page.getByRole('combobox', { name: 'Kolonne D: Elever' }), 'Aktivitet (fx elever)');
      await expectText(page.getByRole('combobox', { name: 'Kolonne G: Socioøkonomisk reference' }), 'Rammevilkår');
      // Institutions raise no question; the error is a bar with a link to its cell.
      expect(await page.getByTestId('column-questions').count()).toBe(0);
      const error = page.locator('#pane [data-severity="error"]');
      expect(await error.textContent()).toContain('Elever');
      await error.getByRole('button', { name: "Gå til 'Skoler 2024'!D22" }).click();
      await eventually(() => workbook.selection(page), { sheet: 'Skoler 2024', address: 'D22' });
      await check(name('1-data'), width);

      await pane.primary(page).click();
      await pick(page, /^Serviceområde/, 'Folkeskole');
      await expectText(page.getByTestId('measure'), 'kr. pr. elev');
      // A group of municipalities does not apply to institutions compared with each other.
      expect(await page.locator('#pane').getByRole('combobox', { name: /^Sammenlign med/ }).count()).toBe(0);
      await page.getByRole('radio', { name: 'Begge' }).check();
      await page.getByRole('button', { name: 'DEA-indstillinger' }).click();
      await page.getByTestId('dea-settings').waitFor();
      const ticked = (header: string) =>
        page.evaluate((text) => [...document.querySelectorAll<HTMLInputElement>('#pane input[type=checkbox]')]
          .filter((box) => box.labels?.[0]?.textContent?.trim() === text)
          .map((box) => box.checked), header);
      expect(await ticked('Nettoudgift (kr.)')).toEqual([true, false]);
      for (const header of ['Elever', 'Karaktergennemsnit', 'Trivsel']) expect([header, await ticked(header)]).toEqual([header, [false, true]]);
      expect(await ticked('Socioøkonomisk reference')).toEqual([false, false]);
      await page.getByText('Samme aktivitet og kvalitet for færre penge.').waitFor();
      await check(name('2-comparison-dea'), width);
      expect(workerRequests).toEqual([]);

      await pane.primary(page).click();
      await pane.heading(page, 'Klar til at køre').waitFor();
      await page.evaluate(() => {
        const seen = { bar: false, solving: false };
        Object.assign(window, { progressSeen: seen });
        const root = document.getElementById('pane') as HTMLElement;
        new MutationObserver(() => {
          seen.bar ||= root.querySelector('[data-testid="run-progress"]') !== null;
          seen.solving ||= /Sammenligner institutionerne/.test(root.textContent ?? '');
        }).observe(root, { subtree: true, childList: true, characterData: true });
      });
      await pane.primary(page).click();
      await pane.heading(page, 'Resultater').waitFor({ timeout: 60_000 });
      await page.getByText('Færdig', { exact: true }).waitFor();
      await page.waitForTimeout(600);
      await check(name('3-results'), width);

      const seen = await page.evaluate(() => (window as unknown as { progressSeen: { bar: boolean } }).progressSeen);
      expect(seen.bar).toBe(true);
      expect(workerRequests.length).toBeGreaterThan(0);
      expect(await workbook.sheetNames(page)).toEqual(expect.arrayContaining(['Overblik', 'DEA – Folkeskole', 'Potentialer']));
      const engine = await enginePotentials('skoler', { kind: 'table', name: 'Skoler' }, { group: { kind: 'all' }, standard: 'median', area: 'folkeskole' });
      expect(Number(await page.getByTestId('top-potentials').locator('li').first().getAttribute('data-potential'))).toBe(Math.max(...engine));
      // With the default bootstrap (2,000 replicates, solved in the worker) it also says how sure the gaps are.
      expect(await page.getByTestId('dea-summary').textContent()).toMatch(
        /^\d+ af 24 institutioner får 100 % i DEA: ingen andre leverer det samme for færre penge\. De øvrige kunne tilsammen spare [\d.]+ kr\. Usikkerhed \(2\.000 gentagelser\): for \d+ af \d+ enheder under fronten er forskellen til læringspartneren sikker\.$/,
      );
      // A school dear in the key figures but on top in DEA gets one sentence.
      expect(await page.getByTestId('contradiction').textContent()).toMatch(/^Engskolen ser dyr ud i nøgletallene \(4,2 mio\. kr\. over standarden\), men får 100 % i DEA/);
      // The data step's problems are not listed again.
      expect(await page.locator('#pane [data-severity="error"]').count()).toBe(0);
    });
  });
});
