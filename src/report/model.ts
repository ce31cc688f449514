// The result workbook as a value. Hosts (ExcelJS, Office.js) turn this into real Excel objects;
// nothing here knows either of them, so every layout decision can be tested by looking at data.

export type ScalarValue = number | string | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font colour as RRGGBB hex without '#'. */
  color?: string;
  /** Solid fill colour as RRGGBB hex without '#'. */
  fill?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  verticalAlign?: 'top' | 'middle' | 'bottom';
  border?: 'thin' | 'bottomThin' | 'bottomMedium';
}

/**
 * One cell. `value` for constants; `formula` (no leading '=', English function names, ',' as
 * argument separator, no `_xlfn.` prefix) for live formulas, with `value` holding the engine's
 * result so the cached value matches what a spreadsheet computes.
 * Strings in `value` are always text, never formulas, whatever they start with: hosts escape them.
 */
export interface CellModel {
  /** A1 address on this sheet, e.g. 'C7'. */
  address: string;
  value?: ScalarValue;
  formula?: string;
  /** Excel number format code, e.g. '#,##0 "kr."'. */
  numFmt?: string;
  style?: CellStyle;
}

export interface TableModel {
  /** Workbook-unique table name: letters, digits, underscore; starts with a letter. */
  name: string;
  /** Header row plus data rows, e.g. 'A6:H31'. Header cells must exist in `cells` with the column names. */
  range: string;
  columns: string[];
  style: string; // e.g. 'TableStyleMedium2'
  showRowStripes: boolean;
}

export interface FillStyle {
  fill?: string;
  color?: string;
  bold?: boolean;
}

export type ConditionalFormatModel =
  | { kind: 'dataBar'; range: string; color: string }
  | {
      kind: 'iconSet';
      range: string;
      iconSet: '3TrafficLights1' | '3Arrows' | '3Symbols';
      /** Thresholds for the 2nd and 3rd icon. */
      thresholds: [{ type: 'num' | 'percent' | 'percentile'; value: number }, { type: 'num' | 'percent' | 'percentile'; value: number }];
      reverse?: boolean;
      showValue?: boolean;
    }
  | { kind: 'expression'; range: string; /** Formula relative to the range's top-left cell, no '='. */ formula: string; style: FillStyle };

export interface ChartSeriesModel {
  name: string;
  /** Sheet-qualified absolute range, e.g. "'Benchmark – Folkeskole'!$B$7:$B$30". */
  values: string;
  /** Category labels (bar/column/line) or x values (scatter). */
  categories?: string;
  color?: string;
  /** Draw this series as a line on top of a column chart (combo). */
  asLine?: boolean;
}

export interface ChartModel {
  kind: 'column' | 'bar' | 'scatter';
  title: string;
  series: ChartSeriesModel[];
  /** Top-left cell and size in cells of the chart's frame. */
  anchor: { from: string; widthCols: number; heightRows: number };
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Number format for the value axis, e.g. '#,##0'. */
  valueFormat?: string;
}

export type SheetRole = 'benchmark' | 'potentials' | 'overview' | 'method' | 'dea' | 'prioritisation';

export interface SheetModel {
  /** ≤ 31 characters, none of []:*?/\ . */
  name: string;
  role: SheetRole;
  cells: CellModel[];
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Heights in points of rows that need more than one line (wrapped notes), by 1-based row. */
  rowHeights?: Record<number, number>;
  merges: string[];
  tables: TableModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  freeze?: { rows: number; columns: number };
  print: { orientation: 'landscape' | 'portrait'; paperSize: 'A4'; fitToWidth: boolean; printTitleRows?: string };
  tabColor?: string;
}

export interface ReportModel {
  sheets: SheetModel[];
  meta: { generator: string; version: string; createdAt: string; runId: string };
}
