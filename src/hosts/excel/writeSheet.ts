// The queued operations that write one SheetModel onto a new worksheet, as steps with an estimated
// request size so the host can pack them into as few context.sync() calls as the limit allows.
import { REPORT_FONT, type CellStyle, type ConditionalFormatModel, type SheetModel, type TableModel } from '../../report/model';
import { blocks, cellRef, formulaInput, ModelError, rectAddress, styleRuns, widthRuns } from './cellBlocks';
import { chartOmissions, chartOperations, checkChart, colour, queueChart, type OmittedObject } from './chartSteps';
import { checkPrint, checkValidation, hiddenColumnRuns, localRange, queuePageLayout, queueValidation, writtenBox } from './sheetRules';

export type { OmittedObject } from './chartSteps';

export interface Step {
  label: string;
  bytes: number;
  queue: () => void;
}

export interface SheetWriteContext {
  sheet: () => Excel.Worksheet;
  /** A range proxy for a sheet-qualified reference (report sheets resolve to the new worksheets). */
  rangeFor: (ref: string) => Excel.Range;
  /** Model formula (no '=') → formula text as written now (temporary sheet and table names). */
  rewrite: (formula: string) => string;
  supports: (version: string) => boolean;
  /** Records an object the host's API version cannot write (it is left out, the rest is written). */
  omit: (object: OmittedObject) => void;
  /** Largest value block per step. */
  bandBytes: number;
}

/** Per-operation envelope in the request (object path, action type, ids). */
const OP_BYTES = 200;

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Borders per cell in the model; a run of several cells needs the inside edges for the same look. */
function borderEdges(border: CellStyle['border'], address: string): Edge[] {
  const [first, last = first] = address.split(':');
  const multiRow = cellRef(first).row !== cellRef(last).row;
  const multiCol = cellRef(first).col !== cellRef(last).col;
  if (!border) return [];
  if (border !== 'thin') return multiRow ? ['EdgeBottom', 'InsideHorizontal'] : ['EdgeBottom'];
  const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (multiRow) edges.push('InsideHorizontal');
  if (multiCol) edges.push('InsideVertical');
  return edges;
}

function applyStyle(range: Excel.Range, style: CellStyle, address: string): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.size !== undefined) font.size = style.size;
  if (style.color !== undefined) font.color = colour(style.color);
  if (style.fill !== undefined) range.format.fill.color = colour(style.fill);
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.align !== undefined) {
    range.format.horizontalAlignment = style.align === 'left' ? 'Left' : style.align === 'center' ? 'Center' : 'Right';
  }
  if (style.verticalAlign !== undefined) {
    range.format.verticalAlignment = style.verticalAlign === 'top' ? 'Top' : style.verticalAlign === 'middle' ? 'Center' : 'Bottom';
  }
  const edges = borderEdges(style.border, address);
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = style.border === 'bottomMedium' ? 'Medium' : 'Thin';
  }
}

function checkTable(table: TableModel): void {
  const range = table.range.split(':');
  const width = cellRef(range[range.length - 1]).col - cellRef(range[0]).col + 1;
  if (table.columns.length !== width) throw new ModelError(`table ${table.name} spans ${width} columns but names ${table.columns.length}`);
  const seen = new Set<string>();
  for (const column of table.columns) {
    const key = column.trim().toLowerCase();
    if (!key || seen.has(key)) throw new ModelError(`table ${table.name} has an empty or repeated column name "${column}"`);
    seen.add(key);
  }
}

const ICON_SETS: Record<string, Excel.IconSet> = {
  '3TrafficLights1': 'ThreeTrafficLights1' as Excel.IconSet,
  '3Arrows': 'ThreeArrows' as Excel.IconSet,
  '3Symbols': 'ThreeSymbols' as Excel.IconSet,
};
const ICON_RULE: Record<string, Excel.ConditionalFormatIconRuleType> = {
  num: 'Number' as Excel.ConditionalFormatIconRuleType,
  percent: 'Percent' as Excel.ConditionalFormatIconRuleType,
  percentile: 'Percentile' as Excel.ConditionalFormatIconRuleType,
};

function queueConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatModel, priority: number, rewrite: (f: string) => string): void {
  const target = ws.getRange(cf.range.replace(/\$/g, ''));
  if (cf.kind === 'dataBar') {
    const format = target.conditionalFormats.add('DataBar');
    format.dataBar.positiveFormat.fillColor = colour(cf.color);
    format.dataBar.positiveFormat.gradientFill = false;
    format.priority = priority;
  } else if (cf.kind === 'iconSet') {
    const format = target.conditionalFormats.add('IconSet');
    format.iconSet.style = ICON_SETS[cf.iconSet];
    format.iconSet.reverseIconOrder = cf.reverse ?? false;
    format.iconSet.showIconOnly = cf.showValue === false;
    // The first criterion (the lowest icon) takes no threshold; Excel expects an empty entry there.
    format.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      ...cf.thresholds.map((th) => ({ type: ICON_RULE[th.type], operator: 'GreaterThanOrEqual' as const, formula: `=${th.value}` })),
    ];
    format.priority = priority;
  } else {
    if (!cf.formula) throw new ModelError(`conditional format on ${cf.range} has no formula`);
    const format = target.conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${rewrite(cf.formula.replace(/^=/, ''))}`;
    if (cf.style.fill) format.custom.format.fill.color = colour(cf.style.fill);
    if (cf.style.color) format.custom.format.font.color = colour(cf.style.color);
    if (cf.style.bold !== undefined) format.custom.format.font.bold = cf.style.bold;
    format.priority = priority;
  }
}

/** Colours are checked before anything is queued, so a defect in the model never half-writes a sheet. */
function checkColours(model: SheetModel): void {
  for (const cell of model.cells) {
    if (cell.style?.color) colour(cell.style.color);
    if (cell.style?.fill) colour(cell.style.fill);
  }
  for (const cf of model.conditionalFormats) {
    if (cf.kind === 'dataBar') colour(cf.color);
    if (cf.kind === 'expression' && cf.style.fill) colour(cf.style.fill);
    if (cf.kind === 'expression' && cf.style.color) colour(cf.style.color);
  }
  for (const chart of model.charts) checkChart(chart);
}

/** Steps for everything on the sheet; `tableNames` are the names the tables get now (temporary). */
export function sheetSteps(model: SheetModel, tableNames: string[], w: SheetWriteContext): Step[] {
  checkColours(model);
  model.tables.forEach(checkTable);
  (model.dataValidations ?? []).forEach(checkValidation);
  checkPrint(model.print);
  const hidden = hiddenColumnRuns(model.hiddenColumns ?? []);
  const unlocked = (model.protection?.unlocked ?? []).map(localRange);
  const steps: Step[] = [];
  const push = (label: string, bytes: number, queue: () => void) => steps.push({ label: `${model.name}: ${label}`, bytes, queue });

  for (const block of blocks(model.cells, (c) => formulaInput(c, w.rewrite), w.bandBytes)) {
    push(`cells ${block.address}`, block.bytes + OP_BYTES, () => (w.sheet().getRange(block.address).formulas = block.rows as unknown[][]));
  }
  // Every written cell in the report's font first; style runs then set sizes and emphasis.
  const box = writtenBox(model);
  if (box) {
    push(`font ${box}`, OP_BYTES * 2, () => {
      const font = w.sheet().getRange(box).format.font;
      font.name = REPORT_FONT.name;
      font.size = REPORT_FONT.size;
    });
  }
  for (const block of blocks(model.cells, (c) => c.numFmt ?? null, w.bandBytes)) {
    push(`formats ${block.address}`, block.bytes + OP_BYTES, () => (w.sheet().getRange(block.address).numberFormat = block.rows as unknown[][]));
  }
  for (const run of styleRuns(model.cells)) {
    push(`style ${run.address}`, OP_BYTES * 8, () => applyStyle(w.sheet().getRange(run.address), run.style, run.address));
  }
  for (const merge of model.merges) {
    const [first, last] = merge.replace(/\$/g, '').split(':');
    const address = rectAddress({ top: cellRef(first).row, left: cellRef(first).col, bottom: cellRef(last ?? first).row, right: cellRef(last ?? first).col });
    push(`merge ${address}`, OP_BYTES, () => w.sheet().getRange(address).merge(false));
  }
  for (const run of widthRuns(model.columnWidths)) {
    push(`width ${run.address}`, OP_BYTES, () => (w.sheet().getRange(run.address).format.columnWidth = run.points));
  }
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) {
    // A row height set through any cell of the row applies to the whole row.
    push(`height ${row}`, OP_BYTES, () => (w.sheet().getRange(`A${row}`).format.rowHeight = height));
  }
  model.tables.forEach((table, i) => {
    push(`table ${table.name}`, OP_BYTES * 4, () => {
      const added = w.sheet().tables.add(w.sheet().getRange(table.range.replace(/\$/g, '')), true);
      added.name = tableNames[i];
      added.style = table.style;
      added.showBandedRows = table.showRowStripes;
    });
  });
  if (w.supports('1.6')) {
    model.conditionalFormats.forEach((cf, i) => {
      push(`conditional format ${cf.range}`, OP_BYTES * 6, () => queueConditionalFormat(w.sheet(), cf, i, w.rewrite));
    });
  } else if (model.conditionalFormats.length > 0) w.omit('conditionalFormats');
  // Series ranges set one by one need ExcelApi 1.7; older hosts get the sheet without charts.
  if (w.supports('1.7')) {
    const chartContext = { rangeFor: w.rangeFor, rewrite: w.rewrite, supports: w.supports };
    for (const chart of model.charts) {
      chartOmissions(chart, w.supports).forEach(w.omit);
      push(`chart ${chart.title}`, OP_BYTES * chartOperations(chart), () => queueChart(w.sheet(), chart, chartContext));
    }
  } else if (model.charts.length > 0) w.omit('charts');
  for (const address of hidden) push(`hide columns ${address}`, OP_BYTES, () => (w.sheet().getRange(address).columnHidden = true));
  const validations = model.dataValidations ?? [];
  if (w.supports('1.8')) {
    for (const dv of validations) push(`validation ${dv.range}`, OP_BYTES * 4, () => queueValidation(w.sheet().getRange(localRange(dv.range)), dv));
  } else if (validations.length > 0) w.omit('dataValidation');
  for (const address of unlocked) push(`unlock ${address}`, OP_BYTES, () => (w.sheet().getRange(address).format.protection.locked = false));
  const freeze = model.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    push('freeze panes', OP_BYTES, () => {
      const panes = w.sheet().freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(w.sheet().getRange(rectAddress({ top: 1, left: 1, bottom: freeze.rows, right: freeze.columns })));
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    });
  }
  if (model.tabColor) {
    const tab = colour(model.tabColor);
    push('tab colour', OP_BYTES, () => (w.sheet().tabColor = tab));
  }
  if (w.supports('1.9')) push('page layout', OP_BYTES * 12, () => queuePageLayout(w.sheet(), model.print));
  else w.omit('printSetup');
  return steps;
}
