// "Potentialer": one row per own unit and area with all five standards and their potentials as live
// formulas on the same row, the chosen standard as the headline, and the min–max range across them.
import { STANDARD_KINDS, type BenchmarkResult, type StandardKind, type UnitBenchmark } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, cell, range } from './a1';
import { areaName, sourceLine } from './describe';
import { measureSummary } from './measureText';
import { SheetDraft } from './draft';
import { activityFormat, COLOR, FMT, keyFigureFormat, STYLE, standardLabel } from './format';
import type { SheetModel } from './model';
import { unitKey, type UnitRefs } from './benchmarkSheet';
import { uniqueHeaders, type TableNamer } from './names';
import type { SourceNote } from './types';

export const POT = { name: 1, area: 2, keyFigure: 3, activity: 4, firstStandard: 5 } as const;
/** Column of a standard's value; its potential is the column after. */
export function standardColumn(kind: StandardKind): number {
  return POT.firstStandard + 2 * STANDARD_KINDS.indexOf(kind);
}
const CHOSEN_COL = POT.firstStandard + 2 * STANDARD_KINDS.length;
export const HEADLINE_COL = CHOSEN_COL + 1;
const HEADER_ROW = 6;

export interface PotentialRow {
  result: BenchmarkResult;
  unit: UnitBenchmark;
  row: number;
}

export interface PotentialsLayout {
  sheet: SheetModel;
  rows: PotentialRow[];
  totalRow: number;
}

export interface PotentialsContext {
  lang: Lang;
  sources: SourceNote[];
  tables: TableNamer;
  methodSheet: string;
  /** Cells on the benchmark sheets that each unit's figures and standards link to, by `unitKey`. */
  refs: Map<string, UnitRefs>;
}

/** Sum in row order, as the spreadsheet does. */
function total(values: (number | null)[]): number {
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

/** A live link to `ref` when there is one, else the engine's value as a constant. */
function linkOrValue(draft: SheetDraft, col: number, row: number, ref: string | null | undefined, value: number | null, numFmt: string): void {
  if (ref && value !== null) draft.formula(col, row, ref, value, { numFmt });
  else draft.value(col, row, value, { numFmt });
}

function writeRow(draft: SheetDraft, entry: PotentialRow, refs: UnitRefs | undefined, lang: Lang): { potentials: (number | null)[]; headline: number } {
  const { result, unit, row } = entry;
  const kfFormat = keyFigureFormat([unit.keyFigure, ...unit.standards.flatMap((s) => (s.value === null ? [] : [s.value]))]);
  draft.value(POT.name, row, unit.name);
  draft.value(POT.area, row, areaName(result, lang));
  linkOrValue(draft, POT.keyFigure, row, refs?.keyFigure, unit.keyFigure, kfFormat);
  linkOrValue(draft, POT.activity, row, refs?.activity, unit.activity, activityFormat([unit.activity]));
  const own = cell(POT.keyFigure, row);
  const activity = cell(POT.activity, row);
  const potentials: (number | null)[] = [];
  for (const kind of STANDARD_KINDS) {
    const col = standardColumn(kind);
    const standard = unit.standards.find((s) => s.kind === kind);
    const value = standard?.value ?? null;
    const std = cell(col, row);
    // The standard is the group statistic itself, linked from the benchmark sheet, never a typed copy.
    linkOrValue(draft, col, row, refs?.standards[kind], value, kfFormat);
    const gap = result.area.direction === 'lower' ? `${own}-${std}` : `${std}-${own}`;
    // The engine's potential is the cached value; the fallback only covers an engine that left it out.
    const potential = value === null ? null : (standard?.potential ?? Math.max(0, result.area.direction === 'lower' ? unit.keyFigure - value : value - unit.keyFigure) * unit.activity);
    draft.formula(col + 1, row, `IF(${std}="","",MAX(0,${gap})*${activity})`, potential ?? '', { numFmt: FMT.count });
    potentials.push(potential);
  }
  draft.value(CHOSEN_COL, row, standardLabel(unit.chosen, lang));
  const chosenCell = cell(standardColumn(unit.chosen) + 1, row);
  const chosenPotential = potentials[STANDARD_KINDS.indexOf(unit.chosen)];
  draft.formula(HEADLINE_COL, row, `IF(${chosenCell}="",0,${chosenCell})`, chosenPotential ?? 0, {
    numFmt: FMT.kr, style: { bold: true },
  });
  return { potentials, headline: chosenPotential ?? 0 };
}

export function buildPotentialsSheet(results: BenchmarkResult[], sheetName: string, ctx: PotentialsContext): PotentialsLayout {
  const { lang } = ctx;
  const draft = new SheetDraft(sheetName, 'potentials');
  draft.value(1, 1, t('report.potentials.title', lang), { style: STYLE.title });
  draft.value(1, 2, sourceLine(ctx.sources, lang), { style: STYLE.note });
  draft.value(1, 3, t('report.potentials.methodLine', lang, { sheet: ctx.methodSheet }), { style: STYLE.note });
  draft.value(1, 4, t('report.caveat.relative', lang), { style: STYLE.caveat });
  const measure = measureSummary(results, lang);
  if (measure) draft.value(1, 5, measure, { style: STYLE.note });

  const headers = uniqueHeaders([
    t('report.own.col.name', lang),
    t('report.potentials.col.area', lang),
    t('report.potentials.col.keyFigure', lang),
    t('report.potentials.col.activity', lang),
    ...STANDARD_KINDS.flatMap((kind) => {
      const label = standardLabel(kind, lang);
      return [label, t('report.potentials.col.potentialOf', lang, { standard: label })];
    }),
    t('report.potentials.col.chosen', lang),
    t('report.potentials.col.headline', lang),
  ]);
  headers.forEach((h, i) => draft.value(i + 1, HEADER_ROW, h, { style: { bold: true, wrap: true } }));

  const rows: PotentialRow[] = [];
  for (const result of results) for (const unit of result.units) rows.push({ result, unit, row: HEADER_ROW + 1 + rows.length });
  const written = rows.map((entry) => writeRow(draft, entry, ctx.refs.get(unitKey(entry.unit)), lang));
  const firstRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + Math.max(rows.length, 1);
  const totalRow = lastRow + 1;

  if (rows.length > 0) {
    draft.tables.push({ name: ctx.tables.take('Potentialer'), range: range(1, HEADER_ROW, headers.length, lastRow), columns: headers, style: 'TableStyleMedium2', showRowStripes: true });
  }
  draft.value(POT.name, totalRow, t('report.potentials.total', lang), { style: STYLE.total });
  const sumColumn = (col: number, values: (number | null)[]): void => {
    draft.formula(col, totalRow, `SUM(${absCell(col, firstRow)}:${absCell(col, lastRow)})`, total(values), { numFmt: col === HEADLINE_COL ? FMT.kr : FMT.count, style: STYLE.total });
  };
  STANDARD_KINDS.forEach((kind, i) => sumColumn(standardColumn(kind) + 1, written.map((w) => w.potentials[i])));
  sumColumn(HEADLINE_COL, written.map((w) => w.headline));
  draft.value(1, totalRow + 2, t('report.potentials.rangeNote', lang), { style: STYLE.note });

  draft.conditionalFormats.push({ kind: 'dataBar', range: range(HEADLINE_COL, firstRow, HEADLINE_COL, lastRow), color: COLOR.dataBar });
  draft.fitColumns(headers.length, { headerRows: [HEADER_ROW], headerLines: 3, atLeast: { [POT.name]: 14 } });
  draft.freeze = { rows: HEADER_ROW, columns: 1 };
  draft.printTitleRows = `${HEADER_ROW}:${HEADER_ROW}`;
  draft.tabColor = '70AD47';
  return { sheet: draft.finish('landscape'), rows, totalRow };
}
