// A mutable scratch pad for one sheet; builders fill it cell by cell and `finish` freezes it into a
// SheetModel. Writing the same address twice is a layout bug, so it throws.
import { cell } from './a1';
import type {
  CellModel,
  CellStyle,
  ChartModel,
  ConditionalFormatModel,
  ScalarValue,
  SheetModel,
  SheetRole,
  TableModel,
} from './model';

export interface CellOptions {
  numFmt?: string;
  style?: CellStyle;
}

export class SheetDraft {
  private readonly cellsByAddress = new Map<string, { row: number; column: number; model: CellModel }>();
  readonly tables: TableModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly merges: string[] = [];
  columnWidths: number[] = [];
  freeze?: { rows: number; columns: number };
  printTitleRows?: string;
  tabColor?: string;

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  private put(column: number, row: number, content: Omit<CellModel, 'address'>): string {
    const address = cell(column, row);
    if (this.cellsByAddress.has(address)) throw new Error(`Cell ${address} on '${this.name}' written twice`);
    const model: CellModel = { address };
    if (content.value !== undefined) model.value = content.value;
    if (content.formula !== undefined) model.formula = content.formula;
    if (content.numFmt !== undefined) model.numFmt = content.numFmt;
    if (content.style !== undefined) model.style = content.style;
    this.cellsByAddress.set(address, { row, column, model });
    return address;
  }

  /** A constant. Numbers stay numbers; `null` writes an empty (but formatted/styled) cell. */
  value(column: number, row: number, value: ScalarValue, options: CellOptions = {}): string {
    return this.put(column, row, { value, ...options });
  }

  /** A live formula with the engine's value as the cached result. */
  formula(column: number, row: number, formula: string, cached: ScalarValue, options: CellOptions = {}): string {
    if (formula.startsWith('=')) throw new Error(`Formula must not start with '=': ${formula}`);
    return this.put(column, row, { formula, value: cached, ...options });
  }

  has(column: number, row: number): boolean {
    return this.cellsByAddress.has(cell(column, row));
  }

  finish(orientation: 'landscape' | 'portrait' = 'landscape'): SheetModel {
    const sheet: SheetModel = {
      name: this.name,
      role: this.role,
      // Row by row, left to right: the order a reader (and a diff) expects.
      cells: [...this.cellsByAddress.values()]
        .sort((a, b) => a.row - b.row || a.column - b.column)
        .map((entry) => entry.model),
      columnWidths: this.columnWidths,
      merges: this.merges,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      print: { orientation, paperSize: 'A4', fitToWidth: true },
    };
    if (this.printTitleRows) sheet.print.printTitleRows = this.printTitleRows;
    if (this.freeze) sheet.freeze = this.freeze;
    if (this.tabColor) sheet.tabColor = this.tabColor;
    return sheet;
  }
}
