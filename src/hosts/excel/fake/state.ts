// The in-memory workbook behind the fake: plain data a test can seed and inspect, and a browser
// playground can render. Nothing is calculated; formulas are kept as text.
import { columnLetterToNumber, columnNumberToLetter } from '../../../core/parse/address';

export type FakeValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCellStyle {
  name?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Edge name (EdgeTop, EdgeBottom, …) → line style and weight. */
  borders?: Record<string, { style?: string; weight?: string }>;
  /** format.protection.locked; undefined = Excel's default, locked. */
  locked?: boolean;
}

export interface FakeCell {
  value: number | string | boolean | null;
  type: FakeValueType;
  /** Formula text with its leading '=', when the cell holds one. */
  formula?: string;
  numberFormat?: string;
  style?: FakeCellStyle;
}

export interface FakeRef {
  sheet: FakeSheet;
  address: string;
}

export interface FakeConditionalFormat {
  type: string;
  range: string;
  priority: number;
  dataBar?: { fillColor?: string; gradientFill?: boolean };
  iconSet?: { style?: string; reverseIconOrder?: boolean; showIconOnly?: boolean; criteria?: unknown[] };
  custom?: { formula?: string; fill?: string; fontColor?: string; bold?: boolean };
}

export interface FakeDataLabel {
  hasDataLabel?: boolean;
  showValue?: boolean;
  numberFormat?: string;
  formula?: string;
}

export interface FakeSeries {
  name: string;
  chartType?: string;
  values?: FakeRef;
  xValues?: FakeRef;
  fillColor?: string;
  lineColor?: string;
  hasDataLabels?: boolean;
  /** series.dataLabels.* */
  dataLabels?: FakeDataLabel;
  /** points.getItemAt(i).hasDataLabel / .dataLabel.*, by point index. */
  pointLabels?: Record<number, FakeDataLabel>;
}

export interface FakeChart {
  type: string;
  title?: string;
  series: FakeSeries[];
  position?: { from: string; to: string };
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  valueAxisNumberFormat?: string;
  valueAxisMinimum?: number;
  valueAxisMaximum?: number;
  legendVisible?: boolean;
  displayBlanksAs?: string;
  /** categoryAxis.reversePlotOrder */
  categoriesReversed?: boolean;
  /** categoryAxis.position: where the value axis crosses the categories. */
  valueAxisCrossesAt?: string;
}

export interface FakeDataValidation {
  range: string;
  rule?: Record<string, unknown>;
  ignoreBlanks?: boolean;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
}

/** A workbook-scoped defined name. */
export interface FakeName {
  name: string;
  /** Formula with its leading '='. */
  formula: string;
  comment?: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  box: Box;
  style: string;
  showBandedRows: boolean;
  showTotals: boolean;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  /** Column number → width in points. */
  columnWidths: Map<number, number>;
  /** Row number → height in points. */
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  freeze?: { rows: number; columns: number };
  pageLayout: FakePageLayout;
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  dataValidations: FakeDataValidation[];
  /** The options protect() was called with; undefined while the sheet is not protected. */
  protection?: Record<string, unknown>;
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom?: Record<string, number>;
  printTitleRows?: string;
  printArea?: string;
  printGridlines?: boolean;
  /** leftMargin, topMargin, … in points. */
  margins?: Record<string, number>;
}

export function cellKey(row: number, col: number): string {
  return `${columnNumberToLetter(col)}${row}`;
}

/** 'B3', '$B$3:$D$9' or 'B3:D9' → box; undefined when it is not an A1 address. */
export function parseBox(address: string): Box | undefined {
  const parts = address.replace(/\$/g, '').split(':');
  if (parts.length > 2) return undefined;
  const refs = parts.map((p) => /^([A-Za-z]{1,3})(\d{1,7})$/.exec(p.trim()));
  if (refs.some((m) => !m)) return undefined;
  try {
    const cells = refs.map((m) => ({ col: columnLetterToNumber((m as RegExpExecArray)[1]), row: Number((m as RegExpExecArray)[2]) }));
    const [a, b] = [cells[0], cells[cells.length - 1]];
    if (cells.some((c) => c.row < 1 || c.row > 1048576)) return undefined;
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  } catch {
    return undefined;
  }
}

export function boxAddress(box: Box): string {
  const first = cellKey(box.top, box.left);
  const last = cellKey(box.bottom, box.right);
  return first === last ? first : `${first}:${last}`;
}

export function emptySheet(id: number, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter' },
    conditionalFormats: [],
    charts: [],
    dataValidations: [],
  };
}

/** What a seeded or read cell holds, from a plain value (an `{ error }` object is an error value). */
export function cellFromValue(value: unknown): FakeCell {
  if (value === null || value === undefined || value === '') return { value: null, type: 'Empty' };
  if (typeof value === 'number') return { value, type: 'Double' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') {
    return { value: (value as { error: string }).error, type: 'Error' };
  }
  return { value: String(value), type: 'String' };
}
