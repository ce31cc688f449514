// The cells of one report sheet, checked and placed once when the report is written: every address
// parsed into a row and a column, the cells put in row-major order (when the same address comes
// twice, the later cell wins, as it would in a spreadsheet), every format numbered. The package
// writer streams the sheet's XML from this (sheetXml.ts) and charts read their cached points here.
import type { CellValue } from '../../core/types';
import type { CellModel, ScalarValue, SheetModel } from '../../report/model';
import type { RangeRef } from './address';
import type { CellFormats } from './cellStyles';
import { ModelError, requireCell, requireRange } from './modelError';
import { stripIllegalXmlChars } from './text';

/** Column numbers fit in 14 bits, so row * 16384 + column orders cells row by row. */
const COLUMN_SPAN = 16384;

/** What a formula cell caches: 0, false and '' are results like any other and are kept. */
export function formulaResult(value: ScalarValue | undefined): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return typeof value === 'string' ? stripIllegalXmlChars(value) : value;
}

export function hasFormula(cell: CellModel): boolean {
  return cell.formula !== undefined && cell.formula !== '';
}

/** 'C7' in upper case without '$' is by far the usual form; anything else goes through parseCell. */
function quickPosition(address: string): number {
  let col = 0;
  let i = 0;
  for (; i < address.length && i < 3; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || i === address.length || address.charCodeAt(i) === 48) return -1;
  let row = 0;
  for (let j = i; j < address.length; j++) {
    const code = address.charCodeAt(j);
    if (code < 48 || code > 57 || j - i >= 7) return -1;
    row = row * 10 + (code - 48);
  }
  return row <= 1048576 && col <= COLUMN_SPAN ? row * COLUMN_SPAN + col : -1;
}

function positionOf(address: string): number {
  const quick = quickPosition(address);
  if (quick >= 0) return quick;
  const { row, col } = requireCell(address);
  return row * COLUMN_SPAN + col;
}

/** 0, 1, …, length - 1. */
function identity(length: number): Int32Array {
  const indices = new Int32Array(length);
  for (let i = 0; i < length; i++) indices[i] = i;
  return indices;
}

export class SheetCells {
  /** row * 16384 + column of each cell, by its index in `sheet.cells`. */
  private readonly positions: Float64Array;
  /** Indices into `sheet.cells` of the cells to write, row by row, left to right. */
  readonly order: Int32Array;
  /** Each cell's format number (CellFormats), by its index in `sheet.cells`. */
  readonly formats: Int32Array;
  /** The protection's unlocked ranges. */
  readonly unlocked: RangeRef[];
  /** Format of an input cell the model leaves empty. */
  readonly emptyUnlockedFormat: number;

  constructor(
    readonly sheet: SheetModel,
    formats: CellFormats,
  ) {
    const cells = sheet.cells;
    this.unlocked = (sheet.protection?.unlocked ?? []).map(requireRange);
    this.positions = new Float64Array(cells.length);
    this.formats = new Int32Array(cells.length);
    let sorted = true;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const position = positionOf(cell.address);
      this.positions[i] = position;
      if (i > 0 && position <= this.positions[i - 1]) sorted = false;
      if (!hasFormula(cell) && typeof cell.value === 'number' && !Number.isFinite(cell.value)) {
        throw new ModelError(`${cell.address} holds ${cell.value}, not a finite number`);
      }
      const unlocked = this.unlocked.length > 0 && this.isUnlocked(Math.floor(position / COLUMN_SPAN), position % COLUMN_SPAN);
      this.formats[i] = formats.idOf(cell.numFmt, cell.style, unlocked);
    }
    this.order = sorted ? identity(cells.length) : this.sortedOrder();
    // Numbered only when some input cell is left empty, so styles.xml holds no format nobody uses.
    this.emptyUnlockedFormat = this.someInputEmpty() ? formats.idOf(undefined, undefined, true) : -1;
  }

  private someInputEmpty(): boolean {
    return this.unlocked.some((box) => {
      for (let row = box.top; row <= box.bottom; row++) {
        for (let col = box.left; col <= box.right; col++) if (this.find(row, col) < 0) return true;
      }
      return false;
    });
  }

  private sortedOrder(): Int32Array {
    const positions = this.positions;
    const indices = identity(this.sheet.cells.length).sort((a, b) => positions[a] - positions[b] || a - b);
    // Of cells at the same address only the last written stays.
    const kept: number[] = [];
    for (let i = 0; i < indices.length; i++) {
      if (i + 1 < indices.length && positions[indices[i + 1]] === positions[indices[i]]) continue;
      kept.push(indices[i]);
    }
    return Int32Array.from(kept);
  }

  isUnlocked(row: number, col: number): boolean {
    for (const box of this.unlocked) if (row >= box.top && row <= box.bottom && col >= box.left && col <= box.right) return true;
    return false;
  }

  rowOf(index: number): number {
    return Math.floor(this.positions[index] / COLUMN_SPAN);
  }

  columnOf(index: number): number {
    return this.positions[index] % COLUMN_SPAN;
  }

  /** Index into `sheet.cells` of the cell written at row/col, or -1. */
  find(row: number, col: number): number {
    const target = row * COLUMN_SPAN + col;
    let low = 0;
    let high = this.order.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const position = this.positions[this.order[middle]];
      if (position === target) return this.order[middle];
      if (position < target) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/** The value a reader sees in a cell (formulas as their cached result, '' as empty). */
export function visibleValue(cell: CellModel | undefined): CellValue {
  if (!cell) return null;
  const value = hasFormula(cell) ? formulaResult(cell.value) : cell.value;
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? stripIllegalXmlChars(value) : value;
}

