// The Simar–Wilson (1998) bootstrap (src/core/dea/bootstrap.ts), checked three ways:
//  - its pieces against hand-worked numbers (R's bandwidth rule, quantile type 9);
//  - reproducibility and shape of the answer;
//  - a Monte-Carlo study of our own on a frontier we know (the method of Simar & Wilson 1998,
//    section 5, and Simar & Wilson 2000, "A general methodology for bootstrapping in
//    non-parametric frontier models", J. Applied Statistics 27(6)): draw many samples from a known
//    data-generating process, measure the DEA estimator's true bias there, and check that the
//    bootstrap's bias estimate from single samples recovers it within its standard error.
import { dea } from '../../../src/core/dea';
import { bootstrapBandwidth, deaBootstrap, quantile9 } from '../../../src/core/dea/bootstrap';
import { Random } from '../../../src/core/dea/random';
import { syntheticDeaData } from '../../../src/core/dea/synthetic';

describe('pieces', () => {
  it('bandwidth: Silverman robust rule on reflected efficiencies, Daraio–Simar correction (hand-worked)', () => {
    // θ = 1, 0.8, 0.5 → d = 1, 1.25, 2. Off the frontier: θ = 0.8, 0.5; reflected 0.8 0.5 1.2 1.5,
    // sd = √(0.58/3) = 0.439697, IQR (type 7) = 1.275 − 0.725 = 0.55 → 0.55/1.349 = 0.407709 < sd,
    // h0 = 0.9 · 0.407709 · 4^−0.2 = 0.278089; sd(d) = √(0.541667/2) = 0.520416,
    // adjust = 0.520416/0.439697 · (4/3)^0.2 = 1.253668; h = 0.348632.
    expect(bootstrapBandwidth([1, 0.8, 0.5], 'in')).toBeCloseTo(0.348632, 5);
    expect(bootstrapBandwidth([1, 1, 1], 'in')).toBeNull();
    // Output orientation reflects φ itself: φ = 1, 1.25, 2 → reflected 1.25 2 0.75 0, sd = √(2.125/3)
    // = 0.841625, IQR = 1.4375 − 0.5625 = 0.875 → 0.648629 < sd; h0 = 0.9 · 0.648629 · 4^−0.2 =
    // 0.442418; adjust = 0.520416/0.841625 · (4/3)^0.2 = 0.654969; h = 0.289770.
    expect(bootstrapBandwidth([1, 1.25, 2], 'out')).toBeCloseTo(0.28977, 5);
  });

  it('quantile type 9 (Hyndman & Fan): position n·p + p/4 + 3/8, clamped to the sample', () => {
    expect(quantile9([1, 2, 4, 8], 0.3)).toBeCloseTo(1.65, 12); // 1.2 + 0.45 = 1.65 → 1 + 0.65 · (2 − 1)
    expect(quantile9([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile9([1, 2, 3], 0.001)).toBe(1);
    expect(quantile9([1, 2, 3], 0.999)).toBe(3);
  });
});

describe('the answer', () => {
  const { X, Y } = syntheticDeaData(40, 2, 2, 8);

  it('is reproducible with a seed and changes with the seed', () => {
    const a = deaBootstrap({ X, Y, rts: 'vrs', orientation: 'in', replicates: 50, seed: 1 });
    const b = deaBootstrap({ X, Y, rts: 'vrs', orientation: 'in', replicates: 50, seed: 1 });
    const c = deaBootstrap({ X, Y, rts: 'vrs', orientation: 'in', replicates: 50, seed: 2 });
    expect(b).toEqual(a);
    expect(c.units.map((u) => u.biasCorrected)).not.toEqual(a.units.map((u) => u.biasCorrected));
  });

  it.each(['in', 'out'] as const)('%s: intervals on the efficiency scale, bias-corrected towards less efficient', (orientation) => {
    const r = deaBootstrap({ X, Y, rts: 'vrs', orientation, replicates: 200, seed: 3 });
    const scores = dea({ X, Y, rts: 'vrs', orientation }).units;
    expect(r.bandwidth).toBeGreaterThan(0);
    r.units.forEach((u, j) => {
      expect(u.efficiency).toBe(scores[j].efficiency);
      const [low, high, bc] = [u.ciLow as number, u.ciHigh as number, u.biasCorrected as number];
      expect(low).toBeLessThan(high);
      expect(u.bias).toBeCloseTo((u.efficiency as number) - bc, 12);
      // DEA flatters: input θ̂ is too high, output φ̂ too low, so the correction goes the other way.
      if (orientation === 'in') expect(bc).toBeLessThanOrEqual((u.efficiency as number) + 1e-12);
      else expect(bc).toBeGreaterThanOrEqual((u.efficiency as number) - 1e-12);
      expect(u.variance).toBeGreaterThanOrEqual(0);
    });
  });

  it('with every unit on the frontier there is nothing to bootstrap: no intervals, no bandwidth', () => {
    const r = deaBootstrap({ X: [[1], [2], [3]], Y: [[1], [2], [3]], rts: 'vrs', orientation: 'in', replicates: 10 });
    expect(r.bandwidth).toBeNull();
    expect(r.units.every((u) => u.efficiency === 1 && u.ciLow === null && u.biasCorrected === null)).toBe(true);
  });

  it('excluded units get no interval and do not enter the pseudo data', () => {
    const r = deaBootstrap({ X: [...X, [0, 5]], Y: [...Y, [1, 1]], rts: 'vrs', orientation: 'in', replicates: 20, seed: 4 });
    expect(r.units[40]).toMatchObject({ efficiency: null, ciLow: null, ciHigh: null, biasCorrected: null });
    expect(r.units[0].ciLow).not.toBeNull();
  });

  it('rejects FDH and nonsense options', () => {
    expect(() => deaBootstrap({ X, Y, rts: 'fdh' as never, orientation: 'in' })).toThrow(/convex technology/);
    expect(() => deaBootstrap({ X, Y, rts: 'vrs', orientation: 'in', replicates: 0 })).toThrow(/replicates/);
    expect(() => deaBootstrap({ X, Y, rts: 'vrs', orientation: 'in', alpha: 1.5 })).toThrow(/alpha/);
  });
});

describe('Monte-Carlo: the bootstrap recovers the known bias of DEA', () => {
  // Data-generating process with a known frontier: one input, one output, constant returns,
  // frontier x = 2y. Output y ~ U(1, 4); true efficiency θ = exp(−|N(0, 0.3²)|); observed input
  // x = 2y/θ. The true Shephard distance of each unit is d = 1/θ.
  const n = 100;
  function sample(random: Random): { X: number[][]; Y: number[][]; d: number[] } {
    const X: number[][] = [];
    const Y: number[][] = [];
    const d: number[] = [];
    for (let j = 0; j < n; j++) {
      const y = 1 + 3 * random.uniform();
      const theta = Math.exp(-Math.abs(0.3 * random.normal()));
      X.push([(2 * y) / theta]);
      Y.push([y]);
      d.push(1 / theta);
    }
    return { X, Y, d };
  }
  const meanAndSe = (values: number[]): [number, number] => {
    const mean = values.reduce((t, v) => t + v, 0) / values.length;
    const variance = values.reduce((t, v) => t + (v - mean) ** 2, 0) / (values.length - 1);
    return [mean, Math.sqrt(variance / values.length)];
  };

  it('mean bias of the Shephard distance: bootstrap estimate within two standard errors of the truth', () => {
    const random = new Random(20240);
    // The truth: E[d̂ − d] over many samples from the process.
    const trueBias: number[] = [];
    for (let r = 0; r < 400; r++) {
      const { X, Y, d } = sample(random);
      const scores = dea({ X, Y, rts: 'crs', orientation: 'in' }).units;
      trueBias.push(scores.reduce((t, u, j) => t + 1 / (u.efficiency as number) - d[j], 0) / n);
    }
    // The bootstrap's estimate from single samples: mean(d*) − d̂ = d̂ − d̃ = 1/θ̂ − 1/θ̃.
    const estimated: number[] = [];
    let covered = 0;
    for (let r = 0; r < 12; r++) {
      const { X, Y, d } = sample(random);
      const boot = deaBootstrap({ X, Y, rts: 'crs', orientation: 'in', replicates: 300, seed: 7 + r });
      estimated.push(boot.units.reduce((t, u) => t + 1 / (u.efficiency as number) - 1 / (u.biasCorrected as number), 0) / n);
      boot.units.forEach((u, j) => {
        if (1 / (u.ciHigh as number) <= d[j] && d[j] <= 1 / (u.ciLow as number)) covered++;
      });
    }
    const [truth, truthSe] = meanAndSe(trueBias);
    const [estimate, estimateSe] = meanAndSe(estimated);
    expect(truth).toBeLessThan(0);
    expect(Math.abs(estimate - truth)).toBeLessThanOrEqual(2 * Math.hypot(truthSe, estimateSe));
    // The 95 % intervals cover the true distance about 95 % of the time.
    expect(covered / (12 * n)).toBeGreaterThan(0.85);
  });
});
