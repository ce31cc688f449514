// The playground page: the real task pane beside an in-memory workbook built from an example
// .xlsx (served as JSON by scripts/playground.ts), for anyone without Excel.
import type { CellGrid } from '../core/types';
import { FakeExcel, type SeedTable } from '../hosts/excel/fake';
import { officeEnvironment } from '../taskpane/environment';
import { mountPane } from '../taskpane/mount';
import { GridView } from './gridView';
import { installOfficeStub } from './officeStub';

interface ExampleWorkbook {
  grids: CellGrid[];
  tables: SeedTable[];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function fillSelect(select: HTMLSelectElement, options: string[], current: string, onChange: (value: string) => void): void {
  select.replaceChildren(...options.map((name) => new Option(name, name, false, name === current)));
  select.addEventListener('change', () => onChange(select.value));
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const names = await getJson<string[]>('examples/index.json');
  const example = params.get('example') ?? names[0];
  const language = params.get('lang') ?? 'da-DK';
  const reload = (key: string, value: string) => {
    params.set(key, value);
    location.search = params.toString();
  };
  fillSelect(document.getElementById('example') as HTMLSelectElement, names, example, (value) => reload('example', value));
  fillSelect(document.getElementById('language') as HTMLSelectElement, ['da-DK', 'en-US'], language, (value) => reload('lang', value));
  // Excel's task pane is 270 px wide on a Mac and up to 500 px on the web; the pane uses what it gets.
  const width = params.get('width') ?? '320';
  document.documentElement.style.setProperty('--pane-width', `${Number(width) || 320}px`);
  fillSelect(document.getElementById('width') as HTMLSelectElement, ['270', '320', '450', '500'], width, (value) => reload('width', value));

  const workbook = await getJson<ExampleWorkbook>(`examples/${encodeURIComponent(example)}.json`);
  const excel = FakeExcel.fromGrids(workbook.grids, workbook.tables);
  const grid = new GridView(document.getElementById('workbook') as HTMLElement, excel);
  const settingsKey = `pejlemaerke.playground.${example}`;
  installOfficeStub(excel, { displayLanguage: language, settingsKey, onChange: () => grid.render() });
  document.getElementById('reset')?.addEventListener('click', () => {
    localStorage.removeItem(settingsKey);
    location.reload();
  });
  grid.render();
  // The browser test reads the workbook through this handle.
  Object.assign(window, { playground: { excel, example } });

  // No internet in most sandboxes: the playground starts on the snapshot; live stays selectable.
  const baseUrl = params.get('statbank') ?? undefined;
  mountPane(document.getElementById('pane') as HTMLElement, officeEnvironment({ referenceSource: 'snapshot', ...(baseUrl ? { baseUrl } : {}) }));
}

start().catch((error: unknown) => {
  const pane = document.getElementById('pane');
  if (pane) pane.textContent = error instanceof Error ? error.message : String(error);
});
