// Plain descriptive statistics. Each function refuses empty or non-finite input loudly, because a
// silent NaN would travel into a result sheet and look like a number a leader could quote.

export function assertFiniteValues(values: readonly number[], what = 'values'): void {
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`${what} must be finite numbers, got ${v}`);
  }
}

function assertNonEmpty(values: readonly number[], fn: string): void {
  if (values.length === 0) throw new RangeError(`${fn} of an empty list is undefined (Excel: #DIV/0!)`);
  assertFiniteValues(values);
}

export function sum(values: readonly number[]): number {
  assertFiniteValues(values);
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Excel AVERAGE. */
export function mean(values: readonly number[]): number {
  assertNonEmpty(values, 'mean');
  return sum(values) / values.length;
}

/** Excel MIN. */
export function min(values: readonly number[]): number {
  assertNonEmpty(values, 'min');
  return values.reduce((a, b) => (b < a ? b : a));
}

/** Excel MAX. */
export function max(values: readonly number[]): number {
  assertNonEmpty(values, 'max');
  return values.reduce((a, b) => (b > a ? b : a));
}

/**
 * Σ numerators / Σ denominators — the average of a key figure that weights every unit by its
 * denominator (noegletal.dk convention), e.g. total cost over total pupils.
 */
export function weightedRatio(numerators: readonly number[], denominators: readonly number[]): number {
  if (numerators.length !== denominators.length) {
    throw new RangeError(`weightedRatio needs equally long lists (${numerators.length} vs ${denominators.length})`);
  }
  assertNonEmpty(numerators, 'weightedRatio');
  assertFiniteValues(denominators, 'denominators');
  const denominator = sum(denominators);
  if (denominator === 0) throw new RangeError('weightedRatio: the denominators sum to 0');
  return sum(numerators) / denominator;
}

function sumOfSquaredDeviations(values: readonly number[]): number {
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return ss;
}

/** Excel STDEV.P: divides by n. */
export function stdevPopulation(values: readonly number[]): number {
  assertNonEmpty(values, 'stdevPopulation');
  return Math.sqrt(sumOfSquaredDeviations(values) / values.length);
}

/** Excel STDEV.S: divides by n − 1, so it needs at least two values. */
export function stdevSample(values: readonly number[]): number {
  assertNonEmpty(values, 'stdevSample');
  if (values.length < 2) throw new RangeError('stdevSample needs at least two values (Excel: #DIV/0!)');
  return Math.sqrt(sumOfSquaredDeviations(values) / (values.length - 1));
}
