// What a run's figures say that a reader would otherwise stumble over. The key figures look at
// cost per unit only; DEA also counts what the money buys. So a school can be dear per pupil
// (a key-figure potential) and still score 100 % in DEA, because no other school delivers as much
// quality for less. The pane says so in one sentence instead of leaving two numbers that seem to
// disagree. Pure, so it is tested in node.
import type { BenchmarkResult } from '../core/benchmark/types';
import type { DeaRunResult } from '../report/deaTypes';

/** A DEA score this close to 1 is on the frontier (the simplex works to about 1e-9; see decisions §13). */
const FRONTIER = 1 - 1e-6;

export interface Contradiction {
  /** The unit with the largest key-figure potential among those DEA scores 100 %. */
  name: string;
  potential: number;
  /** How many more units have both a key-figure potential and a DEA score of 100 %. */
  others: number;
}

export function contradictionOf(results: readonly BenchmarkResult[], dea: DeaRunResult | undefined): Contradiction | undefined {
  if (!dea) return undefined;
  const onFrontier = new Set(dea.units.filter((unit) => unit.score !== null && unit.score >= FRONTIER).map((unit) => unit.id));
  const both = results
    .flatMap((result) => result.units)
    .filter((unit) => onFrontier.has(unit.unitId) && Number.isFinite(unit.potential) && unit.potential > 0)
    .sort((a, b) => b.potential - a.potential);
  if (both.length === 0) return undefined;
  return { name: both[0].name, potential: both[0].potential, others: both.length - 1 };
}
