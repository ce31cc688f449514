// Seeded synthetic DEA data with a known, realistic frontier, for tests and the benchmark
// script. Not part of the public API.

/** mulberry32: a small, fast, seedable generator; good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export interface SyntheticData {
  X: number[][];
  Y: number[][];
}

/**
 * Units of varying size whose inputs feed a Cobb–Douglas frontier (elasticities summing to 0.9,
 * so returns to scale vary along it), split over outputs with a random mix, and pulled below
 * the frontier by a half-normal inefficiency. About `efficientShare` of the units sit exactly on
 * the frontier, as real data often have a cluster of best-practice units.
 */
export function syntheticDeaData(n: number, m: number, s: number, seed: number, efficientShare = 0.05): SyntheticData {
  const rand = seededRandom(seed);
  const X: number[][] = [];
  const Y: number[][] = [];
  const elasticity = 0.9 / m;
  for (let j = 0; j < n; j++) {
    const size = Math.exp(0.5 * normal(rand));
    const x = Array.from({ length: m }, () => 100 * size * Math.exp(0.3 * normal(rand)));
    const potential = x.reduce((p, v) => p * Math.pow(v, elasticity), 1);
    const efficiency = rand() < efficientShare ? 1 : Math.exp(-Math.abs(0.25 * normal(rand)));
    const mix = Array.from({ length: s }, () => 0.2 + rand());
    const norm = Math.hypot(...mix);
    X.push(x);
    Y.push(mix.map((w) => (potential * efficiency * w) / norm));
  }
  return { X, Y };
}
