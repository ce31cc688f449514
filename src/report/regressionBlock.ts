// The expected level on a benchmark sheet: the fitted coefficients as a labelled reference table,
// and per own unit the expected level as a live formula over those coefficients and the unit's
// structural values, so a leader can see (and redo) how the number arises.
import type { BenchmarkResult, Regression } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, cell } from './a1';
import { variableName } from './describe';
import type { SheetDraft } from './draft';
import { coefficientFormat, FMT, STYLE } from './format';

const LABEL_COL = 1;
const VALUE_COL = 3;
export const REGRESSION_COL = { name: 1, actual: 2, expected: 3, difference: 4, firstInput: 5 } as const;

export interface RegressionLayout {
  /** Absolute address of each unit's expected-level cell, by unit id. */
  expectedCells: Map<string, string>;
  nextRow: number;
  /** Columns the block uses, for the sheet's column widths. */
  lastColumn: number;
  /** Row of the actual-vs-expected table's headers (0 when there is no table). */
  headerRow: number;
}

/**
 * Writes the block from `startRow`. `ownKeyFigure` gives the absolute address of a unit's live key
 * figure in the own table, so the actual level follows an edit there.
 */
export function writeRegressionBlock(
  draft: SheetDraft,
  startRow: number,
  regression: Regression,
  result: BenchmarkResult,
  ownKeyFigure: (unitId: string) => string,
  formats: { keyFigure: string },
  lang: Lang,
  names: Record<string, string> | undefined,
): RegressionLayout {
  const variables = regression.variables.map((id) => variableName(id, names));
  draft.value(1, startRow, t('report.regression.heading', lang), { style: STYLE.heading });
  draft.value(1, startRow + 1, t('report.regression.description', lang, { variables: variables.join(', ') }), { style: STYLE.note });
  draft.value(1, startRow + 2, t('report.regression.constants', lang), { style: STYLE.note });
  let row = startRow + 3;
  const put = (label: string, value: number, numFmt: string): string => {
    draft.value(LABEL_COL, row, label, { style: STYLE.label });
    draft.value(VALUE_COL, row, value, { numFmt });
    return absCell(VALUE_COL, row++);
  };
  put(t('report.regression.r2', lang), regression.r2, FMT.r2);
  put(t('report.regression.n', lang), regression.n, FMT.count);
  const intercept = put(t('report.regression.intercept', lang), regression.intercept, coefficientFormat(regression.intercept));
  const coefficients = regression.coefficients.map((c, i) =>
    put(t('report.regression.coefficient', lang, { name: variables[i] ?? `x${i + 1}` }), c, coefficientFormat(c)),
  );

  const expectedCells = new Map<string, string>();
  const lastColumn = REGRESSION_COL.firstInput + variables.length - 1;
  const units = result.units.filter((u) => u.expected);
  if (units.length === 0) return { expectedCells, nextRow: row + 1, lastColumn, headerRow: 0 };
  row++;
  const headerRow = row;
  const headers: [number, string][] = [
    [REGRESSION_COL.name, t('report.own.col.name', lang)],
    [REGRESSION_COL.actual, t('report.regression.actual', lang)],
    [REGRESSION_COL.expected, t('report.regression.expected', lang)],
    [REGRESSION_COL.difference, t('report.regression.difference', lang)],
    ...variables.map((name, i): [number, string] => [REGRESSION_COL.firstInput + i, name]),
  ];
  for (const [col, text] of headers) draft.value(col, row, text, { style: { bold: true, wrap: true, border: 'bottomThin' } });
  for (const unit of units) {
    row++;
    const expected = unit.expected;
    if (!expected) continue;
    draft.value(REGRESSION_COL.name, row, unit.name);
    draft.formula(REGRESSION_COL.actual, row, ownKeyFigure(unit.unitId), unit.keyFigure, { numFmt: formats.keyFigure });
    const terms = expected.inputs.map((x, i) => {
      const input = draft.value(REGRESSION_COL.firstInput + i, row, x, { numFmt: coefficientFormat(x) });
      return `${coefficients[i]}*${input}`;
    });
    const formula = [intercept, ...terms].join('+');
    const expectedCell = draft.formula(REGRESSION_COL.expected, row, formula, expected.value, { numFmt: formats.keyFigure, style: { bold: true } });
    draft.formula(REGRESSION_COL.difference, row, `${cell(REGRESSION_COL.actual, row)}-${expectedCell}`, unit.keyFigure - expected.value, {
      numFmt: formats.keyFigure,
    });
    expectedCells.set(unit.unitId, absCell(REGRESSION_COL.expected, row));
  }
  return { expectedCells, nextRow: row + 2, lastColumn, headerRow };
}
