// Actual against expected with the 95 % prediction interval, below the regression block: the
// residual spread, the t value as Excel's own T.INV.2T, and per own unit the interval and the
// verdict as live formulas. A unit is "significantly above/below" only outside the interval.
import type { BenchmarkResult } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, cell, range } from './a1';
import type { SheetDraft } from './draft';
import { coefficientFormat, FMT, STYLE } from './format';
import { uniqueHeaders, type TableNamer } from './names';

const COL = { name: 1, actual: 2, expected: 3, spread: 4, lower: 5, upper: 6, verdict: 7 } as const;

export interface PredictionBlockContext {
  lang: Lang;
  tables: TableNamer;
  keyFigureFormat: string;
  /** The own table's live key figure and the regression block's expected level, by unit id. */
  ownKeyFigure: (unitId: string) => string;
  expectedCells: Map<string, string>;
  /** Names of the units left out of the fit as flagged figures. */
  excludedNames: string[];
}

export interface PredictionLayout {
  nextRow: number;
  headerRow: number;
}

export function writePredictionBlock(draft: SheetDraft, result: BenchmarkResult, startRow: number, ctx: PredictionBlockContext): PredictionLayout {
  const { lang } = ctx;
  const units = result.units.filter((u) => u.expected?.interval && ctx.expectedCells.has(u.unitId));
  const regression = units[0]?.expected?.regression;
  if (!regression || regression.df === undefined || regression.residualStandardError === undefined) return { nextRow: startRow, headerRow: 0 };
  let row = startRow;
  draft.value(1, row++, t('report.expected.heading', lang), { style: STYLE.heading });
  draft.value(1, row++, t('report.expected.description', lang), { style: STYLE.note });
  const put = (label: string, value: number | string, numFmt?: string, formula?: string): string => {
    draft.value(1, row, label, { style: STYLE.label });
    if (formula && typeof value === 'number') draft.formula(3, row, formula, value, numFmt ? { numFmt } : {});
    else draft.value(3, row, value, numFmt ? { numFmt } : {});
    return absCell(3, row++);
  };
  put(t('report.expected.residualSe', lang), regression.residualStandardError, ctx.keyFigureFormat);
  const df = put(t('report.expected.df', lang), regression.df, FMT.count);
  const tValue = units[0].expected?.interval?.t ?? 0;
  const tCell = put(t('report.expected.t', lang), tValue, coefficientFormat(tValue), `T.INV.2T(0.05,${df})`);
  if (ctx.excludedNames.length > 0) put(t('report.expected.excluded', lang), ctx.excludedNames.join(', '));
  row++;
  const headerRow = row;
  const headers = uniqueHeaders([
    t('report.own.col.name', lang), t('report.regression.actual', lang), t('report.regression.expected', lang),
    t('report.expected.col.spread', lang), t('report.expected.col.lower', lang), t('report.expected.col.upper', lang), t('report.expected.col.verdict', lang),
  ]);
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true, wrap: true } }));
  for (const unit of units) {
    const interval = unit.expected?.interval;
    const expectedCell = ctx.expectedCells.get(unit.unitId);
    if (!interval || !expectedCell || !unit.expected) continue;
    row++;
    draft.value(COL.name, row, unit.name);
    const actual = draft.formula(COL.actual, row, ctx.ownKeyFigure(unit.unitId), unit.keyFigure, { numFmt: ctx.keyFigureFormat });
    const expected = draft.formula(COL.expected, row, expectedCell, unit.expected.value, { numFmt: ctx.keyFigureFormat });
    const spread = draft.value(COL.spread, row, interval.standardError, { numFmt: ctx.keyFigureFormat });
    const lower = draft.formula(COL.lower, row, `${expected}-${tCell}*${spread}`, interval.lower, { numFmt: ctx.keyFigureFormat });
    const upper = draft.formula(COL.upper, row, `${expected}+${tCell}*${spread}`, interval.upper, { numFmt: ctx.keyFigureFormat });
    const [above, below, within] = (['above', 'below', 'within'] as const).map((v) => t(`report.expected.verdict.${v}`, lang));
    draft.formula(COL.verdict, row, `IF(${actual}>${upper},"${above}",IF(${actual}<${lower},"${below}","${within}"))`,
      t(`report.expected.verdict.${unit.expected.verdict ?? 'within'}`, lang), { style: { bold: true, wrap: true } });
  }
  draft.tables.push({ name: ctx.tables.take('Prognose'), range: range(1, headerRow, COL.verdict, row), columns: headers, style: 'TableStyleLight9', showRowStripes: false });
  draft.conditionalFormats.push({
    kind: 'expression', range: range(COL.verdict, headerRow + 1, COL.verdict, row),
    formula: `${cell(COL.verdict, headerRow + 1)}<>"${t('report.expected.verdict.within', lang)}"`, style: { bold: true, color: '9C0006' },
  });
  return { nextRow: row + 2, headerRow };
}
