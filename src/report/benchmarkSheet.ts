// "Benchmark – <område>": the own units with live key figures and positions, the comparison
// group(s) with live statistics, the expected level when there is one, and a chart.
import type { BenchmarkResult, Regression, UnitBenchmark } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, absColumnRange, cell, range, sheetRef } from './a1';
import { areaName, sourceLine, sourcesForArea, variableName } from './describe';
import { SheetDraft } from './draft';
import { activityFormat, coefficientFormat, COLOR, FMT, keyFigureFormat, LIGHT_STYLE, lightText, STYLE, TRAFFIC_LIGHTS, standardLabel } from './format';
import { groupBlocks, memberById, ownMemberId, placeBlocks, sameNumber, type PlacedBlock } from './groupBlocks';
import type { ChartModel, SheetModel } from './model';
import { uniqueHeaders, type TableNamer } from './names';
import type { SourceNote } from './types';
import { GROUP_COL, STAT_VALUE_COL, writeGroupBlock, type WrittenBlock } from './writeGroupBlock';

export const OWN = {
  name: 1, code: 2, cost: 3, activity: 4, keyFigure: 5, q1: 6, median: 7, q3: 8,
  rank: 9, n: 10, percentRank: 11, quartile: 12, light: 13, standard: 14, potential: 15,
} as const;
const LAST_OWN_COL = OWN.potential;
export const OWN_HEADER_ROW = 7;
export const FIRST_OWN_ROW = OWN_HEADER_ROW + 1;
const CHART_COL = LAST_OWN_COL + 2;

export interface BenchmarkSheetContext {
  lang: Lang;
  sources: SourceNote[];
  tables: TableNamer;
  methodSheet: string;
  variableNames?: Record<string, string>;
}

function ownHeaders(result: BenchmarkResult, lang: Lang): string[] {
  const area = result.area;
  return uniqueHeaders([
    t('report.own.col.name', lang),
    t(result.level === 'municipality' ? 'report.own.col.municipalityCode' : 'report.own.col.id', lang),
    t('report.own.col.cost', lang),
    t('report.own.col.activity', lang, { activity: area.activityLabel[lang] }),
    t('report.own.col.keyFigure', lang, { unit: area.unitLabel[lang] }),
    t('report.own.col.q1', lang),
    t('report.own.col.median', lang),
    t('report.own.col.q3', lang),
    t('report.own.col.rank', lang),
    t('report.own.col.n', lang),
    t('report.own.col.percentRank', lang),
    t('report.own.col.quartile', lang),
    t('report.own.col.light', lang),
    t('report.own.col.standard', lang, { standard: standardLabel(result.standard, lang) }),
    t('report.own.col.potential', lang),
  ]);
}

function writeOwnRow(
  draft: SheetDraft, unit: UnitBenchmark, row: number, block: PlacedBlock, written: WrittenBlock,
  result: BenchmarkResult, formats: { keyFigure: string; activity: string }, lang: Lang,
): void {
  const kf = cell(OWN.keyFigure, row);
  const stat = (key: 'q1' | 'median' | 'q3' | 'n'): string => absCell(STAT_VALUE_COL, block.statRows.get(key) ?? 1);
  draft.value(OWN.name, row, unit.name);
  draft.value(OWN.code, row, unit.code ?? unit.unitId);
  draft.value(OWN.cost, row, unit.cost, { numFmt: FMT.kr });
  draft.value(OWN.activity, row, unit.activity, { numFmt: formats.activity });
  draft.formula(OWN.keyFigure, row, `${cell(OWN.cost, row)}/${cell(OWN.activity, row)}`, unit.keyFigure, {
    numFmt: formats.keyFigure, style: { bold: true },
  });
  const d = block.distribution;
  draft.formula(OWN.q1, row, stat('q1'), d.q1, { numFmt: formats.keyFigure });
  draft.formula(OWN.median, row, stat('median'), d.median, { numFmt: formats.keyFigure });
  draft.formula(OWN.q3, row, stat('q3'), d.q3, { numFmt: formats.keyFigure });

  // The rank needs the very value that sits in the group's range (RANK.EQ is #N/A otherwise).
  const ownId = ownMemberId(unit);
  const member = ownId === undefined ? undefined : memberById(block.members).get(ownId);
  const ownValueRef = member
    ? sameNumber(member.keyFigure, unit.keyFigure) ? kf : absCell(GROUP_COL.keyFigure, block.memberRows.get(member.id) ?? 1)
    : undefined;
  const order = result.area.direction === 'lower' ? 1 : 0;
  const p = unit.position;
  if (ownValueRef) {
    draft.formula(OWN.rank, row, `RANK.EQ(${ownValueRef},${written.statisticsRange},${order})`, p.rank, { numFmt: FMT.count });
    // Excel truncates PERCENTRANK.INC to 3 digits, LibreOffice rounds (2/3 → 0.666 vs 0.667). Asking
    // for 6 digits and truncating to 3 ourselves gives Excel's own result in both programs.
    draft.formula(OWN.percentRank, row, `ROUNDDOWN(PERCENTRANK.INC(${written.statisticsRange},${ownValueRef},6),3)`, p.percentRank, {
      numFmt: FMT.percentRank,
    });
  } else {
    draft.value(OWN.rank, row, p.rank, { numFmt: FMT.count });
    draft.value(OWN.percentRank, row, p.percentRank, { numFmt: FMT.percentRank });
  }
  draft.formula(OWN.n, row, stat('n'), d.n, { numFmt: FMT.count });
  draft.value(OWN.quartile, row, p.quartile, { numFmt: FMT.count });
  draft.value(OWN.light, row, lightText(p.light, lang));
  const standard = unit.standards.find((s) => s.kind === unit.chosen)?.value ?? null;
  draft.value(OWN.standard, row, standard, { numFmt: formats.keyFigure });
  const std = cell(OWN.standard, row);
  const act = cell(OWN.activity, row);
  const gap = result.area.direction === 'lower' ? `${kf}-${std}` : `${std}-${kf}`;
  draft.formula(OWN.potential, row, `IF(${std}="",0,MAX(0,${gap})*${act})`, unit.potential, { numFmt: FMT.kr });
}

function writeRegression(
  draft: SheetDraft, startRow: number, regression: Regression, result: BenchmarkResult,
  ownRows: Map<string, number>, kfFormat: string, ctx: BenchmarkSheetContext,
): void {
  const { lang } = ctx;
  const names = regression.variables.map((id) => variableName(id, ctx.variableNames));
  draft.value(1, startRow, t('report.regression.heading', lang), { style: STYLE.heading });
  draft.value(1, startRow + 1, t('report.regression.description', lang, { variables: names.join(', ') }), {
    style: STYLE.note,
  });
  let row = startRow + 2;
  const put = (label: string, value: number, numFmt: string): void => {
    draft.value(1, row, label, { style: STYLE.label });
    draft.value(STAT_VALUE_COL, row, value, { numFmt });
    row++;
  };
  put(t('report.regression.r2', lang), regression.r2, FMT.r2);
  put(t('report.regression.n', lang), regression.n, FMT.count);
  put(t('report.regression.intercept', lang), regression.intercept, coefficientFormat(regression.intercept));
  regression.coefficients.forEach((c, i) =>
    put(t('report.regression.coefficient', lang, { name: names[i] ?? `x${i + 1}` }), c, coefficientFormat(c)),
  );
  const withExpected = result.units.filter((u) => u.expected);
  if (withExpected.length === 0) return;
  row++;
  const headers: [number, string][] = [
    [1, t('report.own.col.name', lang)], [3, t('report.regression.actual', lang)],
    [4, t('report.regression.expected', lang)], [5, t('report.regression.difference', lang)],
  ];
  for (const [col, text] of headers) draft.value(col, row, text, { style: { bold: true, border: 'bottomThin' } });
  for (const unit of withExpected) {
    row++;
    const expected = unit.expected?.value ?? 0;
    draft.value(1, row, unit.name);
    draft.formula(3, row, absCell(OWN.keyFigure, ownRows.get(unit.unitId) ?? FIRST_OWN_ROW), unit.keyFigure, { numFmt: kfFormat });
    draft.value(4, row, expected, { numFmt: kfFormat });
    draft.formula(5, row, `${cell(3, row)}-${cell(4, row)}`, unit.keyFigure - expected, { numFmt: kfFormat });
  }
}

function ownChart(result: BenchmarkResult, sheet: string, lastRow: number, sharedGroup: boolean, lang: Lang): ChartModel {
  const column = (col: number): string => sheetRef(sheet, absColumnRange(col, FIRST_OWN_ROW, lastRow));
  const categories = column(OWN.name);
  // Quartiles as lines across several units; with one unit a line is a single invisible point,
  // so they stand as columns beside the own value instead.
  const asLine = sharedGroup && result.units.length > 1;
  return {
    kind: 'column',
    title: t('report.chart.ownVsGroup', lang, { area: areaName(result, lang) }),
    series: [
      { name: t('report.chart.own', lang), values: column(OWN.keyFigure), categories, color: COLOR.own },
      { name: t('report.stat.q1', lang), values: column(OWN.q1), categories, color: COLOR.q1, asLine },
      { name: t('report.stat.median', lang), values: column(OWN.median), categories, color: COLOR.median, asLine },
      { name: t('report.stat.q3', lang), values: column(OWN.q3), categories, color: COLOR.q3, asLine },
    ],
    anchor: { from: cell(CHART_COL, OWN_HEADER_ROW - 1), widthCols: 9, heightRows: 18 },
    yAxisTitle: result.area.unitLabel[lang],
    valueFormat: FMT.count,
  };
}

export function buildBenchmarkSheet(result: BenchmarkResult, sheetName: string, ctx: BenchmarkSheetContext): SheetModel {
  const { lang } = ctx;
  const draft = new SheetDraft(sheetName, 'benchmark');
  const units = result.units;
  const lastOwnRow = FIRST_OWN_ROW + Math.max(units.length, 1) - 1;
  const allMembers = [...new Set(units.map((u) => u.group.members))].flat();
  const formats = {
    keyFigure: keyFigureFormat([...units.map((u) => u.keyFigure), ...allMembers.map((m) => m.keyFigure)]),
    activity: activityFormat([
      ...units.map((u) => u.activity),
      ...allMembers.flatMap((m) => (m.weight === null ? [] : [m.weight])),
    ]),
  };

  draft.value(1, 1, t('report.benchmark.title', lang, { area: areaName(result, lang), unit: result.area.unitLabel[lang] }), { style: STYLE.title });
  draft.value(1, 2, sourceLine(sourcesForArea(ctx.sources, result.area.id), lang), { style: STYLE.note });
  draft.value(1, 3, t('report.benchmark.methodLine', lang, { standard: standardLabel(result.standard, lang).toLowerCase(), sheet: ctx.methodSheet }), { style: STYLE.note });
  draft.value(1, 4, t('report.caveat.relative', lang), { style: STYLE.caveat });
  draft.value(1, OWN_HEADER_ROW - 1, t('report.own.heading', lang), { style: STYLE.heading });

  const ownRows = new Map(units.map((u, i) => [u.unitId, FIRST_OWN_ROW + i]));
  const { placed, nextRow } = placeBlocks(groupBlocks(units, result.area.direction), lastOwnRow + 3, result.referenceLine !== undefined);
  const writtenByUnit = new Map<string, { block: PlacedBlock; written: WrittenBlock }>();
  for (const block of placed) {
    const written = writeGroupBlock(draft, block, {
      lang, area: result.area, keyFigureFormat: formats.keyFigure, weightFormat: formats.activity,
      tables: ctx.tables, variableNames: ctx.variableNames,
      ownKeyFigureCell: (unitId) => absCell(OWN.keyFigure, ownRows.get(unitId) ?? FIRST_OWN_ROW),
      withMedianColumn: result.level === 'institution',
      ownColumns: {
        keyFigures: absColumnRange(OWN.keyFigure, FIRST_OWN_ROW, lastOwnRow),
        weights: absColumnRange(OWN.activity, FIRST_OWN_ROW, lastOwnRow),
        count: units.length,
      },
      national: result.referenceLine?.value,
    });
    for (const unit of block.units) writtenByUnit.set(unit.unitId, { block, written });
  }

  const headers = ownHeaders(result, lang);
  headers.forEach((h, i) => draft.value(i + 1, OWN_HEADER_ROW, h, { style: { bold: true, wrap: true } }));
  units.forEach((unit, i) => {
    const entry = writtenByUnit.get(unit.unitId);
    if (entry) writeOwnRow(draft, unit, FIRST_OWN_ROW + i, entry.block, entry.written, result, formats, lang);
  });
  if (units.length > 0) {
    draft.tables.push({
      name: ctx.tables.take('Egne'), range: range(1, OWN_HEADER_ROW, LAST_OWN_COL, lastOwnRow),
      columns: headers, style: 'TableStyleMedium2', showRowStripes: true,
    });
  }
  const borrowed = units.filter((u) => u.activitySource === 'reference');
  if (borrowed.length > 0) {
    const periods = [...new Set(borrowed.map((u) => u.activityPeriod ?? '?'))].join(', ');
    draft.value(1, lastOwnRow + 1, t('report.own.activityFromReference', lang, { units: borrowed.map((u) => u.name).join(', '), period: periods }), { style: STYLE.caveat });
  }

  const lightRange = range(OWN.light, FIRST_OWN_ROW, OWN.light, lastOwnRow);
  for (const light of TRAFFIC_LIGHTS) {
    draft.conditionalFormats.push({ kind: 'expression', range: lightRange, formula: `${cell(OWN.light, FIRST_OWN_ROW)}="${lightText(light, lang)}"`, style: LIGHT_STYLE[light] });
  }
  draft.conditionalFormats.push({ kind: 'dataBar', range: range(OWN.potential, FIRST_OWN_ROW, OWN.potential, lastOwnRow), color: COLOR.dataBar });

  const regression = result.regression ?? units.find((u) => u.expected)?.expected?.regression;
  if (regression) writeRegression(draft, nextRow, regression, result, ownRows, formats.keyFigure, ctx);

  if (units.length > 0) draft.charts.push(ownChart(result, sheetName, lastOwnRow, placed.length === 1, lang));
  const institutionBlock = result.level === 'institution' && placed.length === 1 ? placed[0] : undefined;
  const written = institutionBlock ? writtenByUnit.get(institutionBlock.units[0].unitId)?.written : undefined;
  if (written?.medianRange) {
    draft.charts.push({
      kind: 'column',
      title: t('report.chart.allInstitutions', lang, { area: areaName(result, lang) }),
      series: [
        { name: t('report.group.col.keyFigure', lang, { unit: result.area.unitLabel[lang] }), values: sheetRef(sheetName, written.keyFigureRange), categories: sheetRef(sheetName, written.nameRange), color: COLOR.own },
        { name: t('report.stat.median', lang), values: sheetRef(sheetName, written.medianRange), categories: sheetRef(sheetName, written.nameRange), color: COLOR.median, asLine: true },
      ],
      anchor: { from: cell(CHART_COL, OWN_HEADER_ROW + 19), widthCols: 9, heightRows: 18 },
      yAxisTitle: result.area.unitLabel[lang],
      valueFormat: FMT.count,
    });
  }

  draft.columnWidths = [30, 14, 15, 14, 16, 14, 14, 14, 8, 9, 15, 9, 9, 16, 16];
  draft.freeze = { rows: OWN_HEADER_ROW, columns: 1 };
  draft.tabColor = '4472C4';
  return draft.finish('landscape');
}
