// Geometry of a grid on its worksheet: turns grid indices (0-based) into worksheet rows and
// sheet-qualified addresses, so every problem can point at the cell the user sees.
import type { CellGrid, CellValue } from '../types';
import { formatA1, parseA1, rangeAddress, rowRangeAddress, sheetAddress, type CellRef } from './address';

export class GridView {
  readonly origin: CellRef;
  readonly width: number;
  readonly height: number;

  constructor(readonly grid: CellGrid) {
    this.origin = parseA1(grid.topLeft);
    this.height = grid.values.length;
    this.width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  cell(r: number, c: number): CellValue {
    return this.grid.values[r]?.[c] ?? null;
  }

  /** 1-based worksheet row of grid row r. */
  sheetRow(r: number): number {
    return this.origin.row + r;
  }

  /** 1-based worksheet column of grid column c. */
  sheetCol(c: number): number {
    return this.origin.col + c;
  }

  isHidden(r: number): boolean {
    return this.grid.hiddenRows?.[r] === true;
  }

  cellAddress(r: number, c: number): string {
    return sheetAddress(this.sheet, formatA1({ row: this.sheetRow(r), col: this.sheetCol(c) }));
  }

  /** The grid's part of one worksheet row, e.g. "'Skoler'!B7:G7". */
  rowAddress(r: number): string {
    const last = this.origin.col + Math.max(this.width, 1) - 1;
    return rowRangeAddress(this.sheet, this.sheetRow(r), this.origin.col, last);
  }

  /** The rows from r0 to r1 (inclusive) across the grid's width. */
  blockAddress(r0: number, r1: number): string {
    const lastCol = this.origin.col + Math.max(this.width, 1) - 1;
    return rangeAddress(
      this.sheet,
      { row: this.sheetRow(r0), col: this.origin.col },
      { row: this.sheetRow(Math.max(r0, r1)), col: lastCol },
    );
  }
}

/** True for null, undefined and text that is only whitespace. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The cell as header or label text; numbers become their plain digits, other kinds ''. */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}
