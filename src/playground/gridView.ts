// A plain rendering of the fake workbook: sheet tabs and a grid of cells (values, formulas as
// text, number formats applied roughly). Clicking a cell selects it; shift-click extends.
import { columnNumberToLetter } from '../core/parse/address';
import type { FakeCell, FakeExcel } from '../hosts/excel/fake';

const MAX_ROWS = 150;
const MAX_COLS = 26;

interface Box { top: number; left: number; bottom: number; right: number }

function boxOf(address: string): Box | undefined {
  const parts = address.replace(/\$/g, '').split(':').map((p) => /^([A-Z]+)(\d+)$/i.exec(p));
  if (parts.some((p) => !p)) return undefined;
  const cells = parts.map((p) => ({ col: letterToNumber((p as RegExpExecArray)[1]), row: Number((p as RegExpExecArray)[2]) }));
  const [a, b] = [cells[0], cells[cells.length - 1]];
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function letterToNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

const DA = (digits: number) => new Intl.NumberFormat('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Roughly what Excel would show for the cell's number format; formulas show as their text. */
export function shownText(cell: FakeCell): string {
  if (cell.formula) return cell.formula;
  if (cell.value === null) return '';
  if (typeof cell.value !== 'number') return String(cell.value);
  const format = cell.numberFormat ?? 'General';
  if (format === 'General' || format === '@') return String(cell.value).replace('.', ',');
  const decimals = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  if (format.includes('%')) return `${DA(decimals).format(cell.value * 100)} %`;
  const text = DA(decimals).format(cell.value);
  return format.includes('kr') ? `${text} kr.` : text;
}

export class GridView {
  private anchor?: { row: number; col: number };
  private shown?: string;

  constructor(private readonly root: HTMLElement, private readonly excel: FakeExcel) {}

  render(): void {
    const visible = this.excel.sheets.filter((s) => s.visibility === 'Visible');
    const active = visible.find((s) => s.name === this.excel.activeSheet) ?? visible[0];
    if (this.shown !== active?.name) this.anchor = undefined;
    this.shown = active?.name;
    const tabs = document.createElement('div');
    tabs.className = 'tabs';
    tabs.setAttribute('role', 'tablist');
    for (const sheet of visible) {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.textContent = sheet.name;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet === active));
      tab.dataset.sheet = sheet.name;
      tab.addEventListener('click', () => {
        this.excel.activeSheet = sheet.name;
        this.render();
      });
      tabs.append(tab);
    }
    this.root.replaceChildren(tabs, active ? this.table(active.name) : document.createElement('div'));
  }

  private table(sheetName: string): HTMLElement {
    const sheet = this.excel.sheet(sheetName);
    const wrap = document.createElement('div');
    wrap.className = 'grid-wrap';
    if (!sheet) return wrap;
    let rows = 1;
    let cols = 1;
    for (const key of sheet.cells.keys()) {
      const box = boxOf(key);
      if (box) [rows, cols] = [Math.max(rows, box.bottom), Math.max(cols, box.right)];
    }
    rows = Math.min(rows + 2, MAX_ROWS);
    cols = Math.min(cols + 1, MAX_COLS);
    const selected = this.excel.selection && this.excel.selection.sheet === sheetName ? boxOf(this.excel.selection.address) : undefined;
    const table = document.createElement('table');
    table.className = 'grid';
    table.setAttribute('aria-label', sheetName);
    const head = table.createTHead().insertRow();
    head.append(document.createElement('th'));
    for (let c = 1; c <= cols; c++) {
      const th = document.createElement('th');
      th.textContent = columnNumberToLetter(c);
      head.append(th);
    }
    const body = table.createTBody();
    for (let r = 1; r <= rows; r++) {
      const tr = body.insertRow();
      if (sheet.hiddenRows.has(r)) tr.className = 'hidden-row';
      const th = document.createElement('th');
      th.textContent = String(r);
      tr.append(th);
      for (let c = 1; c <= cols; c++) {
        const address = `${columnNumberToLetter(c)}${r}`;
        const cell = sheet.cells.get(address);
        const td = tr.insertCell();
        td.dataset.address = address;
        if (cell) {
          td.textContent = shownText(cell);
          if (cell.formula) td.title = cell.formula;
          if (typeof cell.value === 'number' || cell.formula) td.className = 'num';
          if (cell.style?.bold) td.style.fontWeight = 'bold';
          if (cell.style?.fill) td.style.background = cell.style.fill;
        }
        if (selected && r >= selected.top && r <= selected.bottom && c >= selected.left && c <= selected.right) td.classList.add('selected');
        td.addEventListener('click', (event) => this.select(sheetName, r, c, event.shiftKey));
      }
    }
    wrap.append(table);
    return wrap;
  }

  private select(sheet: string, row: number, col: number, extend: boolean): void {
    const from = extend && this.anchor ? this.anchor : { row, col };
    if (!extend) this.anchor = { row, col };
    const first = `${columnNumberToLetter(Math.min(from.col, col))}${Math.min(from.row, row)}`;
    const last = `${columnNumberToLetter(Math.max(from.col, col))}${Math.max(from.row, row)}`;
    this.excel.selection = { sheet, address: first === last ? first : `${first}:${last}` };
    this.excel.activeSheet = sheet;
    this.render();
  }
}
