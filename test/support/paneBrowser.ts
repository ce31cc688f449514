// Shared by the browser tests of the task pane: Chromium with its own profile, the playground at a
// given pane width, screenshots into test-artifacts/, axe-core over the pane and its popups.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { FakeExcel } from '../../src/hosts/excel/fake';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = join(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const haveChromium = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface PaneBrowser {
  context: BrowserContext;
  /** Addresses beyond 127.0.0.1 the pages tried to reach (refused). */
  outside: string[];
  close(): Promise<void>;
}

/** A persistent context in a fresh profile directory; nothing leaves 127.0.0.1. */
export async function launchPaneBrowser(height = 720): Promise<PaneBrowser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'pejlemaerke-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height },
    args: CHROMIUM_ARGS,
  });
  const outside: string[] = [];
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  return {
    context,
    outside,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PlaygroundHandle {
  playground: { excel: FakeExcel };
}

export const workbook = {
  sheetNames: (page: Page) => page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.sheets.map((s) => s.name)),
  selection: (page: Page) => page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.selection),
  activeSheet: (page: Page) => page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.activeSheet),
  syncCount: (page: Page) => page.evaluate(() => (window as unknown as PlaygroundHandle).playground.excel.syncLog.length),
  cells: (page: Page, sheet: string) =>
    page.evaluate((name) => {
      const found = (window as unknown as PlaygroundHandle).playground.excel.sheet(name);
      return found ? Object.fromEntries([...found.cells].map(([key, cell]) => [key, cell.formula ?? cell.value])) : null;
    }, sheet),
};

/** Selects a range in the playground's grid by click and shift-click. */
export async function selectCells(page: Page, from: string, to = from): Promise<void> {
  await page.click(`td[data-address="${from}"]`);
  if (to !== from) await page.click(`td[data-address="${to}"]`, { modifiers: ['Shift'] });
}

/** The pane area as the user sees it (not the whole page). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.locator('#pane').screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Serious and critical accessibility findings in the pane and its popups (listboxes, info popovers), as "rule: target" lines. */
export async function axeFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>, which Fluent puts
    // around focus groups such as the toaster) hand focus on the moment they get it; they are left out.
    const result = await axe.run({ include: [['#pane'], ['[data-portal-node]']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Picks an option of a Fluent dropdown in the pane and waits until the dropdown shows it. */
export async function pick(page: Page, combobox: string | RegExp, option: string, shownAfter = option): Promise<void> {
  const box = page.locator('#pane').getByRole('combobox', { name: combobox, exact: typeof combobox === 'string' });
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expectText(box, shownAfter);
}

export async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.waitFor();
  expect((await locator.textContent())?.trim()).toBe(text);
}

/** Polls until `read` gives `expected` (deep equality) or two seconds pass, then asserts. */
export async function eventually<T>(read: () => Promise<T>, expected: T, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 50));
    value = await read();
  }
  expect(value).toEqual(expected);
}

export const pane = {
  heading: (page: Page, name: string) => page.locator('#pane').getByRole('heading', { name, exact: true, level: 2 }),
  primary: (page: Page) => page.getByTestId('footer-primary'),
  back: (page: Page) => page.locator('#pane').getByRole('button', { name: 'Tilbage', exact: true }),
  step: (page: Page, n: number) => page.locator('#pane nav').getByRole('button', { name: new RegExp(`^${n} `) }),
  /** True when the pane's content fits its height without scrolling. */
  fits: (page: Page) => page.evaluate(() => {
    const element = document.getElementById('pane') as HTMLElement;
    return { scrollHeight: element.scrollHeight, clientHeight: element.clientHeight };
  }),
};

/** Presses Tab until `focused` holds for the active element (at most `max` presses). */
export async function tabUntil(page: Page, focused: (element: { text: string; role: string | null; testid: string | null; name: string | null }) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const element = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return {
        text: active?.textContent?.trim() ?? '',
        role: active?.getAttribute('role') ?? null,
        testid: active?.getAttribute('data-testid') ?? null,
        name: active?.getAttribute('aria-label') ?? (active as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? null,
      };
    });
    if (focused(element)) return;
  }
  throw new Error('Tab never reached the element');
}
