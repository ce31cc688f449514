// Data envelopment analysis for a set of units (schools, day-care institutions, nursing homes).
// Every unit is checked, the data are scaled per column, each usable unit is solved (LP or FDH
// enumeration) and the answer is reported in the caller's units. See docs/decisions.md
// ("DEA solver choice") for why the LPs are solved by our own simplex with column generation.
import { checkOptions, dataWarnings } from './checks';
import { prepareData, type DeaData } from './data';
import { solveEnvelopmentUnit, type EnvelopmentContext } from './envelopment';
import { solveFdhUnit, type UnitSolution } from './fdh';
import { buildFrame, scoringOrder } from './frame';
import { hasConvexityRow, newSpec, slackCosts, type ModelShape } from './model';
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
    const ctx: EnvelopmentContext = {
      shape, simplex, superEfficiency, slack, full, frame, lastPeers: [], spec: newSpec(shape), slackCosts: slackCosts(shape),
    };
    for (const o of frame ? scoringOrder(frame, order) : order) {
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
  const { X, Y, orientation } = input;
  const inputs = X[o].slice();
  const outputs = Y[o].slice();
  // One object shape for every unit (no spreads): 100,000 of these are built in a large run.
  const result: DeaUnitResult = {
    index: o, id: ids[o], status: 'ok', efficiency: null, frontier: null, score: null, lambdas: [], peers: [], peerIds: [],
    lambdaSum: 0, inputSlacks: null, outputSlacks: null, targetInputs: null, targetOutputs: null, inputs, outputs,
  };
  if (!solution || solution.status !== 'ok') {
    result.status = solution ? 'infeasible' : 'excluded';
    result.reason = solution ? { code: solution.reason ?? 'numerical' } : data.reasons[o];
    return result;
  }
  const eff = solution.efficiency;
  const peers = Array.from(solution.lambdas.keys()).sort((a, b) => a - b);
  const lambdas: number[] = [];
  const peerIds: string[] = [];
  let lambdaSum = 0;
  const targetInputs = new Array<number>(data.m).fill(0);
  const targetOutputs = new Array<number>(data.s).fill(0);
  for (const j of peers) {
    const l = solution.lambdas.get(j) ?? 0;
    lambdas.push(l);
    peerIds.push(ids[j]);
    lambdaSum += l;
    for (let i = 0; i < data.m; i++) targetInputs[i] += l * X[j][i];
    for (let r = 0; r < data.s; r++) targetOutputs[r] += l * Y[j][r];
  }
  result.efficiency = eff;
  result.frontier = solution.frontier;
  result.score = orientation === 'in' ? eff : 1 / eff;
  result.lambdas = lambdas;
  result.peers = peers;
  result.peerIds = peerIds;
  result.lambdaSum = lambdaSum;
  result.targetInputs = targetInputs;
  result.targetOutputs = targetOutputs;
  if (slack) {
    // Slacks are what the projection leaves over after the radial move, in the caller's units.
    const inputSlacks = new Array<number>(data.m);
    for (let i = 0; i < data.m; i++) {
      inputSlacks[i] = clean((orientation === 'in' && !fixedIn[i] ? eff * inputs[i] : inputs[i]) - targetInputs[i], data.xScale[i]);
    }
    const outputSlacks = new Array<number>(data.s);
    for (let r = 0; r < data.s; r++) {
      outputSlacks[r] = clean(targetOutputs[r] - (orientation === 'out' && !fixedOut[r] ? eff * outputs[r] : outputs[r]), data.yScale[r]);
    }
    result.inputSlacks = inputSlacks;
    result.outputSlacks = outputSlacks;
  }
  return result;
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
