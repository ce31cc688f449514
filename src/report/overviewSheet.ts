// "Overblik": the one page a director reads. The total potential at the chosen standard with the
// range across standards, three sentences on what it means and does not mean, the position per
// area (or the units with the largest potentials, the rest summed as "øvrige"), a sorted bar chart
// with every bar labelled, and the data date and source. Every number is a live link to the sheet
// it comes from; the key numbers carry defined names. It prints on exactly one A4 landscape page.
import { STANDARD_KINDS, type BenchmarkResult, type StandardKind } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, absColumnRange, cell, columnLetters, range, sheetRef } from './a1';
import { unitKey, type UnitRefs } from './benchmarkSheet';
import { areaName, headlineStandard, sourceLine } from './describe';
import { measureSummary } from './measureText';
import { SheetDraft } from './draft';
import { COLOR, FMT, keyFigureFormat, LIGHT_STYLE, lightText, STYLE, TRAFFIC_LIGHTS } from './format';
import type { DefinedNameModel, SheetModel } from './model';
import { uniqueHeaders, type TableNamer } from './names';
import { HEADLINE_COL, standardColumn, type PotentialRow, type PotentialsLayout } from './potentialsSheet';
import type { SourceNote } from './types';
import { formatNumber } from '../core/parse/numbers';

/** More rows than this and the page lists the largest and sums the rest, so it stays one page. */
export const OVERVIEW_MAX_ROWS = 20;
const COL = { label: 1, keyFigure: 2, standard: 3, quartile: 4, light: 5, potential: 6, trend: 7 } as const;
/** Favourable and unfavourable developments, in Excel's good/bad colours. */
const TREND_STYLE = { better: LIGHT_STYLE.green, worse: LIGHT_STYLE.red } as const;
const CHART_WIDTH_COLS = 6;
const CHART_COL_WIDTH = 10;
const HEADLINE_ROW = 4;

export interface OverviewDea {
  sheet: string;
  /** Absolute address of the DEA potential total on the DEA sheet. */
  totalCell: string;
  total: number;
  method: string;
}

export interface OverviewContext {
  lang: Lang;
  sources: SourceNote[];
  tables: TableNamer;
  methodSheet: string;
  potentialsSheet: string;
  prioritisationSheet: string;
  refs: Map<string, UnitRefs>;
  dea?: OverviewDea;
  /** Why some reference figures are not live (and any change of measure), said where a leader looks first. */
  referenceNote?: string;
}

export interface OverviewLayout {
  sheet: SheetModel;
  names: DefinedNameModel[];
}

/** The standards every unit could be measured against: only their totals compare like with like. */
function comparableStandards(rows: readonly PotentialRow[]): StandardKind[] {
  return STANDARD_KINDS.filter((kind) => rows.every((r) => r.unit.standards.find((s) => s.kind === kind)?.potential != null));
}

const MAX_NAMED_MUNICIPALITIES = 4;

function subtitle(results: BenchmarkResult[], count: number, lang: Lang): string {
  const first = results[0];
  if (!first || first.level === 'institution') {
    return t('overview.subtitle.institution', lang, { count, area: first ? areaName(first, lang).toLowerCase() : '' });
  }
  const names = [...new Set(results.flatMap((r) => r.units.map((u) => u.name)))];
  const groups = [...new Set(results.flatMap((r) => r.units.map((u) => u.group.label)))];
  const areas = results.length === 1 ? t('overview.areas.one', lang) : t('overview.areas.many', lang, { count: formatNumber(results.length, lang) });
  return t('overview.subtitle.municipality', lang, {
    // A few municipalities are named; a national run says how many, as one line must hold it.
    name: names.length <= MAX_NAMED_MUNICIPALITIES ? names.join(', ') : t('overview.municipalities.many', lang, { count: formatNumber(names.length, lang) }), areas,
    group: groups.length === 1 ? groups[0].toLowerCase() : t('overview.group.mixed', lang),
  });
}

function rowLabel(entry: PotentialRow, manyOwn: boolean, lang: Lang): string {
  if (entry.result.level === 'institution') return entry.unit.name;
  return manyOwn ? `${areaName(entry.result, lang)} – ${entry.unit.name}` : areaName(entry.result, lang);
}

export function buildOverviewSheet(results: BenchmarkResult[], potentials: PotentialsLayout, sheetName: string, ctx: OverviewContext): OverviewLayout {
  const { lang } = ctx;
  const draft = new SheetDraft(sheetName, 'overview');
  const names: DefinedNameModel[] = [];
  const potRef = (col: number, row: number): string => sheetRef(ctx.potentialsSheet, absCell(col, row));
  const potTotal = (col: number): number => {
    // The totals row is near the end of a sheet of (perhaps) 50,000 rows: look from there.
    const address = cell(col, potentials.totalRow);
    const cells = potentials.sheet.cells;
    for (let i = cells.length - 1; i >= 0; i--) if (cells[i].address === address) return Number(cells[i].value ?? 0);
    return 0;
  };
  const name = (key: string, address: string): void => {
    names.push({ name: t(key, lang), refersTo: sheetRef(sheetName, address) });
  };
  const standardWords = headlineStandard(results, lang);
  // In a sentence the standard reads as the group's: "kom ned på gruppens median".
  const kindsUsed = [...new Set(results.flatMap((r) => r.units.map((u) => u.chosen)))];
  const standardPhrase = kindsUsed.length === 1 ? t(`overview.standard.${kindsUsed[0]}`, lang) : standardWords;
  const higher = results.length > 0 && results.every((r) => r.area.direction === 'higher');

  draft.value(1, 1, t('overview.title', lang), { style: { bold: true, size: 16 } });
  draft.value(1, 2, subtitle(results, potentials.rows.length, lang), { style: { size: 12 } });
  if (ctx.referenceNote) draft.value(1, 3, ctx.referenceNote, { style: STYLE.caveat });

  // The headline, in words a director uses, with the amount in its own live cell.
  draft.value(1, HEADLINE_ROW, t(higher ? 'overview.headline.higher' : 'overview.headline', lang, { standard: standardPhrase }), {
    style: { bold: true, size: 12, wrap: true, verticalAlign: 'middle' },
  });
  const headline = draft.formula(COL.keyFigure, HEADLINE_ROW, potRef(HEADLINE_COL, potentials.totalRow), potTotal(HEADLINE_COL), {
    numFmt: FMT.mioKr, style: { bold: true, size: 16, color: COLOR.own, verticalAlign: 'middle' },
  });
  name('overview.name.total', absCell(COL.keyFigure, HEADLINE_ROW));
  let row = HEADLINE_ROW + 1;
  const comparable = comparableStandards(potentials.rows);
  if (comparable.length > 1 && potentials.rows.length > 0) {
    const totals = comparable.map((kind) => potRef(standardColumn(kind) + 1, potentials.totalRow).replace(/^.*!/, ''));
    const list = totals.map((address) => `${sheetRef(ctx.potentialsSheet, address)}`).join(',');
    const values = comparable.map((kind) => potTotal(standardColumn(kind) + 1));
    draft.value(1, row, t('overview.range', lang), { style: { wrap: true } });
    draft.formula(COL.keyFigure, row, `MIN(${list})`, Math.min(...values), { numFmt: FMT.mioKr, style: { bold: true } });
    draft.value(COL.standard, row, t('overview.rangeAnd', lang), { style: { align: 'center' } });
    draft.formula(COL.quartile, row, `MAX(${list})`, Math.max(...values), { numFmt: FMT.mioKr, style: { bold: true } });
    name('overview.name.rangeLow', absCell(COL.keyFigure, row));
    name('overview.name.rangeHigh', absCell(COL.quartile, row));
    draft.merges.push(range(COL.quartile, row, COL.light, row));
    row++;
  }
  if (ctx.dea) {
    draft.value(1, row, t('overview.dea', lang), { style: { wrap: true } });
    draft.formula(COL.keyFigure, row, sheetRef(ctx.dea.sheet, ctx.dea.totalCell), ctx.dea.total, { numFmt: FMT.mioKr, style: { bold: true } });
    draft.value(COL.standard, row, ctx.dea.method, { style: STYLE.note });
    name('overview.name.dea', absCell(COL.keyFigure, row));
    row++;
  }

  // Three sentences: what the figures mean, what they do not mean, what to do with them.
  row++;
  const sentences = [
    t('overview.means', lang, { standard: standardPhrase }),
    t('overview.meansNot', lang),
    ...(ctx.dea ? [t('overview.dea.what', lang)] : []),
    t('overview.use', lang, { sheet: ctx.prioritisationSheet }),
  ];
  for (const sentence of sentences) draft.value(1, row++, sentence, { style: STYLE.note });

  // The table: every unit when they fit on the page, else the largest and the rest as one row.
  row++;
  const sorted = [...potentials.rows].sort((a, b) => b.unit.potential - a.unit.potential);
  // When the units do not all fit, the list is of potentials: units without one go into "øvrige".
  const positive = sorted.filter((entry) => entry.unit.potential > 0).length;
  const shown = sorted.length > OVERVIEW_MAX_ROWS ? sorted.slice(0, Math.min(OVERVIEW_MAX_ROWS, positive || OVERVIEW_MAX_ROWS)) : sorted;
  const institution = results[0]?.level === 'institution';
  draft.value(1, row++, institution
    ? t('overview.table.heading.units', lang, { count: shown.length })
    : t('overview.table.heading.areas', lang), { style: STYLE.heading });
  const kinds = new Set(results.map((r) => r.standard));
  // The development over the years the reference holds, where it has them (municipality runs).
  const withTrend = shown.some((entry) => entry.unit.trend && entry.unit.trend.arrow !== 'none');
  const tableCols = withTrend ? COL.trend : COL.potential;
  const chartCol = tableCols + 2;
  const headers = uniqueHeaders([
    t(institution ? 'overview.col.unit' : 'overview.col.area', lang),
    t('overview.col.keyFigure', lang),
    t('overview.col.standard', lang, { standard: kinds.size === 1 ? standardWords : t('report.standard.mixed', lang) }),
    t('overview.col.quartile', lang),
    t('overview.col.light', lang),
    t('overview.col.potential', lang),
    ...(withTrend ? [t('overview.col.trend', lang)] : []),
  ]);
  const headerRow = row;
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true, wrap: true, verticalAlign: 'bottom' } }));
  const manyOwn = results.some((r) => r.units.length > 1) && !institution;
  const firstRow = headerRow + 1;
  shown.forEach((entry, i) => {
    const r = firstRow + i;
    const { unit } = entry;
    const refs = ctx.refs.get(unitKey(unit));
    const standard = unit.standards.find((s) => s.kind === unit.chosen)?.value ?? null;
    const format = keyFigureFormat([unit.keyFigure, standard ?? 0]);
    const link = (col: number, ref: string | null | undefined, value: number | string | null, numFmt?: string): void => {
      const options = numFmt ? { numFmt } : {};
      if (ref && value !== null) draft.formula(col, r, ref, value, options);
      else draft.value(col, r, value, options);
    };
    draft.value(COL.label, r, rowLabel(entry, manyOwn, lang));
    link(COL.keyFigure, refs?.keyFigure, unit.keyFigure, format);
    link(COL.standard, refs?.standards[unit.chosen], standard, format);
    link(COL.quartile, refs?.quartile, unit.position.quartile, FMT.count);
    link(COL.light, refs?.light, lightText(unit.position.light, lang));
    draft.formula(COL.potential, r, potRef(HEADLINE_COL, entry.row), unit.potential, { numFmt: FMT.kr });
    if (withTrend) {
      const trend = unit.trend;
      const assessed = trend && (trend.assessment === 'better' || trend.assessment === 'worse') ? TREND_STYLE[trend.assessment] : undefined;
      draft.value(COL.trend, r, trend ? t(`report.trend.arrow.${trend.arrow}`, lang) : null, assessed ? { style: assessed } : {});
    }
  });
  const lastRow = firstRow + Math.max(shown.length, 1) - 1;
  if (shown.length === 0) draft.value(1, firstRow, t('overview.noPotential', lang), { style: STYLE.note });
  else {
    draft.tables.push({ name: ctx.tables.take('Overblik'), range: range(1, headerRow, tableCols, lastRow), columns: headers, style: 'TableStyleMedium2', showRowStripes: true });
    for (const light of TRAFFIC_LIGHTS) {
      draft.conditionalFormats.push({
        kind: 'expression', range: range(COL.light, firstRow, COL.light, lastRow),
        formula: `${cell(COL.light, firstRow)}="${lightText(light, lang)}"`, style: LIGHT_STYLE[light],
      });
    }
  }
  row = lastRow + 1;
  const potentialColumn = absColumnRange(COL.potential, firstRow, lastRow);
  if (sorted.length > shown.length) {
    const rest = sorted.length - shown.length;
    draft.value(1, row, rest === 1 ? t('overview.others.one', lang) : t('overview.others', lang, { count: formatNumber(rest, lang) }), { style: { italic: true } });
    draft.formula(COL.potential, row, `${headline}-SUM(${potentialColumn})`, potTotal(HEADLINE_COL) - shown.reduce((s, e) => s + e.unit.potential, 0), {
      numFmt: FMT.kr, style: { italic: true },
    });
    row++;
  }
  draft.value(1, row, t('overview.total', lang), { style: STYLE.total });
  for (let col = 2; col <= tableCols; col++) if (col !== COL.potential) draft.value(col, row, null, { style: STYLE.total });
  draft.formula(COL.potential, row, `SUM(${absColumnRange(COL.potential, firstRow, row - 1)})`, potTotal(HEADLINE_COL), { numFmt: FMT.kr, style: STYLE.total });
  const tableEnd = row;

  // Whole millions when the largest bar is tens of millions; thousands for smaller amounts.
  const inMillions = Math.max(0, ...shown.map((e) => e.unit.potential)) >= 10_000_000;
  // Only the bars with a potential: the rows are sorted, so they are the first ones. A bar of 0 kr.
  // says nothing a director needs, and the table beside the chart still lists every area.
  const withPotential = Math.min(shown.length, positive);
  if (withPotential > 0) {
    const lastBar = firstRow + withPotential - 1;
    draft.charts.push({
      kind: 'bar',
      title: t(inMillions ? 'overview.chart' : 'overview.chart.thousands', lang),
      series: [{
        name: t('overview.col.potential', lang),
        values: sheetRef(sheetName, absColumnRange(COL.potential, firstRow, lastBar)),
        categories: sheetRef(sheetName, absColumnRange(COL.label, firstRow, lastBar)),
        color: COLOR.dataBar,
        valueLabels: true,
      }],
      anchor: { from: cell(chartCol, headerRow - 1), widthCols: CHART_WIDTH_COLS, heightRows: Math.max(14, tableEnd - headerRow + 2) },
      valueFormat: inMillions ? FMT.mioWhole : FMT.thousandsWhole,
      valueAxisMin: 0,
      hideLegend: true,
      categoriesTopDown: true,
    });
  }

  row = Math.max(tableEnd, headerRow - 1 + Math.max(14, tableEnd - headerRow + 2)) + 2;
  draft.value(1, row, t('overview.dataLine', lang, { sources: sourceLine(ctx.sources, lang), sheet: ctx.methodSheet }), { style: STYLE.note });
  // The key figure's definition, so the page says what was measured (one line for all areas alike).
  const measure = measureSummary(results, lang);
  if (measure) draft.value(1, ++row, measure, { style: STYLE.note });
  const lastPrintedRow = row;

  const content = draft.fitColumns(tableCols, {
    headerRows: [headerRow], max: 44,
    // Room for the range label on one line; the highest total stands in the quartile and light columns together.
    atLeast: { [COL.label]: 40, [COL.keyFigure]: 15 },
  });
  content[COL.light - 1] = Math.max(content[COL.light - 1], 17 - content[COL.quartile - 1]);
  draft.rowHeight(HEADLINE_ROW, 36);
  draft.columnWidths = [...content, 2, ...new Array<number>(CHART_WIDTH_COLS).fill(CHART_COL_WIDTH)];
  draft.printArea = `A1:${columnLetters(chartCol + CHART_WIDTH_COLS - 1)}${lastPrintedRow}`;
  draft.printPagesTall = 1;
  draft.printTitleRows = '1:2';
  draft.tabColor = '1F4E79';
  return { sheet: draft.finish('landscape'), names };
}
