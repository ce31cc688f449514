// Range proxy of the fake: cell contents, number formats, formats, merges, row properties and
// conditional formats. Written arrays must match the range's size, as in Office.js.
import { quoteSheetName } from '../../../core/parse/address';
import { FakeProxy, type FakeRequestContext } from './context';
import { ClientResult } from './clientResult';
import { invalidArgument } from './errors';
import { ConditionalFormatCollectionProxy } from './objects';
import type { WorksheetProxy } from './proxies';
import type { Settable } from './settable';
import { rangeFormatProxy } from './rangeFormat';
import { dataValidationProxy, protectedSheetError } from './sheetParts';
import { boxAddress, cellKey, type Box, type FakeCell, type FakeCellStyle, type FakeSheet } from './state';
import { typedInput } from './typedInput';


export class RangeProxy extends FakeProxy {
  private boundBox?: Box;
  readonly format: Settable;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  readonly dataValidation: Settable;

  constructor(
    context: FakeRequestContext,
    readonly worksheet: WorksheetProxy,
    private readonly locateBox: () => Box,
    private readonly label: string,
    /** For *OrNullObject ranges: whether the range exists (checked while the sync runs). */
    private readonly exists?: () => boolean,
  ) {
    super(context);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(context, this);
    this.format = rangeFormatProxy(context, this.describe(), {
      style: (change) => this.styleCells(change),
      layout: (key, value) => {
        this.worksheet.assertEditable(`set ${key}`);
        const box = this.box();
        if (key === 'columnWidth') for (let col = box.left; col <= box.right; col++) this.sheet().columnWidths.set(col, Number(value));
        else for (let row = box.top; row <= box.bottom; row++) this.sheet().rowHeights.set(row, Number(value));
      },
    });
    this.dataValidation = dataValidationProxy(context, `${this.describe()}.dataValidation`, () => {
      this.worksheet.assertEditable('set data validation');
      const sheet = this.sheet();
      const range = boxAddress(this.box());
      let rule = sheet.dataValidations.find((dv) => dv.range === range);
      if (!rule) {
        rule = { range };
        sheet.dataValidations.push(rule);
      }
      return rule;
    });
  }

  box(): Box {
    this.boundBox ??= this.locateBox();
    return this.boundBox;
  }

  protected override existsNow(): boolean {
    return this.exists ? this.exists() : true;
  }

  private sheet(): FakeSheet {
    return this.worksheet.sheet();
  }

  private cells<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const box = this.box();
    const rows: T[][] = [];
    for (let row = box.top; row <= box.bottom; row++) {
      const line: T[] = [];
      for (let col = box.left; col <= box.right; col++) line.push(read(this.sheet().cells.get(cellKey(row, col))));
      rows.push(line);
    }
    return rows;
  }

  private styleCells(change: (style: FakeCellStyle) => FakeCellStyle): void {
    this.worksheet.assertEditable('format cells');
    this.eachCell((cell) => (cell.style = change(cell.style ?? {})));
  }

  private eachCell(visit: (cell: FakeCell, row: number, col: number) => void): void {
    const box = this.box();
    const sheet = this.sheet();
    for (let row = box.top; row <= box.bottom; row++) {
      for (let col = box.left; col <= box.right; col++) {
        const key = cellKey(row, col);
        let cell = sheet.cells.get(key);
        if (!cell) {
          cell = { value: null, type: 'Empty' };
          sheet.cells.set(key, cell);
        }
        visit(cell, row, col);
      }
    }
  }

  /** Queues a whole-array write; sizes are checked at sync. */
  private writeArray(property: string, data: unknown[][], apply: (cell: FakeCell, input: unknown) => void): void {
    this.context.enqueue(`${this.describe()}.${property}`, data, () => {
      const box = this.box();
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      if (!Array.isArray(data) || data.length !== rows || data.some((line) => !Array.isArray(line) || line.length !== cols)) {
        throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`, `Range.${property}`);
      }
      const sheet = this.sheet();
      this.eachCell((cell, row, col) => {
        const input = data[row - box.top][col - box.left];
        // On a protected sheet only unlocked cells take new values, and nothing takes a format.
        if (sheet.protection && (property !== 'formulas' || (input !== null && input !== undefined && cell.style?.locked !== false))) {
          throw protectedSheetError(sheet, `change ${cellKey(row, col)}`);
        }
        apply(cell, input);
      });
    });
  }

  set formulas(data: unknown[][]) {
    this.writeArray('formulas', data, (cell, input) => {
      const typed = typedInput(input);
      if (!typed) return;
      cell.value = typed.value;
      cell.type = typed.type;
      if (typed.formula) cell.formula = typed.formula;
      else delete cell.formula;
    });
  }

  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }

  set values(data: unknown[][]) {
    this.formulas = data;
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }

  set numberFormat(data: unknown[][]) {
    this.writeArray('numberFormat', data, (cell, input) => {
      if (input !== null && input !== undefined) cell.numberFormat = String(input);
    });
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }

  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }

  get address(): string {
    return this.loadedValue('address');
  }

  get rowCount(): number {
    return this.loadedValue('rowCount');
  }

  get rowHidden(): boolean | null {
    return this.loadedValue('rowHidden');
  }

  set columnHidden(value: boolean) {
    this.context.enqueue(`${this.describe()}.columnHidden`, value, () => {
      this.worksheet.assertEditable('hide columns');
      const box = this.box();
      for (let col = box.left; col <= box.right; col++) {
        if (value) this.sheet().hiddenColumns.add(col);
        else this.sheet().hiddenColumns.delete(col);
      }
    });
  }

  merge(across = false): void {
    this.context.enqueue(`${this.describe()}.merge`, across, () => {
      this.worksheet.assertEditable('merge cells');
      const box = this.box();
      const sheet = this.sheet();
      if (sheet.merges.some((m) => m === boxAddress(box))) throw invalidArgument(`${boxAddress(box)} is merged already`);
      sheet.merges.push(boxAddress(box));
    });
  }

  /** Selecting a range also shows its sheet, as in Excel. */
  select(): void {
    this.context.enqueue(`${this.describe()}.select`, undefined, () => {
      const sheet = this.sheet();
      this.context.excel.selection = { sheet: sheet.name, address: boxAddress(this.box()) };
      this.context.excel.activeSheet = sheet.name;
    });
  }

  getRow(index: number): RangeProxy {
    return new RangeProxy(this.context, this.worksheet, () => {
      const box = this.box();
      return { top: box.top + index, left: box.left, bottom: box.top + index, right: box.right };
    }, `${this.label} row ${index}`);
  }

  getRowProperties(options: { rowHidden?: boolean }): ClientResult<{ rowIndex: number; rowHidden?: boolean }[]> {
    const result = new ClientResult<{ rowIndex: number; rowHidden?: boolean }[]>();
    this.context.enqueue(`${this.describe()}.getRowProperties`, options, () => {
      const box = this.box();
      const rows: { rowIndex: number; rowHidden?: boolean }[] = [];
      for (let row = box.top; row <= box.bottom; row++) {
        rows.push({ rowIndex: row - 1, ...(options.rowHidden ? { rowHidden: this.sheet().hiddenRows.has(row) } : {}) });
      }
      result.fill(rows);
    });
    return result;
  }

  protected readScalar(property: string): unknown {
    const box = this.box();
    switch (property) {
      case 'values':
        return this.cells((c) => (c === undefined || c.value === null ? '' : c.value));
      case 'formulas':
        return this.cells((c) => c?.formula ?? (c === undefined || c.value === null ? '' : c.value));
      case 'valueTypes':
        return this.cells((c) => c?.type ?? 'Empty');
      case 'numberFormat':
        return this.cells((c) => c?.numberFormat ?? 'General');
      case 'address':
        return `${quoteSheetName(this.sheet().name)}!${boxAddress(box)}`;
      case 'rowCount':
        return box.bottom - box.top + 1;
      case 'columnCount':
        return box.right - box.left + 1;
      case 'rowHidden': {
        let hidden = 0;
        for (let row = box.top; row <= box.bottom; row++) if (this.sheet().hiddenRows.has(row)) hidden++;
        return hidden === 0 ? false : hidden === box.bottom - box.top + 1 ? true : null;
      }
      default:
        throw invalidArgument(`Range property '${property}' is not modelled.`);
    }
  }

  protected override navigate(property: string): FakeProxy | undefined {
    return property === 'worksheet' ? this.worksheet : undefined;
  }

  describe(): string {
    return `range ${this.label}`;
  }
}
