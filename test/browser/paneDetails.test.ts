// The pane's promises beyond the walk: the first screen fits 320 × 720, each bad selection gets
// its own message (never pointing outside the selection) with an offer to widen it, the whole flow
// completes by keyboard, the language switch is remembered and uses English separators, and the
// StatBank code loads only when live data is chosen.
import type { Page } from 'playwright-core';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground';
import {
  axeFindings, CHROMIUM, eventually, expectText, haveChromium, launchPaneBrowser, pane, selectCells, shot, tabUntil, workbook, type PaneBrowser,
} from '../support/paneBrowser';

if (!haveChromium) console.warn(`Skipping the pane browser tests: ${CHROMIUM} is missing (apt-get install chromium).`);
const describeIfChromium = haveChromium ? describe : describe.skip;

jest.setTimeout(180_000);

describeIfChromium('task pane details in Chromium', () => {
  let server: PlaygroundServer;
  let browser: PaneBrowser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startPlayground({ build: 'auto' });
    browser = await launchPaneBrowser(720);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    requests.length = 0;
    page.on('request', (request) => requests.push(request.url()));
  });

  afterEach(async () => {
    await page?.close();
  });

  async function open(example: string, width = 320, keep = false): Promise<void> {
    await page.goto(`${server.url}?example=${example}&width=${width}`);
    if (!keep) {
      await page.evaluate(() => localStorage.clear());
      await page.reload();
    }
    await page.locator('#pane [data-pane-ready="true"]').waitFor();
  }

  it('the first screen fits a 320 × 720 pane without scrolling, the primary action in view', async () => {
    await open('kommune-budget', 320);
    // The playground's bar takes the top of the window; the pane gets the rest of the 720 px.
    const { scrollHeight, clientHeight } = await pane.fits(page);
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
    expect(clientHeight).toBeLessThanOrEqual(720);
    await page.setViewportSize({ width: 1280, height: 720 + 30 });
    const box = await pane.primary(page).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(750);
    await shot(page, 'first-screen-320');
  });

  it.each([
    ['a single cell', 'B5', 'B5', 'singleCell', "Du har kun markeret én celle ('Budget 2025'!B5)."],
    ['an empty range', 'A12', 'B12', 'empty', "Markeringen 'Budget 2025'!A12:B12 er tom."],
    ['text only', 'B5', 'C9', 'textOnly', "Markeringen 'Budget 2025'!B5:C9 indeholder kun tekst"],
    ['a header row only', 'A4', 'E4', 'headerOnly', "Markeringen 'Budget 2025'!A4:E4 er kun en overskriftsrække."],
  ])('%s gets its own message and, where the figures are near, an offer to widen', async (_, from, to, issue, text) => {
    await open('kommune-budget');
    await selectCells(page, from, to);
    await page.getByRole('button', { name: 'Brug markering' }).click();
    const notice = page.getByTestId('selection-issue');
    await notice.waitFor();
    expect(await notice.getAttribute('data-issue')).toBe(issue);
    expect(await notice.textContent()).toContain(text);
    expect(await page.getByTestId('read-summary').textContent()).toContain(`Læst: 'Budget 2025'!${from === to ? from : `${from}:${to}`}.`);
    // Nothing else is said about cells the user did not select.
    expect(await page.getByTestId('problems').count()).toBe(0);
    expect(await page.getByTestId('footer-blocked').textContent()).toBe('Markeringen er ikke en tabel med tal.');
    await shot(page, `selection-${issue}-320`);
    expect(await axeFindings(page)).toEqual([]);
    const widen = page.getByRole('button', { name: 'Udvid til det aktuelle område (A4:E10)' });
    if (issue === 'empty') {
      expect(await notice.getByRole('button').count()).toBe(0);
      return;
    }
    await widen.click();
    await page.getByTestId('read-summary').getByText("Læst: 'Budget 2025'!A4:E10. 5 rækker kan bruges.").waitFor();
    await eventually(() => workbook.selection(page), { sheet: 'Budget 2025', address: 'A4:E10' });
  });

  it('offers the table a selection touches', async () => {
    await open('skoler');
    await selectCells(page, 'C4');
    await page.getByRole('button', { name: 'Brug markering' }).click();
    await page.getByRole('button', { name: 'Udvid til den aktuelle tabel (Skoler)' }).click();
    await page.getByTestId('read-summary').getByText('Læst: tabellen Skoler. 24 rækker kan bruges. 1 række er udeladt.').waitFor();
  });

  it('completes the whole flow by keyboard', async () => {
    await open('kommune-budget');
    await selectCells(page, 'A4', 'E10');
    await page.getByRole('button', { name: 'Brug markering' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('column-questions').waitFor();
    await tabUntil(page, (el) => el.role === null && el.name === 'Brug den: del udgiften med tallene i kolonnen');
    await page.keyboard.press('ArrowDown'); // to "Ignorér den", which checks it
    await expectText(page.getByRole('combobox', { name: 'Kolonne E: Indbyggere' }), 'Ignorér');
    await tabUntil(page, (el) => el.testid === 'footer-primary');
    await page.keyboard.press('Enter');
    // Each new step puts focus on its heading.
    await eventually(() => page.evaluate(() => document.activeElement?.textContent), 'Hvad skal tallene sammenlignes med?');
    await tabUntil(page, (el) => el.role === 'combobox' && el.text === 'Median');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectText(page.locator('#pane').getByRole('combobox', { name: /^Standard/ }), 'Bedste kvartil');
    await tabUntil(page, (el) => el.testid === 'footer-primary');
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.textContent), 'Klar til at køre');
    await tabUntil(page, (el) => el.testid === 'footer-primary');
    await page.keyboard.press('Enter');
    await pane.heading(page, 'Resultater').waitFor({ timeout: 30_000 });
    await eventually(() => page.evaluate(() => document.activeElement?.textContent), 'Resultater');
    await tabUntil(page, (el) => el.text === 'Vis i Prioritering');
    await page.keyboard.press('Enter');
    await eventually(() => workbook.activeSheet(page), 'Prioritering');
  });

  it('switches to English, remembered per user, with English separators', async () => {
    await open('kommune-budget');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await pane.heading(page, 'Your figures').waitFor();
    await page.reload();
    await page.locator('#pane [data-pane-ready="true"]').waitFor();
    await pane.heading(page, 'Your figures').waitFor();
    expect(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await selectCells(page, 'A4', 'E10');
    await page.getByRole('button', { name: 'Use selection' }).click();
    await page.getByRole('radio', { name: "Ignore it: use Statistics Denmark's population figures" }).check();
    await pane.primary(page).click();
    await pane.primary(page).click();
    await pane.primary(page).click();
    await page.locator('#pane').getByRole('heading', { name: 'Results', exact: true }).waitFor({ timeout: 30_000 });
    const first = (await page.getByTestId('top-potentials').locator('li').first().textContent()) ?? '';
    expect(first).toMatch(/^Viborg – Primary and lower secondary school\s*DKK \d{1,3}(,\d{3})+$/);
    const names = await workbook.sheetNames(page);
    expect(names).toEqual(expect.arrayContaining(['Overview', 'Benchmark – Schools', 'Potentials']));
    await shot(page, 'english-results-320');
    // Danish again: the results were written in English, so they are marked as changed.
    await page.getByRole('button', { name: 'Dansk', exact: true }).click();
    await page.getByTestId('stale-badge').waitFor();
  });

  it('loads the StatBank code only when live data is chosen', async () => {
    const statbankChunk = () => requests.filter((url) => /\/statbank\.[0-9a-f]+\.js$/.test(url));
    await open('kommune-budget');
    await selectCells(page, 'A4', 'E10');
    await page.getByRole('button', { name: 'Brug markering' }).click();
    await page.getByRole('radio', { name: 'Ignorér den: brug Danmarks Statistiks befolkningstal' }).check();
    await pane.primary(page).click();
    await pane.primary(page).click();
    await pane.primary(page).click();
    await pane.heading(page, 'Resultater').waitFor({ timeout: 30_000 });
    expect(statbankChunk()).toEqual([]);
    await pane.step(page, 2).click();
    await page.getByRole('radio', { name: 'Danmarks Statistik (live)' }).check();
    await eventually(async () => statbankChunk().length > 0, true, 5000);
    // "Henter tal fra Danmarks Statistik" belongs to live runs only; the snapshot run never said it.
    expect(browser.outside.every((url) => /api\.statbank\.dk/.test(url))).toBe(true);
  });
});
