// The <sheetData> of a report sheet, generated straight from its cells into the deflating zip entry
// row by row. What each cell holds is what the ExcelJS writer stored for it before: values, formulas
// with their cached results, the format; input cells of a protected sheet that the model leaves
// empty still carry their unlocked format; the covered cells of a merge take the format of the merge's
// first cell and lose their content; a table's header cells hold the table's column names.
import { columnLetters, type RangeRef } from './address';
import { formulaResult, hasFormula, type SheetCells } from './sheetCells';
import type { SharedStrings } from './sharedStrings';
import { stripIllegalXmlChars } from './text';
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

/** Where the XML goes: DeflatingWriter (zip.ts). */
export interface XmlSink {
  write(text: string): void;
  /** Text as element content, escaped as cellXmlText escapes it. */
  writeCellText(text: string): void;
  writeNumber(value: number): void;
  flushIfFull(): Promise<void>;
}

export class SheetDataWriter {
  private readonly letters: string[] = [];
  /** '" s="12"' by global format, '"' for format 0 (the end of the r attribute included). */
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
    // The rows come in order: only the columns need looking at every cell.
    const order = cells.order;
    if (order.length > 0) {
      add(cells.rowOf(order[0]), cells.columnOf(order[0]));
      add(cells.rowOf(order[order.length - 1]), cells.columnOf(order[order.length - 1]));
      for (let i = 0; i < order.length; i++) {
        const col = cells.columnOf(order[i]);
        if (col < box.left) box.left = col;
        if (col > box.right) box.right = col;
      }
    }
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

  async write(out: XmlSink): Promise<void> {
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
      this.writeRow(out, row, first, next);
      if (++rows % 256 === 0) await out.flushIfFull();
    }
  }

  /** One row: the model's cells order[first..end), plus empty input cells and merge and table cells. */
  private writeRow(out: XmlSink, row: number, first: number, end: number): void {
    const { cells } = this.ctx;
    const specials = this.specials.get(row);
    const plain = !specials && cells.unlocked.length === 0;
    // Which columns get a <c>: a cell that is empty and unformatted is not written.
    const columns: number[] = [];
    if (plain) {
      for (let i = first; i < end; i++) if (this.writesSomething(cells.order[i])) columns.push(cells.columnOf(cells.order[i]));
    } else {
      for (const col of this.columnsOf(row, first, end, specials)) if (this.kindAt(row, col, specials?.get(col)) !== 'nothing') columns.push(col);
    }
    const height = this.heights.get(row);
    if (columns.length === 0 && height === undefined) return;
    out.write('<row r="');
    out.writeNumber(row);
    out.write(height !== undefined ? `" ht="${height}" customHeight="1"` : '"');
    if (columns.length === 0) {
      out.write(' x14ac:dyDescent="0.25"/>');
      return;
    }
    out.write(' spans="');
    out.writeNumber(columns[0]);
    out.write(':');
    out.writeNumber(columns[columns.length - 1]);
    out.write('" x14ac:dyDescent="0.25">');
    if (plain) {
      for (let i = first; i < end; i++) if (this.writesSomething(cells.order[i])) this.writeModelCell(out, row, cells.order[i]);
    } else {
      for (const col of columns) this.writeCell(out, row, col, specials?.get(col));
    }
    out.write('</row>');
  }

  /** Every column of the row that may hold something, in order. */
  private columnsOf(row: number, first: number, end: number, specials: Map<number, Special> | undefined): number[] {
    const { cells } = this.ctx;
    const columns: number[] = [];
    for (let i = first; i < end; i++) columns.push(cells.columnOf(cells.order[i]));
    for (const box of cells.unlocked) {
      if (row >= box.top && row <= box.bottom) for (let col = box.left; col <= box.right; col++) columns.push(col);
    }
    for (const col of specials?.keys() ?? []) columns.push(col);
    columns.sort((a, b) => a - b);
    return columns.filter((col, i) => i === 0 || col !== columns[i - 1]);
  }

  /** A model cell is written unless it has neither content nor a format. */
  private writesSomething(index: number): boolean {
    const { cells, xfIds } = this.ctx;
    const model = cells.sheet.cells[index];
    return hasFormula(model) || (model.value !== null && model.value !== undefined) || xfIds[cells.formats[index]] !== 0;
  }

  private kindAt(row: number, col: number, special: Special | undefined): 'covered' | 'header' | 'model' | 'input' | 'nothing' {
    if (special) return special.kind;
    const { cells, xfIds } = this.ctx;
    const index = cells.find(row, col);
    if (index >= 0) return this.writesSomething(index) ? 'model' : 'nothing';
    return cells.emptyUnlockedFormat >= 0 && cells.isUnlocked(row, col) && xfIds[cells.emptyUnlockedFormat] !== 0 ? 'input' : 'nothing';
  }

  private writeCell(out: XmlSink, row: number, col: number, special: Special | undefined): void {
    const { cells, xfIds } = this.ctx;
    if (special?.kind === 'covered') {
      this.openCell(out, row, col, special.xf);
      out.write('/>');
    } else if (special?.kind === 'header') {
      this.writeText(out, row, col, this.formatAt(row, col), special.text);
    } else {
      const index = cells.find(row, col);
      if (index >= 0) this.writeModelCell(out, row, index);
      else {
        this.openCell(out, row, col, xfIds[cells.emptyUnlockedFormat]);
        out.write('/>');
      }
    }
  }

  /** '<c r="B7" s="3"' (no s for format 0). */
  private openCell(out: XmlSink, row: number, col: number, xf: number): void {
    out.write('<c r="');
    out.write(this.letter(col));
    out.writeNumber(row);
    out.write(this.styleAttribute(xf));
  }

  private styleAttribute(xf: number): string {
    return (this.styleAttributes[xf] ??= xf ? `" s="${xf}"` : '"');
  }

  private writeText(out: XmlSink, row: number, col: number, xf: number, text: string): void {
    this.openCell(out, row, col, xf);
    out.write(' t="s"><v>');
    out.writeNumber(this.ctx.strings.indexOf(text));
    out.write('</v></c>');
  }

  private writeModelCell(out: XmlSink, row: number, index: number): void {
    const { cells, xfIds } = this.ctx;
    const model = cells.sheet.cells[index];
    const col = cells.columnOf(index);
    const xf = xfIds[cells.formats[index]];
    if (hasFormula(model)) {
      const result = formulaResult(model.value);
      this.openCell(out, row, col, xf);
      out.write(typeof result === 'string' ? ' t="str"><f>' : typeof result === 'boolean' ? ' t="b"><f>' : '><f>');
      out.writeCellText(this.ctx.fileFormula(model.formula as string));
      if (result === undefined) {
        out.write('</f></c>');
        return;
      }
      out.write('</f><v>');
      if (typeof result === 'string') out.writeCellText(result);
      else if (typeof result === 'boolean') out.write(result ? '1' : '0');
      else out.writeNumber(result);
      out.write('</v></c>');
      return;
    }
    const value = model.value;
    if (typeof value === 'string') {
      this.writeText(out, row, col, xf, stripIllegalXmlChars(value));
      return;
    }
    this.openCell(out, row, col, xf);
    if (value === null || value === undefined) out.write('/>');
    else if (typeof value === 'boolean') out.write(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
    else {
      out.write('><v>');
      out.writeNumber(value);
      out.write('</v></c>');
    }
  }
}
