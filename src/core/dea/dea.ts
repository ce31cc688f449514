// Data envelopment analysis for a set of units (schools, day-care institutions, nursing homes).
// Every unit is checked, the data are scaled per column, each usable unit is solved (LP or FDH
// enumeration) and the answer is reported in the caller's units. See docs/decisions.md
// ("DEA solver choice") for why the LPs are solved by our own simplex with column generation.
import { checkOptions, dataWarnings } from './checks';
import { prepareData, type DeaData } from './data';
import { solveEnvelopmentUnit, type EnvelopmentContext } from './envelopment';
import { solveFdhUnit, type UnitSolution } from './fdh';
import { buildFrame } from './frame';
import { hasConvexityRow, type ModelShape } from './model';
import { DeaSimplex } from './simplex';
import type { DeaInput, DeaResult, DeaUnitResult } from './types';

export function dea(input: DeaInput): DeaResult {
  checkOptions(input);
  const data = prepareData(input.X, input.Y);
  const { n, m, s } = data;
  const ids = input.ids ?? Array.from({ length: n }, (_, j) => String(j + 1));
  if (ids.length !== n) throw new Error(`DEA: ${ids.length} ids for ${n} units`);
  const fixedInputs = uniqueIndices(input.fixedInputs ?? [], m, 'fixedInputs');
  const fixedOutputs = uniqueIndices(input.fixedOutputs ?? [], s, 'fixedOutputs');
  if (input.orientation === 'in' && fixedInputs.length === m) throw new Error('DEA: input orientation needs a discretionary input');
  if (input.orientation === 'out' && fixedOutputs.length === s) throw new Error('DEA: output orientation needs a discretionary output');
  const fixedIn = flags(fixedInputs, m);
  const fixedOut = flags(fixedOutputs, s);
  const superEfficiency = input.superEfficiency ?? false;
  const slack = input.slack ?? false;

  const solutions: (UnitSolution | undefined)[] = new Array<UnitSolution | undefined>(n).fill(undefined);
  let frameSize = 0;
  let pricingPasses = 0;
  const usable = data.valid.reduce((count: number, valid) => count + (valid ? 1 : 0), 0);
  let solved = 0;
  const progress = () => input.onProgress?.(++solved, usable);
  const order = likelyEfficientFirst(data);
  if (input.rts === 'fdh') {
    const shape = { data, orientation: input.orientation, fixedIn, fixedOut, superEfficiency };
    for (const o of order) {
      solutions[o] = solveFdhUnit(shape, o);
      progress();
    }
  } else {
    const shape: ModelShape = { data, rts: input.rts, orientation: input.orientation, fixedIn, fixedOut };
    const simplex = new DeaSimplex(data, hasConvexityRow(input.rts));
    const full = input.method === 'full';
    const frame = full ? undefined : buildFrame(data, input.rts, simplex, order);
    frameSize = frame?.units.size ?? 0;
    const ctx: EnvelopmentContext = { shape, simplex, superEfficiency, slack, full, frame, lastPeers: [] };
    for (const o of order) {
      solutions[o] = solveEnvelopmentUnit(ctx, o);
      progress();
    }
    pricingPasses = simplex.pricingPasses;
  }

  const units: DeaUnitResult[] = [];
  let lpSolves = 0;
  let pivots = 0;
  for (let o = 0; o < n; o++) {
    const solution = solutions[o];
    lpSolves += solution?.lpSolves ?? 0;
    pivots += solution?.pivots ?? 0;
    units.push(unitResult(input, data, ids, o, solution, slack, { fixedIn, fixedOut }));
  }
  return {
    rts: input.rts,
    orientation: input.orientation,
    superEfficiency,
    slack,
    fixedInputs,
    fixedOutputs,
    units,
    warnings: dataWarnings(data, input.X, input.Y),
    stats: { lpSolves, pivots, pricingPasses, frame: frameSize },
  };
}

function unitResult(
  input: DeaInput,
  data: DeaData,
  ids: readonly string[],
  o: number,
  solution: UnitSolution | undefined,
  slack: boolean,
  fixed: { fixedIn: Uint8Array; fixedOut: Uint8Array },
): DeaUnitResult {
  const { fixedIn, fixedOut } = fixed;
  const inputs = [...input.X[o]];
  const outputs = [...input.Y[o]];
  const base = { index: o, id: ids[o], inputs, outputs };
  const empty = {
    efficiency: null, frontier: null, score: null, lambdas: {}, peers: [], peerIds: [], lambdaSum: 0,
    inputSlacks: null, outputSlacks: null, targetInputs: null, targetOutputs: null,
  };
  if (!solution) return { ...base, ...empty, status: 'excluded', reason: data.reasons[o] };
  if (solution.status !== 'ok') return { ...base, ...empty, status: 'infeasible', reason: { code: solution.reason ?? 'numerical' } };

  const { X, Y, orientation } = input;
  const eff = solution.efficiency;
  const peers = [...solution.lambdas.keys()].sort((a, b) => a - b);
  const lambdas: Record<number, number> = {};
  let lambdaSum = 0;
  const targetInputs = new Array<number>(data.m).fill(0);
  const targetOutputs = new Array<number>(data.s).fill(0);
  for (const j of peers) {
    const l = solution.lambdas.get(j) ?? 0;
    lambdas[j] = l;
    lambdaSum += l;
    for (let i = 0; i < data.m; i++) targetInputs[i] += l * X[j][i];
    for (let r = 0; r < data.s; r++) targetOutputs[r] += l * Y[j][r];
  }
  // Slacks are what the projection leaves over after the radial move, in the caller's units.
  const inputSlacks = inputs.map((v, i) =>
    clean((orientation === 'in' && !fixedIn[i] ? eff * v : v) - targetInputs[i], data.xScale[i]),
  );
  const outputSlacks = outputs.map((v, r) =>
    clean(targetOutputs[r] - (orientation === 'out' && !fixedOut[r] ? eff * v : v), data.yScale[r]),
  );
  return {
    ...base,
    status: 'ok',
    efficiency: eff,
    frontier: solution.frontier,
    score: orientation === 'in' ? eff : 1 / eff,
    lambdas,
    peers,
    peerIds: peers.map((j) => ids[j]),
    lambdaSum,
    inputSlacks: slack ? inputSlacks : null,
    outputSlacks: slack ? outputSlacks : null,
    targetInputs,
    targetOutputs,
  };
}

/** Solver noise (relative to the column's mean) is shown as 0, not as ±1e-13. */
function clean(v: number, scale: number): number {
  return Math.abs(v) <= 1e-9 * scale ? 0 : v;
}

/**
 * Usable units ordered by a crude productivity ratio (mean scaled output / mean scaled input),
 * best first, so frontier units tend to enter the candidate pool early. The order changes only
 * speed, never a result.
 */
function likelyEfficientFirst(data: DeaData): number[] {
  const { n, m, s, x, y } = data;
  const ratio = new Float64Array(n);
  const order: number[] = [];
  for (let j = 0; j < n; j++) {
    if (!data.valid[j]) continue;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < m; i++) sx += x[j * m + i];
    for (let r = 0; r < s; r++) sy += y[j * s + r];
    ratio[j] = sy / s / (sx / m);
    order.push(j);
  }
  return order.sort((a, b) => ratio[b] - ratio[a] || a - b);
}

function uniqueIndices(indices: readonly number[], size: number, name: string): number[] {
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i >= size) throw new Error(`DEA: ${name} index ${i} is outside 0..${size - 1}`);
  }
  return [...new Set(indices)].sort((a, b) => a - b);
}

function flags(indices: readonly number[], size: number): Uint8Array {
  const f = new Uint8Array(size);
  for (const i of indices) f[i] = 1;
  return f;
}
