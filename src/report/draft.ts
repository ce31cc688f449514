// A mutable scratch pad for one sheet; builders fill it cell by cell and `finish` freezes it into a
// SheetModel. Writing the same address twice is a layout bug, so it throws.
import { cell } from './a1';
import { headerRowHeight, widthsOfRows, wrappedLines } from './widths';
import type {
  CellModel,
  CellStyle,
  ChartModel,
  ConditionalFormatModel,
  DataValidationModel,
  ProtectionModel,
  ScalarValue,
  SheetModel,
  SheetRole,
  TableModel,
} from './model';

export interface CellOptions {
  numFmt?: string;
  style?: CellStyle;
}

/** A cell with its position. */
interface PlacedCell {
  row: number;
  column: number;
  model: CellModel;
}

export class SheetDraft {
  /** The cells by row, each row's by column. */
  private readonly grid = new Map<number, (CellModel | undefined)[]>();
  /** Text in column A, in the order written: the notes `wrapLongNotes` may wrap, in that order. */
  private readonly columnATexts: PlacedCell[] = [];
  readonly tables: TableModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly merges: string[] = [];
  readonly dataValidations: DataValidationModel[] = [];
  columnWidths: number[] = [];
  hiddenColumns: number[] = [];
  protection?: ProtectionModel;
  /** Pages tall the print fits on; 0 = as many as needed (always one page wide). */
  printPagesTall = 0;
  printArea?: string;
  private readonly fixedRowHeights: Record<number, number> = {};
  freeze?: { rows: number; columns: number };
  printTitleRows?: string;
  tabColor?: string;

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  private put(column: number, row: number, value: ScalarValue | undefined, formula: string | undefined, options: CellOptions): string {
    let line = this.grid.get(row);
    if (!line) {
      line = [];
      this.grid.set(row, line);
    }
    if (line[column] !== undefined) throw new Error(`Cell ${cell(column, row)} on '${this.name}' written twice`);
    const address = cell(column, row);
    const model: CellModel = { address };
    if (value !== undefined) model.value = withinCellLimit(value);
    if (formula !== undefined) model.formula = formula;
    if (options.numFmt !== undefined) model.numFmt = options.numFmt;
    if (options.style !== undefined) model.style = options.style;
    line[column] = model;
    if (column === 1 && typeof model.value === 'string') this.columnATexts.push({ row, column, model });
    return address;
  }

  /** A constant. Numbers stay numbers; `null` writes an empty (but formatted/styled) cell. */
  value(column: number, row: number, value: ScalarValue, options: CellOptions = {}): string {
    return this.put(column, row, value, undefined, options);
  }

  /** A live formula with the engine's value as the cached result. */
  formula(column: number, row: number, formula: string, cached: ScalarValue, options: CellOptions = {}): string {
    if (formula.startsWith('=')) throw new Error(`Formula must not start with '=': ${formula}`);
    return this.put(column, row, cached, formula, options);
  }

  /** The cells written so far, in no particular order (for measuring, not for output). */
  cellModels(): CellModel[] {
    return this.orderedModels();
  }

  /**
   * Column widths 1..count from the content written so far, and header rows tall enough for their
   * wrapped text. `atLeast` keeps room for what the content cannot show (input columns, merged cells).
   */
  fitColumns(count: number, options: { headerRows: number[]; min?: number; max?: number; headerLines?: number; atLeast?: Record<number, number>; skipRows?: (row: number) => boolean }): number[] {
    const widths = widthsOfRows(this.grid, count, {
      min: options.min ?? 8, max: options.max ?? 44, headerRows: new Set(options.headerRows),
      headerLines: options.headerLines ?? 2, skipRows: options.skipRows,
    });
    for (const [col, width] of Object.entries(options.atLeast ?? {})) widths[Number(col) - 1] = Math.max(widths[Number(col) - 1] ?? 0, width);
    for (const row of options.headerRows) this.rowHeight(row, headerRowHeight(this.rowCells(row), row, widths));
    this.columnWidths = widths;
    return widths;
  }

  /** A row taller than one line, in points (e.g. a headline in large type that wraps). */
  rowHeight(row: number, points: number): void {
    this.fixedRowHeights[row] = points;
  }

  has(column: number, row: number): boolean {
    return this.grid.get(row)?.[column] !== undefined;
  }

  /** The models of one row's cells, left to right. */
  private rowCells(row: number): CellModel[] {
    const models: CellModel[] = [];
    const line = this.grid.get(row) ?? [];
    for (let column = 0; column < line.length; column++) {
      const model = line[column];
      if (model) models.push(model);
    }
    return models;
  }

  /** Every cell's model, row by row, left to right. */
  private orderedModels(): CellModel[] {
    const models: CellModel[] = [];
    for (const row of [...this.grid.keys()].sort((a, b) => a - b)) {
      const line = this.grid.get(row) ?? [];
      for (let column = 0; column < line.length; column++) {
        const model = line[column];
        if (model) models.push(model);
      }
    }
    return models;
  }

  finish(orientation: 'landscape' | 'portrait' = 'landscape'): SheetModel {
    const rowHeights = this.wrappedRowHeights({ ...this.wrapLongNotes(), ...this.fixedRowHeights });
    const sheet: SheetModel = {
      name: this.name,
      role: this.role,
      // Row by row, left to right: the order a reader (and a diff) expects.
      cells: this.orderedModels(),
      columnWidths: this.columnWidths,
      merges: this.merges,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      print: { orientation, paperSize: 'A4', fit: { width: 1, height: this.printPagesTall }, gridlines: false },
      dataValidations: this.dataValidations,
    };
    if (Object.keys(rowHeights).length > 0) sheet.rowHeights = rowHeights;
    if (this.printTitleRows) sheet.print.printTitleRows = this.printTitleRows;
    if (this.printArea) sheet.print.area = this.printArea;
    if (this.protection) sheet.protection = this.protection;
    if (this.hiddenColumns.length > 0) sheet.hiddenColumns = this.hiddenColumns;
    if (this.freeze) sheet.freeze = this.freeze;
    if (this.tabColor) sheet.tabColor = this.tabColor;
    return sheet;
  }

  /**
   * Rows holding wrapped text get the height their lines need. LibreOffice keeps a row one line
   * high when the file gives no height, so the lines would print on top of each other.
   */
  private wrappedRowHeights(heights: Record<number, number>): Record<number, number> {
    const widths = this.columnWidths;
    if (widths.length === 0) return heights;
    const mergedWidth = new Map<string, number>();
    for (const merge of this.merges) {
      const [from, to = from] = merge.replace(/\$/g, '').split(':');
      const first = /^([A-Z]+)/.exec(from)?.[1] ?? '';
      const last = /^([A-Z]+)/.exec(to)?.[1] ?? '';
      const a = letterIndex(first);
      const b = letterIndex(last);
      const row = Number(/\d+$/.exec(from)?.[0]);
      mergedWidth.set(cell(a, row), widths.slice(a - 1, b).reduce((sum, w) => sum + w, 0));
    }
    const out = { ...heights };
    for (const [row, line] of this.grid) {
      for (let column = 0; column < line.length; column++) {
        const model = line[column];
        if (!model?.style?.wrap || typeof model.value !== 'string') continue;
        const width = mergedWidth.get(model.address) ?? widths[column - 1];
        if (width === undefined) continue;
        const size = model.style.size ?? 11;
        const lines = model.value.split('\n').reduce((n, part) => n + wrappedLines(part, width * (11 / size), model.style?.bold ?? false), 0);
        const needed = lines * LINE_HEIGHT_POINTS * (size / 11);
        if (needed > (out[row] ?? LINE_HEIGHT_POINTS)) out[row] = needed;
      }
    }
    return out;
  }

  /**
   * A note (italic text in column A) longer than the laid-out columns would run off the right of
   * the page and shrink the whole printout. Such a note is merged across the free columns of its
   * row, wrapped, and its row made tall enough for the lines it needs.
   */
  private wrapLongNotes(): Record<number, number> {
    const heights: Record<number, number> = {};
    const widths = this.columnWidths;
    if (widths.length === 0) return heights;
    // Rows inside a table or a merge, marked once: a sheet can hold hundreds of each.
    const covered = new Set<number>();
    for (const [top, bottom] of [...this.tables.map((table) => rowSpan(table.range)), ...this.merges.map(rowSpan)]) {
      for (let row = top; row <= bottom; row++) covered.add(row);
    }
    for (const { model, row } of this.columnATexts) {
      if (typeof model.value !== 'string' || model.formula !== undefined || !model.style?.italic) continue;
      if (covered.has(row)) continue;
      let span = 1;
      while (span < widths.length && !this.has(span + 1, row)) span++;
      const width = widths.slice(0, span).reduce((sum, w) => sum + w, 0);
      // Italic text runs a little wider than the digit-based column unit.
      const needed = model.value.length * 1.1;
      if (needed <= width) continue;
      if (span > 1) this.merges.push(`${cell(1, row)}:${cell(span, row)}`);
      model.style = { ...model.style, wrap: true, verticalAlign: 'top' };
      heights[row] = Math.ceil(needed / width) * LINE_HEIGHT_POINTS;
    }
    return heights;
  }
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** One line of 11-point text. */
const LINE_HEIGHT_POINTS = 15;

function rowSpan(range: string): [number, number] {
  const rows = range.replace(/\$/g, '').split(':').map((ref) => Number(/\d+$/.exec(ref)?.[0] ?? 0));
  return [rows[0], rows[rows.length - 1]];
}

/** Excel refuses a cell holding more than 32,767 characters; a longer text is cut with an ellipsis. */
const MAX_CELL_TEXT = 32767;

function withinCellLimit(value: ScalarValue): ScalarValue {
  return typeof value === 'string' && value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
}
