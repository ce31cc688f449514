// The <sheetData> of a report sheet, generated straight from its cells into the deflating zip entry
// row by row. What each cell holds is what the ExcelJS writer stored for it before: values, formulas
// with their cached results, the format; input cells of a protected sheet that the model leaves
// empty still carry their unlocked format; the covered cells of a merge take the format of the merge's
// first cell and lose their content; a table's header cells hold the table's column names.
import { columnLetters, type RangeRef } from './address';
import { formulaResult, hasFormula, type SheetCells } from './sheetCells';
import type { SharedStrings } from './sharedStrings';
import { cellXmlText, stripIllegalXmlChars } from './text';
import { requireRange } from './modelError';

export interface SheetDataContext {
  cells: SheetCells;
  /** Global cellXfs index of each local format number. */
  xfIds: readonly number[];
  strings: SharedStrings;
  /** The model's formula as the file stores it. */
  fileFormula: (formula: string) => string;
}

/** What the merges and tables put in particular cells. */
type Special = { kind: 'covered'; xf: number } | { kind: 'header'; text: string };

interface TextSink {
  write(text: string): void;
  flushIfFull(): Promise<void>;
}

export class SheetDataWriter {
  private readonly letters: string[] = [];
  /** ' s="12"' by global format, '' for format 0. */
  private readonly styleAttributes: string[] = [];
  private readonly specials = new Map<number, Map<number, Special>>();
  private readonly extraRows: number[];
  private readonly heights = new Map<number, number>();

  constructor(private readonly ctx: SheetDataContext) {
    const { sheet } = ctx.cells;
    for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
      if (Number.isFinite(height) && height > 0) this.heights.set(Number(row), height);
    }
    // Tables first, merges after: the ExcelJS writer merged before the tables rewrote their header
    // cells, and a header cell a merge covers kept the merge.
    for (const table of sheet.tables) {
      const box = requireRange(table.range);
      table.columns.forEach((name, j) => this.special(box.top, box.left + j, { kind: 'header', text: name }));
    }
    for (const merge of sheet.merges) {
      const box = requireRange(merge);
      const xf = this.formatAt(box.top, box.left);
      for (let row = box.top; row <= box.bottom; row++) {
        for (let col = box.left; col <= box.right; col++) {
          if (row !== box.top || col !== box.left) this.special(row, col, { kind: 'covered', xf });
        }
      }
    }
    const extra = new Set<number>([...this.specials.keys(), ...this.heights.keys()]);
    for (const box of ctx.cells.unlocked) for (let row = box.top; row <= box.bottom; row++) extra.add(row);
    this.extraRows = [...extra].sort((a, b) => a - b);
  }

  private special(row: number, col: number, special: Special): void {
    let line = this.specials.get(row);
    if (!line) this.specials.set(row, (line = new Map()));
    line.set(col, special);
  }

  /** Global format of whatever sits at row/col before merges apply (0 = none). */
  private formatAt(row: number, col: number): number {
    const { cells, xfIds } = this.ctx;
    const index = cells.find(row, col);
    if (index >= 0) return xfIds[cells.formats[index]];
    return cells.isUnlocked(row, col) ? xfIds[cells.emptyUnlockedFormat] : 0;
  }

  private letter(col: number): string {
    return (this.letters[col] ??= columnLetters(col));
  }

  /** The used range of what will be written, e.g. 'A1:O50007', or undefined for an empty sheet. */
  dimension(): string | undefined {
    const { cells } = this.ctx;
    const box: RangeRef = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
    const add = (row: number, col: number): void => {
      box.top = Math.min(box.top, row);
      box.bottom = Math.max(box.bottom, row);
      box.left = Math.min(box.left, col);
      box.right = Math.max(box.right, col);
    };
    for (const index of cells.order) add(cells.rowOf(index), cells.columnOf(index));
    for (const area of cells.unlocked) {
      add(area.top, area.left);
      add(area.bottom, area.right);
    }
    for (const [row, line] of this.specials) for (const col of line.keys()) add(row, col);
    if (box.top === Infinity) return undefined;
    const from = `${this.letter(box.left)}${box.top}`;
    const to = `${this.letter(box.right)}${box.bottom}`;
    return from === to ? from : `${from}:${to}`;
  }

  async write(out: TextSink): Promise<void> {
    const { cells } = this.ctx;
    const order = cells.order;
    let next = 0;
    let extra = 0;
    let rows = 0;
    while (next < order.length || extra < this.extraRows.length) {
      const modelRow = next < order.length ? cells.rowOf(order[next]) : Infinity;
      const row = Math.min(modelRow, extra < this.extraRows.length ? this.extraRows[extra] : Infinity);
      if (extra < this.extraRows.length && this.extraRows[extra] === row) extra++;
      const first = next;
      while (next < order.length && cells.rowOf(order[next]) === row) next++;
      out.write(this.rowXml(row, first, next));
      if (++rows % 256 === 0) await out.flushIfFull();
    }
  }

  /** One row: the model's cells order[first..end), plus empty input cells and merge and table cells. */
  private rowXml(row: number, first: number, end: number): string {
    const { cells } = this.ctx;
    const specials = this.specials.get(row);
    const inputs = cells.unlocked.length === 0 ? cells.unlocked : cells.unlocked.filter((box) => row >= box.top && row <= box.bottom);
    let body = '';
    let min = 0;
    let max = 0;
    const emit = (col: number, xml: string): void => {
      if (!xml) return;
      body += xml;
      if (!min) min = col;
      max = col;
    };
    if (!specials && inputs.length === 0) {
      for (let i = first; i < end; i++) emit(cells.columnOf(cells.order[i]), this.modelCellXml(row, cells.order[i]));
    } else {
      const columns = new Set<number>();
      for (let i = first; i < end; i++) columns.add(cells.columnOf(cells.order[i]));
      for (const box of inputs) for (let col = box.left; col <= box.right; col++) columns.add(col);
      for (const col of specials?.keys() ?? []) columns.add(col);
      for (const col of [...columns].sort((a, b) => a - b)) emit(col, this.cellXml(row, col, specials?.get(col)));
    }
    const height = this.heights.get(row);
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    if (!body && !ht) return '';
    const spans = min ? ` spans="${min}:${max}"` : '';
    return body
      ? `<row r="${row}"${ht}${spans} x14ac:dyDescent="0.25">${body}</row>`
      : `<row r="${row}"${ht} x14ac:dyDescent="0.25"/>`;
  }

  private cellXml(row: number, col: number, special: Special | undefined): string {
    const { cells, xfIds } = this.ctx;
    if (special?.kind === 'covered') return `<c r="${this.letter(col)}${row}"${special.xf ? ` s="${special.xf}"` : ''}/>`;
    const index = cells.find(row, col);
    if (special?.kind === 'header') {
      const xf = this.formatAt(row, col);
      return this.textCell(row, col, xf, special.text);
    }
    if (index >= 0) return this.modelCellXml(row, index);
    const xf = xfIds[cells.emptyUnlockedFormat];
    return xf ? `<c r="${this.letter(col)}${row}" s="${xf}"/>` : '';
  }

  private styleAttribute(xf: number): string {
    return (this.styleAttributes[xf] ??= xf ? ` s="${xf}"` : '');
  }

  private textCell(row: number, col: number, xf: number, text: string): string {
    const s = this.styleAttribute(xf);
    return `<c r="${this.letter(col)}${row}"${s} t="s"><v>${this.ctx.strings.indexOf(text)}</v></c>`;
  }

  private modelCellXml(row: number, index: number): string {
    const { cells, xfIds } = this.ctx;
    const model = cells.sheet.cells[index];
    const col = cells.columnOf(index);
    const xf = xfIds[cells.formats[index]];
    const r = this.letter(col) + row;
    const s = this.styleAttribute(xf);
    if (hasFormula(model)) {
      const f = `<f>${cellXmlText(this.ctx.fileFormula(model.formula as string))}</f>`;
      const result = formulaResult(model.value);
      if (result === undefined) return `<c r="${r}"${s}>${f}</c>`;
      if (typeof result === 'string') return `<c r="${r}"${s} t="str">${f}<v>${cellXmlText(result)}</v></c>`;
      if (typeof result === 'boolean') return `<c r="${r}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
      return `<c r="${r}"${s}>${f}<v>${result}</v></c>`;
    }
    const value = model.value;
    if (value === null || value === undefined) return xf ? `<c r="${r}"${s}/>` : '';
    if (typeof value === 'number') return `<c r="${r}"${s}><v>${value}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${r}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    return this.textCell(row, col, xf, stripIllegalXmlChars(value));
  }
}
