// How sure is a DEA score? The smoothed bootstrap of Simar & Wilson (1998), "Sensitivity analysis
// of efficiency scores: how to bootstrap in nonparametric frontier models", Management Science
// 44(1), 49–61, in the form R Benchmarking's boot.sw98 uses (Daraio & Simar 2007, pp. 58–62):
//  1. Score every unit: Farrell θ̂ (input) or φ̂ (output). The bootstrap works on the distance
//     d̂ = 1/θ̂ or φ̂, which is ≥ 1 with a lump at 1 (the frontier units).
//  2. Bandwidth h by the robust normal-reference rule (Silverman: 0.9 · min(sd, IQR/1.349) · N^−1/5)
//     on the efficiencies off the frontier reflected about 1, times sd(d̂)/sd(reflected) ·
//     (N_reflected/N)^1/5 for the reflection and the lump (Daraio & Simar eq. 3.26).
//  3. B times: draw each unit's β from the reflected distances {d̂, 2 − d̂} with replacement, add
//     h × a standard normal, pull towards the mean of the draws by 1/√(1 + h²/var(reflected)) so
//     the variance is right, and reflect values below 1 (d → 2 − d). Move every unit from its
//     frontier projection out by its drawn distance (inputs × θ̂·d*, or outputs × φ̂/d*) and score
//     every original unit against these pseudo units.
//  4. Per unit, on the distance scale: bias = mean(d*) − d̂, bias-corrected d̃ = d̂ − bias, and the
//     interval d̂ + the α/2 and 1 − α/2 quantiles (R type 9) of d̂ − d*. Reported on the
//     efficiency's own scale (θ or φ), so the interval sits beside the score it belongs to.
// Seeded: the same seed gives the same numbers everywhere (random.ts).
import { checkOptions } from './checks';
import { prepareData, type DeaData } from './data';
import { dea } from './dea';
import { DEFAULT_REPLICATES, DEFAULT_SEED } from './defaults';
import { efficiencySpec, hasConvexityRow, newSpec, type LpRts, type ModelShape } from './model';
import { Neighbours } from './neighbours';
import { Random } from './random';
import { DeaSimplex } from './simplex';
import type { DeaResult, Orientation } from './types';

export { DEFAULT_REPLICATES, DEFAULT_SEED };

export interface DeaBootstrapInput {
  X: number[][];
  Y: number[][];
  rts: LpRts;
  orientation: Orientation;
  fixedInputs?: number[];
  fixedOutputs?: number[];
  /** B, the number of bootstrap replicates; default 2,000. */
  replicates?: number;
  seed?: number;
  /** 1 − the confidence level; default 0.05 (95 % intervals). */
  alpha?: number;
  /** The model already solved (same X, Y and model, e.g. the primary run); solved here otherwise. */
  baseline?: DeaResult;
  /** Called after each replicate with (replicates done, replicates). */
  onProgress?: (done: number, total: number) => void;
}

/** The bootstrap as a job for a worker: its baseline is the model's result, solved first. */
export type DeaBootstrapJob = Omit<DeaBootstrapInput, 'baseline' | 'onProgress'>;

export interface DeaBootstrapUnit {
  index: number;
  /** The model's own score on its own scale (θ or φ); null when the unit was not measured. */
  efficiency: number | null;
  biasCorrected: number | null;
  /** efficiency − biasCorrected. */
  bias: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Variance of the B bootstrap efficiencies (θ* or φ*). */
  variance: number | null;
}

export interface DeaBootstrapResult {
  rts: LpRts;
  orientation: Orientation;
  replicates: number;
  seed: number;
  alpha: number;
  /** null when every unit is on the frontier: nothing to bootstrap, every interval is null. */
  bandwidth: number | null;
  units: DeaBootstrapUnit[];
}

export function deaBootstrap(input: DeaBootstrapInput): DeaBootstrapResult {
  const replicates = input.replicates ?? DEFAULT_REPLICATES;
  const seed = input.seed ?? DEFAULT_SEED;
  const alpha = input.alpha ?? 0.05;
  checkBootstrapOptions(input, replicates, alpha);
  const { orientation } = input;
  const baseline = input.baseline ?? dea({ ...input, onProgress: undefined });
  if (baseline.units.length !== input.X.length || baseline.rts !== input.rts || baseline.orientation !== orientation || baseline.superEfficiency) {
    throw new Error('DEA bootstrap: the baseline result is not this model on these units');
  }
  const efficiencies = baseline.units.map((u) => u.efficiency);
  const original = prepareData(input.X, input.Y);
  const measured: number[] = [];
  for (let j = 0; j < original.n; j++) {
    const e = efficiencies[j];
    if (original.valid[j] && e !== null && Number.isFinite(e) && e > 0) measured.push(j);
  }
  const distance = measured.map((j) => toDistance(efficiencies[j] as number, orientation));
  const bandwidth = bootstrapBandwidth(measured.map((j) => efficiencies[j] as number), orientation);
  const summaries = new Map<number, DeaBootstrapUnit>();
  if (bandwidth !== null) {
    const order = facetOrder(baseline, measured);
    const draws = replicate(input, original, measured, distance, { replicates, seed, bandwidth, order });
    const shape = { count: measured.length, replicates, alpha, orientation };
    measured.forEach((j, p) => summaries.set(j, summarise(j, efficiencies[j] as number, draws, p, shape)));
  }
  const units = efficiencies.map((e, j): DeaBootstrapUnit =>
    summaries.get(j) ?? { index: j, efficiency: e, biasCorrected: null, bias: null, ciLow: null, ciHigh: null, variance: null },
  );
  return { rts: input.rts, orientation, replicates, seed, alpha, bandwidth, units };
}

function checkBootstrapOptions(input: DeaBootstrapInput, replicates: number, alpha: number): void {
  checkOptions(input);
  if ((input.rts as string) === 'fdh') throw new Error('DEA bootstrap: Simar–Wilson needs a convex technology (crs, vrs, drs, irs), not fdh');
  if (!Number.isInteger(replicates) || replicates < 1) throw new Error(`DEA bootstrap: replicates must be a whole number ≥ 1, not ${replicates}`);
  if (!(alpha > 0 && alpha < 1)) throw new Error(`DEA bootstrap: alpha must be between 0 and 1, not ${alpha}`);
}

function toDistance(efficiency: number, orientation: Orientation): number {
  return orientation === 'in' ? 1 / efficiency : efficiency;
}

function fromDistance(distance: number, orientation: Orientation): number {
  return orientation === 'in' ? 1 / distance : distance;
}

/**
 * Silverman's robust normal-reference bandwidth on the efficiencies off the frontier reflected
 * about 1, with the Daraio–Simar correction for the reflection and the lump at 1. As Benchmarking
 * does, the reflected set is built from the Farrell efficiencies (θ̂ for input orientation) while
 * the correction uses the spread of the distances. null when no unit lies off the frontier: there
 * is then nothing to smooth (Benchmarking stops with "the range of efficiencies is degenerate").
 */
export function bootstrapBandwidth(efficiency: readonly number[], orientation: Orientation): number | null {
  const distance = efficiency.map((e) => toDistance(e, orientation));
  const off = efficiency.filter((_, j) => distance[j] > 1 + 1e-6);
  if (off.length === 0) return null;
  const reflected = [...off, ...off.map((e) => 2 - e)];
  const spread = sampleSd(reflected);
  const adjust = (sampleSd(distance) / spread) * (reflected.length / distance.length) ** 0.2;
  const ascending = sorted(reflected);
  const iqr = (quantile7(ascending, 0.75) - quantile7(ascending, 0.25)) / 1.349;
  const scale = iqr > 1e-6 && iqr < spread ? iqr : spread;
  return adjust * 0.9 * scale * reflected.length ** -0.2;
}

interface ReplicateOptions {
  replicates: number;
  seed: number;
  bandwidth: number;
  /** Positions in the order to solve them in each replicate. */
  order: number[];
}

/**
 * Positions (into `measured`) ordered by the units' learning partners in the baseline: units
 * projected onto the same facet come one after another, so each LP can start from the last one's
 * optimal basis. Only speed depends on the order.
 */
function facetOrder(baseline: DeaResult, measured: number[]): number[] {
  const keys = measured.map((j) => baseline.units[j].peers);
  return measured.map((_, p) => p).sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    for (let q = 0; q < Math.min(ka.length, kb.length); q++) if (ka[q] !== kb[q]) return ka[q] - kb[q];
    return ka.length - kb.length || a - b;
  });
}

/** The B × N bootstrap distances d*, replicate-major. */
function replicate(input: DeaBootstrapInput, original: DeaData, measured: number[], distance: number[], options: ReplicateOptions): Float64Array {
  const { orientation, rts } = input;
  const { m, s } = original;
  const count = measured.length;
  const base = compact(original, measured);
  const pseudo = compact(original, measured);
  const fixedIn = flags(input.fixedInputs ?? [], m);
  const fixedOut = flags(input.fixedOutputs ?? [], s);
  const shape: ModelShape = { data: pseudo, rts, orientation, fixedIn, fixedOut };
  const simplex = new DeaSimplex(pseudo, hasConvexityRow(rts));
  const spec = newSpec(shape);
  const k = simplex.k;
  const neighbours = new Neighbours(count);
  const bases = new Int32Array(count * k);
  const hasBasis = new Uint8Array(count);
  const random = new Random(options.seed);
  // β is drawn from the distances reflected about 1: {d̂, 2 − d̂}.
  const reflected = [...distance, ...distance.map((d) => 2 - d)];
  const shrink = 1 / Math.sqrt(1 + options.bandwidth ** 2 / sampleVariance(reflected));
  const drawn = new Float64Array(count);
  const draws = new Float64Array(options.replicates * count).fill(Number.NaN);
  for (let b = 0; b < options.replicates; b++) {
    let meanBeta = 0;
    for (let p = 0; p < count; p++) {
      const beta = reflected[random.int(reflected.length)];
      meanBeta += beta;
      drawn[p] = beta + options.bandwidth * random.normal();
    }
    meanBeta /= count;
    for (let p = 0; p < count; p++) {
      const pulled = meanBeta + (drawn[p] - meanBeta) * shrink;
      const dStar = pulled < 1 ? 2 - pulled : pulled;
      // The unit's projection on the estimated frontier, moved out by its drawn distance.
      const factor = orientation === 'in' ? dStar / distance[p] : distance[p] / dStar;
      for (let i = 0; i < m; i++) pseudo.x[p * m + i] = base.x[p * m + i] * (orientation === 'in' && !fixedIn[i] ? factor : 1);
      for (let r = 0; r < s; r++) pseudo.y[p * s + r] = base.y[p * s + r] * (orientation === 'out' && !fixedOut[r] ? factor : 1);
    }
    simplex.refreshColumns();
    for (const p of options.order) {
      const warmFrom = hasBasis[p] ? bases.subarray(p * k, p * k + k) : undefined;
      const outcome = simplex.solve(efficiencySpec(shape, p, base, spec), {
        unit: p, superEfficiency: false, seed: [], pool: [], full: false, warm: true, warmFrom, neighbours,
      });
      if (outcome.status !== 'optimal') continue;
      neighbours.link([...outcome.lambdas.keys()]);
      draws[b * count + p] = toDistance(outcome.value, orientation);
      hasBasis[p] = simplex.copyWarmBasis(bases.subarray(p * k, p * k + k)) ? 1 : 0;
    }
    input.onProgress?.(b + 1, options.replicates);
  }
  return draws;
}

interface SummaryShape {
  count: number;
  replicates: number;
  alpha: number;
  orientation: Orientation;
}

function summarise(index: number, efficiency: number, draws: Float64Array, p: number, shape: SummaryShape): DeaBootstrapUnit {
  const { count, replicates, alpha, orientation } = shape;
  const dHat = toDistance(efficiency, orientation);
  const values: number[] = [];
  for (let b = 0; b < replicates; b++) {
    const v = draws[b * count + p];
    if (!Number.isNaN(v)) values.push(v);
  }
  const none = { index, efficiency, biasCorrected: null, bias: null, ciLow: null, ciHigh: null, variance: null };
  if (values.length < 2) return none;
  const mean = values.reduce((t, v) => t + v, 0) / values.length;
  const corrected = 2 * dHat - mean;
  const gaps = sorted(values.map((v) => dHat - v));
  const low = dHat + quantile9(gaps, alpha / 2);
  const high = dHat + quantile9(gaps, 1 - alpha / 2);
  const variance = sampleVariance(values.map((v) => fromDistance(v, orientation)));
  if (!(corrected > 0 && low > 0)) return { ...none, variance };
  const biasCorrected = fromDistance(corrected, orientation);
  // 1/d reverses the order: the distance's upper end is the input efficiency's lower end.
  const [ciLow, ciHigh] = orientation === 'in' ? [1 / high, 1 / low] : [low, high];
  return { index, efficiency, biasCorrected, bias: efficiency - biasCorrected, ciLow, ciHigh, variance };
}

/** The measured units' scaled data side by side (position p ↔ unit measured[p]), same scales. */
function compact(data: DeaData, measured: number[]): DeaData {
  const { m, s } = data;
  const n = measured.length;
  const x = new Float64Array(n * m);
  const y = new Float64Array(n * s);
  measured.forEach((j, p) => {
    x.set(data.x.subarray(j * m, j * m + m), p * m);
    y.set(data.y.subarray(j * s, j * s + s), p * s);
  });
  return { n, m, s, x, y, xScale: data.xScale, yScale: data.yScale, valid: new Uint8Array(n).fill(1), reasons: new Array(n).fill(undefined) };
}

function flags(indices: readonly number[], size: number): Uint8Array {
  const f = new Uint8Array(size);
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i >= size) throw new Error(`DEA bootstrap: fixed index ${i} is outside 0..${size - 1}`);
    f[i] = 1;
  }
  return f;
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * R's quantile type 9 (approximately unbiased for normal data), as Benchmarking uses for the
 * interval: position n·p + p/4 + 3/8 in the 1-based ascending sample, interpolated, clamped.
 */
export function quantile9(ascending: readonly number[], probability: number): number {
  const n = ascending.length;
  const position = n * probability + probability / 4 + 3 / 8;
  const j = Math.floor(position);
  const g = position - j;
  const at = (i: number): number => ascending[Math.min(n, Math.max(1, i)) - 1];
  return (1 - g) * at(j) + g * at(j + 1);
}

/** R's default quantile (type 7), the same as Excel's PERCENTILE.INC. */
export function quantile7(ascending: readonly number[], probability: number): number {
  const h = (ascending.length - 1) * probability;
  const low = Math.floor(h);
  const high = Math.min(ascending.length - 1, low + 1);
  return ascending[low] + (h - low) * (ascending[high] - ascending[low]);
}

function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((t, v) => t + v, 0) / values.length;
  return values.reduce((t, v) => t + (v - mean) ** 2, 0) / (values.length - 1);
}

function sampleSd(values: readonly number[]): number {
  return Math.sqrt(sampleVariance(values));
}
