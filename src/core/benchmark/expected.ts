// The expected level: what a unit's key figure "should" be given its framework conditions, from an
// OLS fit of key figure on those conditions across the reference population (all municipalities,
// or all institutions). Like the national benchmarking unit, a unit is called significantly above
// or below only when its actual figure lies outside the 95 % prediction interval.
//
// A variable is numeric (structural[id]) or a category (categories[id], e.g. kommunegruppe or
// region); a category enters as one 0/1 column per level except the first, which is the baseline.
import { ols } from '../stats';
import type { Lang, Problem } from '../types';
import { benchProblem, listForMessage } from './problems';
import type { ExpectedLevel, Regression } from './types';

export const PREDICTION_LEVEL = 0.95;

export interface RegressionRow {
  id: string;
  /** Shown in messages when given, e.g. the municipality's name. */
  name?: string;
  keyFigure: number | null;
  structural: Record<string, number>;
  categories?: Record<string, string>;
}

export interface Prediction {
  value: number;
  /** The unit's values in `regression.variables` order (0/1 for a category's levels), so a sheet can show the sum. */
  inputs: number[];
  interval?: NonNullable<ExpectedLevel['interval']>;
}

export interface ExpectedModel {
  regression: Regression;
  /** Prediction from a unit's framework values; `missing` names the first variable it lacks. */
  predict(structural: Record<string, number>, categories?: Record<string, string>): Prediction | { missing: string };
}

export interface ExpectedFit {
  model: ExpectedModel | null;
  problems: Problem[];
}

interface Column {
  name: string;
  read: (structural: Record<string, number>, categories: Record<string, string> | undefined) => number | undefined;
}

/** The design's columns: numeric variables as they are, categories as dummies of the levels seen in the fit. */
function designColumns(rows: readonly RegressionRow[], variables: readonly string[]): Column[] {
  const columns: Column[] = [];
  for (const variable of variables) {
    const levels = [...new Set(rows.map((r) => r.categories?.[variable]).filter((v): v is string => v !== undefined))].sort();
    if (levels.length === 0) {
      columns.push({ name: variable, read: (s) => (typeof s[variable] === 'number' && Number.isFinite(s[variable]) ? s[variable] : undefined) });
      continue;
    }
    for (const level of levels.slice(1)) {
      columns.push({
        name: `${variable}=${level}`,
        read: (_s, c) => (c?.[variable] === undefined ? undefined : c[variable] === level ? 1 : 0),
      });
    }
  }
  return columns;
}

/** The row's values in column order, or the variable it lacks. */
function valuesFor(columns: readonly Column[], row: Pick<RegressionRow, 'structural' | 'categories'>): number[] | string {
  const out: number[] = [];
  for (const column of columns) {
    const value = column.read(row.structural, row.categories);
    if (value === undefined) return column.name.split('=')[0];
    out.push(value);
  }
  return out;
}

/**
 * Fit the expected-level regression. Rows lacking the key figure or a variable are left out (and
 * listed), as are rows in `exclude` (figures flagged as booking practice). `minObservations` is the
 * caller's policy on how many rows a fit needs (never fewer than the p + 2 OLS itself requires).
 */
export function fitExpectedModel(
  rows: readonly RegressionRow[],
  variables: readonly string[] | undefined,
  lang: Lang,
  minObservations?: number,
  exclude: ReadonlySet<string> = new Set(),
): ExpectedFit {
  const problems: Problem[] = [];
  if (!variables || variables.length === 0) {
    problems.push(benchProblem('bench.expected.noVariables', 'info', {}, lang));
    return { model: null, problems };
  }
  const kept = rows.filter((row) => !exclude.has(row.id));
  const excludedAnomalies = rows.filter((row) => exclude.has(row.id)).map((row) => row.id);
  const columns = designColumns(kept, variables);
  const y: number[] = [];
  const X: number[][] = [];
  const excluded: string[] = [];
  for (const row of kept) {
    const x = valuesFor(columns, row);
    if (row.keyFigure === null || !Number.isFinite(row.keyFigure) || typeof x === 'string') {
      excluded.push(row.id);
      continue;
    }
    y.push(row.keyFigure);
    X.push(x);
  }
  if (excluded.length > 0) {
    problems.push(benchProblem('bench.expected.rowsExcluded', 'info', { count: excluded.length, ids: listForMessage(excluded) }, lang));
  }
  if (excludedAnomalies.length > 0) {
    const names = rows.filter((row) => exclude.has(row.id)).map((row) => row.name ?? row.id);
    problems.push(benchProblem('bench.expected.anomaliesExcluded', 'info', { count: excludedAnomalies.length, ids: listForMessage(names) }, lang));
  }
  const p = columns.length;
  const needed = Math.max(p + 2, minObservations ?? 0);
  if (y.length < needed) {
    problems.push(benchProblem('bench.expected.tooFew', 'warning', { n: y.length, p, needed }, lang));
    return { model: null, problems };
  }
  const fit = ols(y, X);
  if (!fit.ok) {
    if (fit.reason === 'too-few-observations') {
      problems.push(benchProblem('bench.expected.tooFew', 'warning', { n: fit.n, p, needed: fit.needed }, lang));
    } else {
      const key = fit.reason === 'constant-variable' ? 'bench.expected.constant' : 'bench.expected.collinear';
      problems.push(benchProblem(key, 'warning', { variable: columns[fit.variableIndex].name }, lang));
    }
    return { model: null, problems };
  }
  const regression: Regression = {
    variables: columns.map((c) => c.name),
    intercept: fit.intercept,
    coefficients: [...fit.coefficients],
    r2: fit.r2,
    n: fit.n,
    df: fit.df,
    residualStandardError: fit.residualStandardError,
    ...(excludedAnomalies.length > 0 && { excludedAnomalies }),
  };
  const predict = (structural: Record<string, number>, categories?: Record<string, string>): Prediction | { missing: string } => {
    const x = valuesFor(columns, { structural, categories });
    if (typeof x === 'string') return { missing: x };
    if (!(fit.residualStandardError > 0)) return { value: fit.predict(x), inputs: x };
    const pi = fit.predictionInterval(x, PREDICTION_LEVEL);
    return { value: pi.value, inputs: x, interval: { lower: pi.lower, upper: pi.upper, level: pi.level, t: pi.t, standardError: pi.standardError } };
  };
  return { model: { regression, predict }, problems };
}

/** The unit's expected level and verdict from a fitted model; a problem (not a crash) when the unit lacks a variable. */
export function expectedFor(
  model: ExpectedModel | null,
  unit: { structural: Record<string, number>; categories?: Record<string, string>; keyFigure: number },
  name: string,
  lang: Lang,
  address: string,
  problems: Problem[],
): ExpectedLevel | undefined {
  if (!model) return undefined;
  const prediction = model.predict(unit.structural, unit.categories);
  if ('missing' in prediction) {
    problems.push(benchProblem('bench.expected.ownMissing', 'warning', { name, variable: prediction.missing }, lang, address));
    return undefined;
  }
  const { interval } = prediction;
  const verdict = interval === undefined
    ? undefined
    : unit.keyFigure > interval.upper ? 'above' : unit.keyFigure < interval.lower ? 'below' : 'within';
  return {
    value: prediction.value,
    inputs: prediction.inputs,
    regression: model.regression,
    ...(interval && { interval }),
    ...(verdict && { verdict }),
  };
}
