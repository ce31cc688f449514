// "Benchmark – <område>": the own units with live key figures and positions, the comparison
// group(s) with live statistics, the expected level when there is one, and a chart. Every number
// a potential depends on is a formula over cells of this sheet, so a leader can audit it and an
// edit to a cost moves the key figure, the light, the standard and the potential with it.
import { STANDARD_KINDS, type BenchmarkResult, type StandardKind, type UnitBenchmark } from '../core/benchmark/types';
import type { Direction, Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, absColumnRange, cell, range, sheetRef } from './a1';
import { areaName, sourceLine, sourcesForArea } from './describe';
import { SheetDraft } from './draft';
import { activityFormat, COLOR, FMT, keyFigureFormat, LIGHT_STYLE, lightText, STYLE, TRAFFIC_LIGHTS, standardLabel } from './format';
import { writeAnomalyBlock } from './anomalyBlock';
import { cleanStat, groupBlocks, memberById, ownMemberId, placeBlocks, sameNumber, type GroupBlock, type PlacedBlock, type StatKey } from './groupBlocks';
import { measureLine } from './measureText';
import { writePredictionBlock } from './predictionBlock';
import { writeTrendBlocks } from './trendBlock';
import type { ChartModel, SheetModel } from './model';
import { uniqueHeaders, type TableNamer } from './names';
import { writeRegressionBlock } from './regressionBlock';
import type { SourceNote } from './types';
import { GROUP_COL, STAT_VALUE_COL, writeGroupBlock, type WrittenBlock } from './writeGroupBlock';

export const OWN = {
  name: 1, code: 2, cost: 3, activity: 4, keyFigure: 5, q1: 6, median: 7, q3: 8,
  rank: 9, n: 10, percentRank: 11, quartile: 12, light: 13, standard: 14, potential: 15,
} as const;
const LAST_OWN_COL = OWN.potential;
export const OWN_HEADER_ROW = 7;
export const FIRST_OWN_ROW = OWN_HEADER_ROW + 1;
/** Charts stand below the tables, never beside them, so fit-to-width printing keeps the text large. */
const CHART_WIDTH_COLS = 8;
const CHART_HEIGHT_ROWS = 18;

export interface BenchmarkSheetContext {
  lang: Lang;
  sources: SourceNote[];
  tables: TableNamer;
  methodSheet: string;
  variableNames?: Record<string, string>;
}

/** Sheet-qualified absolute references to the cells other sheets link to, per own unit. */
export interface UnitRefs {
  cost: string;
  activity: string;
  keyFigure: string;
  quartile: string;
  light: string;
  /** The cell holding each standard's level (a group statistic or the expected level), or null. */
  standards: Record<StandardKind, string | null>;
}

export interface BenchmarkLayout {
  sheet: SheetModel;
  /** By `unitKey(unit)`. */
  refs: Map<string, UnitRefs>;
}

/** A unit's key across all areas of a run (unit ids are unique only within an area). */
export function unitKey(unit: Pick<UnitBenchmark, 'areaId' | 'unitId'>): string {
  return `${unit.areaId}\u0000${unit.unitId}`;
}

/** The group statistic each standard is, in the direction of the area. */
export function standardStat(kind: Exclude<StandardKind, 'expected'>, direction: Direction, weighted: boolean): StatKey {
  const lower = direction === 'lower';
  switch (kind) {
    case 'median': return 'median';
    case 'quartile': return lower ? 'q1' : 'q3';
    case 'best': return lower ? 'min' : 'max';
    case 'average': return weighted ? 'weightedMean' : 'mean';
  }
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

/** Quarter 1..4 (1 best) from the own row's live quartile cells, as the engine's quartileOf does. */
function quartileFormula(kf: string, q1: string, median: string, q3: string, direction: Direction): string {
  return direction === 'lower'
    ? `IF(${kf}<=${q1},1,IF(${kf}<=${median},2,IF(${kf}<=${q3},3,4)))`
    : `IF(${kf}>=${q3},1,IF(${kf}>=${median},2,IF(${kf}>=${q1},3,4)))`;
}

function lightFormula(quartile: string, lang: Lang): string {
  return `IF(${quartile}=1,"${lightText('green', lang)}",IF(${quartile}=4,"${lightText('red', lang)}","${lightText('yellow', lang)}"))`;
}

interface OwnRowContext {
  draft: SheetDraft;
  result: BenchmarkResult;
  block: PlacedBlock;
  written: WrittenBlock;
  formats: { keyFigure: string; activity: string };
  expectedCell: string | undefined;
  sheetName: string;
  lang: Lang;
}

function writeOwnRow(unit: UnitBenchmark, row: number, ctx: OwnRowContext): UnitRefs {
  const { draft, result, block, written, formats, lang } = ctx;
  const direction = result.area.direction;
  const statCell = (key: StatKey): string => absCell(STAT_VALUE_COL, block.statRows.get(key) ?? 1);
  const kf = cell(OWN.keyFigure, row);
  draft.value(OWN.name, row, unit.name);
  draft.value(OWN.code, row, unit.code ?? unit.unitId);
  draft.value(OWN.cost, row, unit.cost, { numFmt: FMT.kr });
  draft.value(OWN.activity, row, unit.activity, { numFmt: formats.activity });
  draft.formula(OWN.keyFigure, row, `${cell(OWN.cost, row)}/${cell(OWN.activity, row)}`, unit.keyFigure, {
    numFmt: formats.keyFigure, style: { bold: true },
  });
  const d = block.distribution;
  const q1 = draft.formula(OWN.q1, row, statCell('q1'), d.q1, { numFmt: formats.keyFigure });
  const median = draft.formula(OWN.median, row, statCell('median'), d.median, { numFmt: formats.keyFigure });
  const q3 = draft.formula(OWN.q3, row, statCell('q3'), d.q3, { numFmt: formats.keyFigure });

  // The rank needs the very value that sits in the group's range (RANK.EQ is #N/A otherwise).
  const ownId = ownMemberId(unit);
  const member = ownId === undefined ? undefined : memberById(block.members).get(ownId);
  const ownValueRef = member
    ? sameNumber(member.keyFigure, unit.keyFigure) ? kf : absCell(GROUP_COL.keyFigure, block.memberRows.get(member.id) ?? 1)
    : undefined;
  const order = direction === 'lower' ? 1 : 0;
  const p = unit.position;
  if (ownValueRef) {
    draft.formula(OWN.rank, row, `RANK.EQ(${ownValueRef},${written.keyFigureRange},${order})`, p.rank, { numFmt: FMT.count });
    // Excel truncates PERCENTRANK.INC to 3 digits, LibreOffice rounds (2/3 → 0.666 vs 0.667). Asking
    // for 6 digits and truncating to 3 ourselves gives Excel's own result in both programs.
    draft.formula(OWN.percentRank, row, `ROUNDDOWN(PERCENTRANK.INC(${written.keyFigureRange},${ownValueRef},6),3)`, p.percentRank, {
      numFmt: FMT.percentRank,
    });
  } else {
    draft.value(OWN.rank, row, p.rank, { numFmt: FMT.count });
    draft.value(OWN.percentRank, row, p.percentRank, { numFmt: FMT.percentRank });
  }
  draft.formula(OWN.n, row, statCell('n'), d.n, { numFmt: FMT.count });
  const quartile = draft.formula(OWN.quartile, row, quartileFormula(kf, q1, median, q3, direction), p.quartile, { numFmt: FMT.count });
  draft.formula(OWN.light, row, lightFormula(quartile, lang), lightText(p.light, lang));

  const weighted = typeof block.distribution.weightedMean === 'number' && block.members.every((m) => m.weight !== null);
  const localStandards = {} as Record<StandardKind, string | null>;
  for (const kind of STANDARD_KINDS) {
    const value = unit.standards.find((s) => s.kind === kind)?.value ?? null;
    // Best and best quartile link to the group without flagged figures when the engine left them out.
    const local = kind === 'expected' ? ctx.expectedCell : statCell(cleanStat(block, standardStat(kind, direction, weighted)));
    localStandards[kind] = value === null || local === undefined ? null : local;
  }
  const chosen = unit.standards.find((s) => s.kind === unit.chosen)?.value ?? null;
  const chosenCell = localStandards[unit.chosen];
  if (chosen !== null && chosenCell !== null) draft.formula(OWN.standard, row, chosenCell, chosen, { numFmt: formats.keyFigure });
  else draft.value(OWN.standard, row, null, { numFmt: formats.keyFigure });
  const std = cell(OWN.standard, row);
  const act = cell(OWN.activity, row);
  const gap = direction === 'lower' ? `${kf}-${std}` : `${std}-${kf}`;
  draft.formula(OWN.potential, row, `IF(${std}="",0,MAX(0,${gap})*${act})`, unit.potential, { numFmt: FMT.kr });

  const ref = (col: number): string => sheetRef(ctx.sheetName, absCell(col, row));
  return {
    cost: ref(OWN.cost), activity: ref(OWN.activity), keyFigure: ref(OWN.keyFigure),
    quartile: ref(OWN.quartile), light: ref(OWN.light),
    standards: Object.fromEntries(
      STANDARD_KINDS.map((kind) => [kind, localStandards[kind] === null ? null : sheetRef(ctx.sheetName, localStandards[kind])]),
    ) as Record<StandardKind, string | null>,
  };
}

function ownChart(result: BenchmarkResult, sheet: string, lastRow: number, sharedGroup: boolean, anchorRow: number, lang: Lang): ChartModel {
  const column = (col: number): string => sheetRef(sheet, absColumnRange(col, FIRST_OWN_ROW, lastRow));
  const categories = column(OWN.name);
  // Quartiles as lines across several units; with one unit a line is a single invisible point,
  // so they stand as columns beside the own value instead.
  const asLine = sharedGroup && result.units.length > 1;
  return {
    kind: 'column',
    // The unit goes in the title: a rotated axis title is hard to read and prints smaller.
    title: t('report.chart.ownVsGroup', lang, { area: areaName(result, lang), unit: result.area.unitLabel[lang] }),
    series: [
      { name: t('report.chart.own', lang), values: column(OWN.keyFigure), categories, color: COLOR.own },
      { name: t('report.stat.q1', lang), values: column(OWN.q1), categories, color: COLOR.q1, asLine },
      { name: t('report.stat.median', lang), values: column(OWN.median), categories, color: COLOR.median, asLine },
      { name: t('report.stat.q3', lang), values: column(OWN.q3), categories, color: COLOR.q3, asLine },
    ],
    anchor: { from: cell(1, anchorRow), widthCols: CHART_WIDTH_COLS, heightRows: CHART_HEIGHT_ROWS },
    valueFormat: FMT.kr,
    valueAxisMin: 0,
  };
}

/**
 * Institutions compared with each other: the one group is the own units themselves, each with the
 * same key figure, so the own table can serve as the member table (half the cells for 50,000 units).
 */
function ownTableIsTheGroup(result: BenchmarkResult, blocks: readonly GroupBlock[]): boolean {
  if (result.level !== 'institution' || blocks.length !== 1) return false;
  const members = memberById(blocks[0].members);
  return blocks[0].members.length === result.units.length
    && result.units.every((u) => {
      const member = members.get(u.unitId);
      return member !== undefined && sameNumber(member.keyFigure, u.keyFigure) && member.weight !== null && sameNumber(member.weight, u.activity);
    });
}

export function buildBenchmarkSheet(result: BenchmarkResult, sheetName: string, ctx: BenchmarkSheetContext): BenchmarkLayout {
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
  const measure = measureLine(result, lang);
  if (measure) draft.value(1, 5, measure, { style: result.measureMismatch ? STYLE.caveat : STYLE.note });
  draft.value(1, OWN_HEADER_ROW - 1, t('report.own.heading', lang), { style: STYLE.heading });

  const ownRows = new Map(units.map((u, i) => [u.unitId, FIRST_OWN_ROW + i]));
  const ownKeyFigure = (unitId: string): string => absCell(OWN.keyFigure, ownRows.get(unitId) ?? FIRST_OWN_ROW);
  // The charts take the rows under the own table; the groups and the regression follow them.
  const charts: ChartModel[] = [];
  const chartsRow = lastOwnRow + 3;
  const institutionChart = result.level === 'institution';
  const chartRows = units.length > 0 ? (CHART_HEIGHT_ROWS + 1) * (institutionChart ? 2 : 1) : 0;
  const blocks = groupBlocks(units, result.area.direction);
  const ownTable = ownTableIsTheGroup(result, blocks)
    ? {
      keyFigures: absColumnRange(OWN.keyFigure, FIRST_OWN_ROW, lastOwnRow), weights: absColumnRange(OWN.activity, FIRST_OWN_ROW, lastOwnRow),
      names: absColumnRange(OWN.name, FIRST_OWN_ROW, lastOwnRow), medians: absColumnRange(OWN.median, FIRST_OWN_ROW, lastOwnRow),
    }
    : undefined;
  const { placed, nextRow } = placeBlocks(blocks, chartsRow + chartRows, result.referenceLine !== undefined, !ownTable);
  const writtenByUnit = new Map<string, { block: PlacedBlock; written: WrittenBlock }>();
  for (const block of placed) {
    const written = writeGroupBlock(draft, block, {
      lang, area: result.area, keyFigureFormat: formats.keyFigure, weightFormat: formats.activity,
      tables: ctx.tables, variableNames: ctx.variableNames,
      ownKeyFigureCell: ownKeyFigure,
      withMedianColumn: result.level === 'institution',
      national: result.referenceLine?.value,
      level: result.level,
      ownTable,
    });
    for (const unit of block.units) writtenByUnit.set(unit.unitId, { block, written });
  }

  const regression = result.regression ?? units.find((u) => u.expected)?.expected?.regression;
  const regressionLayout = regression
    ? writeRegressionBlock(draft, nextRow, regression, result, ownKeyFigure, formats, lang, ctx.variableNames)
    : undefined;
  const prediction = regressionLayout
    ? writePredictionBlock(draft, result, regressionLayout.nextRow, {
      lang, tables: ctx.tables, keyFigureFormat: formats.keyFigure, ownKeyFigure, expectedCells: regressionLayout.expectedCells,
      excludedNames: (regression?.excludedAnomalies ?? []).map((id) => result.anomalies?.flagged.find((f) => f.id === id)?.name ?? id),
    })
    : undefined;
  const trends = writeTrendBlocks(draft, result, prediction?.nextRow ?? regressionLayout?.nextRow ?? nextRow, {
    lang, sheetName, tables: ctx.tables, keyFigureFormat: formats.keyFigure, chartWidthCols: CHART_WIDTH_COLS,
  });
  writeAnomalyBlock(draft, result, trends.nextRow, { lang, tables: ctx.tables });

  const headers = ownHeaders(result, lang);
  headers.forEach((h, i) => draft.value(i + 1, OWN_HEADER_ROW, h, { style: { bold: true, wrap: true } }));
  const refs = new Map<string, UnitRefs>();
  units.forEach((unit, i) => {
    const entry = writtenByUnit.get(unit.unitId);
    if (!entry) return;
    refs.set(unitKey(unit), writeOwnRow(unit, FIRST_OWN_ROW + i, {
      draft, result, block: entry.block, written: entry.written, formats, sheetName, lang,
      expectedCell: regressionLayout?.expectedCells.get(unit.unitId),
    }));
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

  if (units.length > 0) charts.push(ownChart(result, sheetName, lastOwnRow, placed.length === 1, chartsRow, lang));
  const institutionBlock = institutionChart && placed.length === 1 ? placed[0] : undefined;
  const written = institutionBlock ? writtenByUnit.get(institutionBlock.units[0].unitId)?.written : undefined;
  if (written?.medianRange) {
    charts.push({
      kind: 'column',
      title: t('report.chart.allInstitutions', lang, { area: areaName(result, lang), unit: result.area.unitLabel[lang] }),
      series: [
        { name: t('report.group.col.keyFigure', lang, { unit: result.area.unitLabel[lang] }), values: sheetRef(sheetName, written.keyFigureRange), categories: sheetRef(sheetName, written.nameRange), color: COLOR.own },
        { name: t('report.stat.median', lang), values: sheetRef(sheetName, written.medianRange), categories: sheetRef(sheetName, written.nameRange), color: COLOR.median, asLine: true },
      ],
      anchor: { from: cell(1, chartsRow + CHART_HEIGHT_ROWS + 1), widthCols: CHART_WIDTH_COLS, heightRows: CHART_HEIGHT_ROWS },
        valueFormat: FMT.kr,
      valueAxisMin: 0,
    });
  }
  draft.charts.push(...charts);

  const headerRows = [
    OWN_HEADER_ROW, ...placed.filter((b) => b.headerRow > 0).map((b) => b.headerRow), ...(regressionLayout?.headerRow ? [regressionLayout.headerRow] : []),
    ...(prediction?.headerRow ? [prediction.headerRow] : []), ...trends.headerRows,
  ];
  // Label rows (a statistic, a coefficient: label in A, value in C) leave B empty, so the label may
  // run on into it; they do not set column A's width.
  const labelRow = (row: number): boolean => draft.has(1, row) && !draft.has(2, row) && draft.has(STAT_VALUE_COL, row);
  draft.fitColumns(LAST_OWN_COL, { headerRows, headerLines: 3, atLeast: { [OWN.name]: 20 }, skipRows: labelRow });
  draft.freeze = { rows: OWN_HEADER_ROW, columns: 1 };
  draft.tabColor = '4472C4';
  return { sheet: draft.finish('landscape'), refs };
}
