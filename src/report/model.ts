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
  /**
   * Custom error bars along the value axis: sheet-qualified ranges holding the distance above and
   * below each point (both ≥ 0), e.g. a bootstrap interval around an efficiency score.
   */
  errorBars?: { plus: string; minus: string };
  /** Label each point with the text in this sheet-qualified range (e.g. unit names on a scatter). */
  pointLabels?: string;
  /** Label each point with its own value, in the value axis' number format. */
  valueLabels?: boolean;
}

export interface ChartModel {
  /** 'line' draws its series over text categories (years); empty cells are gaps, never 0. */
  kind: 'column' | 'bar' | 'scatter' | 'line';
  title: string;
  series: ChartSeriesModel[];
  /** Top-left cell and size in cells of the chart's frame. */
  anchor: { from: string; widthCols: number; heightRows: number };
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Number format for the value axis, e.g. '#,##0'. */
  valueFormat?: string;
  /** Fixed minimum of the value axis; cost axes start at 0. */
  valueAxisMin?: number;
  /** Fixed maximum of the value axis (e.g. 1 for efficiency scores). */
  valueAxisMax?: number;
  /** Legend off for single-series charts whose title says it all. */
  hideLegend?: boolean;
  /** Bar charts: the first category at the top (as the table beside it reads), not at the bottom. */
  categoriesTopDown?: boolean;
}

/** A data-validation rule on a range of input cells. */
export interface DataValidationModel {
  range: string;
  rule:
    | { kind: 'list'; values: string[] }
    | { kind: 'whole' | 'decimal'; min: number; max: number };
  allowBlank: boolean;
  /** Shown (and the entry refused) when the user types something the rule does not allow. */
  error: { title: string; message: string };
  /** Shown when the cell is selected. */
  prompt?: { title: string; message: string };
}

/**
 * Sheet protection without a password: everything is locked except the `unlocked` ranges, so a
 * planner can type in the input columns but not break the formulas by accident.
 */
export interface ProtectionModel {
  unlocked: string[];
  /** Sorting and filtering stay allowed (they do not change any cell's content). */
  allowSort: boolean;
  allowFilter: boolean;
}

/** A workbook-level defined name for a key number, e.g. Samlet_potentiale → 'Overblik'!$B$6. */
export interface DefinedNameModel {
  /** Letters, digits, '_' and '.', starting with a letter or '_'; not a cell reference. */
  name: string;
  /** Sheet-qualified absolute reference, e.g. "'Overblik'!$B$6". */
  refersTo: string;
  comment?: string;
}

export interface PrintModel {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4';
  /** Pages wide and tall to fit the print area on; 0 tall = as many as needed. */
  fit: { width: number; height: number };
  /** Rows repeated at the top of every printed page, e.g. '6:6'. */
  printTitleRows?: string;
  /** What prints (e.g. 'A1:H40'); the whole used range when absent. */
  area?: string;
  /** Cell gridlines on paper: off, the tables carry their own borders. */
  gridlines: boolean;
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
  print: PrintModel;
  tabColor?: string;
  dataValidations?: DataValidationModel[];
  protection?: ProtectionModel;
  /** 1-based columns hidden from view (e.g. the stable row key of the planner's sheet). */
  hiddenColumns?: number[];
}

/** The font every cell is written in; Carlito stands in for Calibri with the same widths. */
export const REPORT_FONT = { name: 'Calibri', size: 11 } as const;

export interface ReportModel {
  sheets: SheetModel[];
  /** Defined names for the key numbers; sheet names in `refersTo` are the model's sheet names. */
  names?: DefinedNameModel[];
  meta: { generator: string; version: string; createdAt: string; runId: string };
}
