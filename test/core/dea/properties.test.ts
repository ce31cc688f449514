// Properties every DEA model must have, checked on seeded random data, plus agreement of the
// engine (column generation over a candidate pool) with the full LP solved two ways: the engine
// with method 'full', and an independent generic simplex over the textbook LP
// (support/referenceDea.ts). Definitions follow Bogetoft & Otto, "Benchmarking with DEA, SFA,
// and R" (Springer 2011), ch. 4–5: θ ≤ 1 (input), φ ≥ 1 (output), CRS ≤ DRS/IRS ≤ VRS ≤ FDH
// in input efficiency because the technologies are nested the other way round.
import { dea, type DeaInput, type Rts } from '../../../src/core/dea';
import { seededRandom, syntheticDeaData } from '../../../src/core/dea/synthetic';
import { referenceEfficiency } from './support/referenceDea';

const LP_RTS = ['crs', 'vrs', 'drs', 'irs'] as const;
const ALL_RTS: Rts[] = [...LP_RTS, 'fdh'];

function theta(input: DeaInput): number[] {
  return dea(input).units.map((u) => u.efficiency as number);
}

describe('DEA properties on random data', () => {
  const { X, Y } = syntheticDeaData(60, 3, 2, 7);

  it.each(ALL_RTS)('%s: input θ in (0,1], output φ ≥ 1, scores in (0,1]', (rts) => {
    const input = dea({ X, Y, rts, orientation: 'in' });
    const output = dea({ X, Y, rts, orientation: 'out' });
    for (const u of input.units) {
      expect(u.efficiency).toBeGreaterThan(0);
      expect(u.efficiency).toBeLessThanOrEqual(1);
      expect(u.score).toBe(u.efficiency);
    }
    for (const u of output.units) {
      expect(u.efficiency).toBeGreaterThanOrEqual(1);
      expect(u.score).toBeCloseTo(1 / (u.efficiency as number), 14);
    }
    expect(input.units.some((u) => u.efficiency === 1)).toBe(true);
  });

  it.each(ALL_RTS)('%s: strongly efficient units are their own only peer (λ_self = 1); weak ones are not', (rts) => {
    for (const slack of [false, true]) {
      const r = dea({ X, Y, rts, orientation: 'in', slack });
      for (const u of r.units) {
        if (u.efficiency !== 1) {
          expect(u.frontier).toBe('below');
          continue;
        }
        expect(['strong', 'weak']).toContain(u.frontier);
        if (u.frontier === 'strong') {
          expect(u.peers).toEqual([u.index]);
          expect(u.lambdas).toEqual([1]);
        } else expect(u.peers).not.toEqual([u.index]);
      }
    }
  });

  it.each(ALL_RTS)('%s: raising a unit’s input never raises its score', (rts) => {
    const before = theta({ X, Y, rts, orientation: 'in' });
    const rand = seededRandom(11);
    for (let t = 0; t < 8; t++) {
      const o = Math.floor(rand() * X.length);
      const i = Math.floor(rand() * X[0].length);
      const X2 = X.map((row) => [...row]);
      X2[o][i] *= 1 + rand();
      const after = dea({ X: X2, Y, rts, orientation: 'in' }).units[o].efficiency as number;
      expect(after).toBeLessThanOrEqual(before[o] + 1e-12);
    }
  });

  it.each(ALL_RTS)('%s: rescaling any column changes no θ (within 1e-9) and scales slacks', (rts) => {
    const base = dea({ X, Y, rts, orientation: 'in', slack: true });
    const factors = [1000, 0.001, 7.3];
    factors.forEach((f, c) => {
      const X2 = X.map((row) => row.map((v, i) => (i === c ? v * f : v)));
      const Y2 = Y.map((row) => row.map((v, r) => (r === c % 2 ? v / f : v)));
      const scaled = dea({ X: X2, Y: Y2, rts, orientation: 'in', slack: true });
      scaled.units.forEach((u, j) => {
        expect(Math.abs((u.efficiency as number) - (base.units[j].efficiency as number))).toBeLessThanOrEqual(1e-9);
        const s0 = (base.units[j].inputSlacks?.[c] ?? 0) * f;
        expect(Math.abs((u.inputSlacks?.[c] ?? 0) - s0)).toBeLessThanOrEqual(1e-7 * Math.max(1, s0));
      });
    });
  });

  it('nesting of technologies: CRS ≤ DRS, IRS ≤ VRS ≤ FDH for every unit', () => {
    const [crs, vrs, drs, irs, fdh] = ALL_RTS.map((rts) => theta({ X, Y, rts, orientation: 'in' }));
    for (let j = 0; j < X.length; j++) {
      expect(crs[j]).toBeLessThanOrEqual(drs[j] + 1e-12);
      expect(crs[j]).toBeLessThanOrEqual(irs[j] + 1e-12);
      expect(drs[j]).toBeLessThanOrEqual(vrs[j] + 1e-12);
      expect(irs[j]).toBeLessThanOrEqual(vrs[j] + 1e-12);
      expect(vrs[j]).toBeLessThanOrEqual(fdh[j] + 1e-12);
      // Either DRS or IRS coincides with VRS or CRS (the scale-efficiency decomposition).
      expect(Math.min(Math.abs(drs[j] - crs[j]), Math.abs(irs[j] - crs[j]))).toBeLessThanOrEqual(1e-9);
    }
  });

  it('CRS output φ is exactly 1/θ of CRS input', () => {
    const tin = theta({ X, Y, rts: 'crs', orientation: 'in' });
    const tout = theta({ X, Y, rts: 'crs', orientation: 'out' });
    tin.forEach((t, j) => expect(tout[j]).toBeCloseTo(1 / t, 9));
  });

  it.each(LP_RTS)('%s: slack phase keeps θ and gives consistent targets', (rts) => {
    for (const orientation of ['in', 'out'] as const) {
      const r = dea({ X, Y, rts, orientation, slack: true });
      for (const u of r.units) {
        const e = u.efficiency as number;
        u.inputs.forEach((x, i) => {
          const radial = orientation === 'in' ? e * x : x;
          expect(u.inputSlacks?.[i]).toBeGreaterThanOrEqual(0);
          expect(u.targetInputs?.[i]).toBeCloseTo(radial - (u.inputSlacks?.[i] ?? 0), 6);
        });
        u.outputs.forEach((y, k) => {
          const radial = orientation === 'out' ? e * y : y;
          expect(u.outputSlacks?.[k]).toBeGreaterThanOrEqual(0);
          expect(u.targetOutputs?.[k]).toBeCloseTo(radial + (u.outputSlacks?.[k] ?? 0), 6);
        });
      }
    }
  });
});

describe('column generation equals the full LP', () => {
  const cases: { n: number; seed: number }[] = [
    { n: 150, seed: 1 },
    { n: 300, seed: 2 },
  ];
  it.each(cases)('n=$n seed=$seed: every RTS, orientation, super-efficiency', ({ n, seed }) => {
    const { X, Y } = syntheticDeaData(n, 3, 3, seed);
    for (const rts of LP_RTS) {
      for (const orientation of ['in', 'out'] as const) {
        for (const superEfficiency of [false, true]) {
          const base = { X, Y, rts, orientation, superEfficiency };
          const fast = dea(base).units.map((u) => u.efficiency);
          const full = dea({ ...base, method: 'full' }).units.map((u) => u.efficiency);
          fast.forEach((e, j) => {
            if (full[j] === null) expect(e).toBeNull();
            else expect(Math.abs((e as number) - (full[j] as number))).toBeLessThanOrEqual(1e-9);
          });
        }
      }
    }
  });

  // Big enough for a frame of several hundred units, so neighbour pricing and warm starts run.
  it('n=1200: frontier first equals the full LP (VRS, input and output, with slacks)', () => {
    const { X, Y } = syntheticDeaData(1200, 3, 3, 5);
    for (const orientation of ['in', 'out'] as const) {
      const fast = dea({ X, Y, rts: 'vrs', orientation, slack: true });
      const full = dea({ X, Y, rts: 'vrs', orientation, method: 'full' });
      expect(fast.stats.frame).toBeGreaterThan(256);
      fast.units.forEach((u, j) => expect(Math.abs((u.efficiency as number) - (full.units[j].efficiency as number))).toBeLessThanOrEqual(1e-9));
    }
  });

  it('agrees with an independent textbook LP on raw data, incl. fixed variables', () => {
    const { X, Y } = syntheticDeaData(40, 3, 2, 5);
    const variants = [
      { fixedInputs: [], fixedOutputs: [] },
      { fixedInputs: [2], fixedOutputs: [1] },
    ];
    for (const rts of LP_RTS) {
      for (const orientation of ['in', 'out'] as const) {
        for (const superEfficiency of [false, true]) {
          for (const fixed of variants) {
            const options = { rts, orientation, superEfficiency, ...fixed };
            const engine = dea({ X, Y, ...options }).units;
            engine.forEach((u, o) => {
              const ref = referenceEfficiency(X, Y, o, options);
              if (ref === null) expect(u.status).toBe('infeasible');
              else expect(Math.abs((u.efficiency as number) - ref)).toBeLessThanOrEqual(1e-8);
            });
          }
        }
      }
    }
  });
});
