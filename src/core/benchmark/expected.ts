// The expected level: what a unit's key figure "should" be given its structure, from an OLS fit of
// key figure on structural variables across the reference population (all municipalities, or all
// institutions). A unit above its expected level spends more than its conditions explain.
import { ols } from '../stats';
import type { Lang, Problem } from '../types';
import { benchProblem, listForMessage } from './problems';
import type { Regression, UnitBenchmark } from './types';

export interface RegressionRow {
  id: string;
  keyFigure: number | null;
  structural: Record<string, number>;
}

export interface ExpectedModel {
  regression: Regression;
  /** Prediction from a unit's structural values (and those values, in variable order); `missing` names an absent one. */
  predict(structural: Record<string, number>): { value: number; inputs: number[] } | { missing: string };
}

export interface ExpectedFit {
  model: ExpectedModel | null;
  problems: Problem[];
}

function valuesFor(structural: Record<string, number>, variables: readonly string[]): number[] | string {
  const out: number[] = [];
  for (const variable of variables) {
    const value = structural[variable];
    if (typeof value !== 'number' || !Number.isFinite(value)) return variable;
    out.push(value);
  }
  return out;
}

/**
 * Fit the expected-level regression. Rows lacking the key figure or a variable are left out (and
 * listed). `minObservations` is the caller's policy on how many rows a fit needs (never fewer than
 * the p + 2 that OLS itself requires).
 */
export function fitExpectedModel(
  rows: readonly RegressionRow[],
  variables: readonly string[] | undefined,
  lang: Lang,
  minObservations?: number,
): ExpectedFit {
  const problems: Problem[] = [];
  if (!variables || variables.length === 0) {
    problems.push(benchProblem('bench.expected.noVariables', 'info', {}, lang));
    return { model: null, problems };
  }
  const y: number[] = [];
  const X: number[][] = [];
  const excluded: string[] = [];
  for (const row of rows) {
    const x = valuesFor(row.structural, variables);
    if (row.keyFigure === null || !Number.isFinite(row.keyFigure) || typeof x === 'string') {
      excluded.push(row.id);
      continue;
    }
    y.push(row.keyFigure);
    X.push(x);
  }
  if (excluded.length > 0) {
    problems.push(
      benchProblem('bench.expected.rowsExcluded', 'info', { count: excluded.length, ids: listForMessage(excluded) }, lang),
    );
  }
  const p = variables.length;
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
      problems.push(benchProblem(key, 'warning', { variable: variables[fit.variableIndex] }, lang));
    }
    return { model: null, problems };
  }
  const regression: Regression = {
    variables: [...variables],
    intercept: fit.intercept,
    coefficients: [...fit.coefficients],
    r2: fit.r2,
    n: fit.n,
  };
  const predict = (structural: Record<string, number>): { value: number; inputs: number[] } | { missing: string } => {
    const x = valuesFor(structural, variables);
    return typeof x === 'string' ? { missing: x } : { value: fit.predict(x), inputs: x };
  };
  return { model: { regression, predict }, problems };
}

/** The unit's expected level from a fitted model; a problem (not a crash) when the unit lacks a variable. */
export function expectedFor(
  model: ExpectedModel | null,
  structural: Record<string, number>,
  name: string,
  lang: Lang,
  address: string,
  problems: Problem[],
): UnitBenchmark['expected'] {
  if (!model) return undefined;
  const prediction = model.predict(structural);
  if ('value' in prediction) return { value: prediction.value, inputs: prediction.inputs, regression: model.regression };
  problems.push(benchProblem('bench.expected.ownMissing', 'warning', { name, variable: prediction.missing }, lang, address));
  return undefined;
}
