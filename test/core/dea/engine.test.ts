// The engine's own duties beyond the scores: maximal slacks (checked against an independent LP,
// support/referenceDea.ts), robustness on degenerate data, bad values reported per unit instead
// of crashing, and malformed calls rejected.
import { dea, type DeaInput } from '../../../src/core/dea';
import { seededRandom, syntheticDeaData } from '../../../src/core/dea/synthetic';
import { referenceEfficiency, referenceMaxSlackSum } from './support/referenceDea';

const LP_RTS = ['crs', 'vrs', 'drs', 'irs'] as const;

describe('slack phase', () => {
  it('finds the largest unweighted slack sum, as an independent LP does', () => {
    const { X, Y } = syntheticDeaData(40, 2, 2, 21);
    for (const rts of LP_RTS) {
      for (const orientation of ['in', 'out'] as const) {
        const options = { rts, orientation, fixedInputs: rts === 'vrs' ? [1] : [] };
        const r = dea({ X, Y, ...options, slack: true });
        for (const u of r.units) {
          const engineSum =
            (u.inputSlacks ?? []).reduce((t, v, i) => t + (options.fixedInputs.includes(i) ? 0 : v), 0) +
            (u.outputSlacks ?? []).reduce((t, v) => t + v, 0);
          const ref = referenceMaxSlackSum(X, Y, u.index, u.efficiency as number, options);
          expect(Math.abs(engineSum - ref)).toBeLessThanOrEqual(1e-7 * Math.max(1, ref));
        }
      }
    }
  });

  // o = (x 2; y 1, 1) scores 1 but is dominated by A (2; 3, 1) and B (2; 1, 1.5). The raw slack
  // sums are 2 (A) and 0.5 (B); weighted by the column means (26.25 and 1.125, pulled apart by C)
  // they would be 0.08 and 0.44. R Benchmarking's slack() maximises the raw sum: A.
  const X = [[2], [2], [2], [10]];
  const Y = [[1, 1], [3, 1], [1, 1.5], [100, 1]];

  it('maximises the raw sum of slacks, not the mean-weighted one (they pick different peers here)', () => {
    const o = dea({ X, Y, rts: 'vrs', orientation: 'in', slack: true }).units[0];
    expect(o.efficiency).toBe(1);
    expect(o.peers).toEqual([1]);
    expect(o.outputSlacks).toEqual([2, 0]);
    expect(o.frontier).toBe('weak');
  });

  it('without reported slacks, a unit scoring 1 is still checked: weak, with the unit that dominates it', () => {
    const r = dea({ X, Y, rts: 'vrs', orientation: 'in' });
    expect(r.units[0]).toMatchObject({ efficiency: 1, frontier: 'weak', peers: [1], inputSlacks: null, outputSlacks: null });
    expect(r.units[1]).toMatchObject({ efficiency: 1, frontier: 'strong', peers: [1] });
    expect(r.units[3].frontier).toBe('strong');
  });
});

describe('degenerate data', () => {
  it('small integer data full of ties and duplicates match the reference LP', () => {
    const rand = seededRandom(99);
    const int = () => 1 + Math.floor(rand() * 4);
    const X = Array.from({ length: 80 }, () => [int(), int(), int()]);
    const Y = Array.from({ length: 80 }, () => [int(), int()]);
    X.push([...X[0]]);
    Y.push([...Y[0]]);
    for (const rts of LP_RTS) {
      for (const orientation of ['in', 'out'] as const) {
        for (const superEfficiency of [false, true]) {
          const options = { rts, orientation, superEfficiency };
          const r = dea({ X, Y, ...options, slack: true });
          r.units.forEach((u, o) => {
            const ref = referenceEfficiency(X, Y, o, options);
            if (ref === null) expect(u.status).toBe('infeasible');
            else expect(Math.abs((u.efficiency as number) - ref)).toBeLessThanOrEqual(1e-9);
          });
        }
      }
    }
  });

  it('duplicated efficient units both score 1 and super-efficiency 1 (each other’s peer)', () => {
    const X = [[1], [1], [2], [3]];
    const Y = [[1], [1], [1], [2]];
    const r = dea({ X, Y, rts: 'crs', orientation: 'in', superEfficiency: true });
    expect(r.units[0].efficiency).toBeCloseTo(1, 12);
    expect(r.units[1].efficiency).toBeCloseTo(1, 12);
    expect(r.units[0].peers).toEqual([1]);
  });
});

describe('bad values exclude only their unit', () => {
  const good = syntheticDeaData(12, 2, 2, 3);

  it('reports a reason per unit and leaves the others exactly as without them', () => {
    const X = good.X.map((r) => [...r]);
    const Y = good.Y.map((r) => [...r]);
    const bad: [number[], number[], string, 'input' | 'output', number | undefined][] = [
      [[Number.NaN, 5], [1, 1], 'missing', 'input', 0],
      [[5, Infinity], [1, 1], 'nonFinite', 'input', 1],
      [[5, 5], [-1, 1], 'negative', 'output', 0],
      [[0, 5], [1, 1], 'zeroInput', 'input', 0],
      [[5, 5], [0, 0], 'zeroOutputs', 'output', undefined],
      [[5, 5], [1, null as unknown as number], 'missing', 'output', 1],
    ];
    for (const [x, y] of bad) {
      X.push(x);
      Y.push(y);
    }
    const withBad = dea({ X, Y, rts: 'vrs', orientation: 'in', slack: true });
    const clean = dea({ X: good.X, Y: good.Y, rts: 'vrs', orientation: 'in', slack: true });
    bad.forEach(([, , code, kind, column], b) => {
      const u = withBad.units[12 + b];
      expect(u.status).toBe('excluded');
      expect(u.reason).toEqual(column === undefined ? { code, kind } : { code, kind, column });
      expect(u.efficiency).toBeNull();
      expect(u.score).toBeNull();
    });
    clean.units.forEach((u, j) => {
      expect(withBad.units[j].efficiency).toBeCloseTo(u.efficiency as number, 9);
      expect(withBad.units[j].peers.every((p) => p < 12)).toBe(true);
    });
  });

  it('a zero in one output is allowed; output orientation reports unbounded if no scalable output', () => {
    const X = [[2], [3], [4]];
    const Y = [[1, 0], [2, 1], [0, 3]];
    const r = dea({ X, Y, rts: 'vrs', orientation: 'out', fixedOutputs: [1] });
    expect(r.units[0].status).toBe('ok');
    expect(r.units[2].status).toBe('infeasible');
    expect(r.units[2].reason?.code).toBe('unbounded');
  });

  it('throws on malformed calls', () => {
    const base: DeaInput = { X: [[1], [2]], Y: [[1], [1]], rts: 'crs', orientation: 'in' };
    expect(() => dea({ ...base, X: [] })).toThrow();
    expect(() => dea({ ...base, Y: [[1]] })).toThrow();
    expect(() => dea({ ...base, X: [[1], [2, 3]] })).toThrow();
    expect(() => dea({ ...base, fixedInputs: [1] })).toThrow();
    expect(() => dea({ ...base, fixedInputs: [0] })).toThrow();
    expect(() => dea({ ...base, ids: ['a'] })).toThrow();
  });
});

describe('FDH super-efficiency', () => {
  it('compares with the best other unit and is infeasible when nobody dominates', () => {
    // Units (x, y): (2,2) (4,2) (3,3). Without (2,2): units making ≥ 2 are (4,2), (3,3) → 3/2.
    // (3,3): nobody else makes 3 → infeasible. (4,2): (2,2) → 1/2.
    const r = dea({ X: [[2], [4], [3]], Y: [[2], [2], [3]], rts: 'fdh', orientation: 'in', superEfficiency: true });
    expect(r.units.map((u) => u.efficiency)).toEqual([1.5, 0.5, null]);
    expect(r.units[2].reason?.code).toBe('superInfeasible');
  });
});

describe('options are checked at run time', () => {
  const base: DeaInput = { X: [[1], [2]], Y: [[1], [1]], rts: 'crs', orientation: 'in' };

  it('an unknown RTS, orientation or method is a clear error', () => {
    expect(() => dea({ ...base, rts: 'xyz' as never })).toThrow(/unknown returns to scale.*"xyz".*crs, vrs, drs, irs, fdh/);
    expect(() => dea({ ...base, orientation: 'sideways' as never })).toThrow(/unknown orientation "sideways"/);
    expect(() => dea({ ...base, method: 'fast' as never })).toThrow(/unknown method/);
    expect(() => dea({ ...base, slack: 'yes' as never })).toThrow(/slack must be true or false/);
  });
});

describe('warnings about the data', () => {
  it('a constant input, an all-zero output and too few units are named', () => {
    const X = [[5, 1], [5, 2], [5, 3], [5, 4]];
    const Y = [[1, 0], [2, 0], [3, 0], [4, 0]];
    const r = dea({ X, Y, rts: 'vrs', orientation: 'in' });
    expect(r.warnings).toEqual([
      { code: 'constantVariable', kind: 'input', column: 0 },
      { code: 'zeroVariable', kind: 'output', column: 1 },
      { code: 'fewUnits', units: 4, needed: 12 },
    ]);
  });

  it('enough varied units give no warning', () => {
    const { X, Y } = syntheticDeaData(30, 2, 2, 4);
    expect(dea({ X, Y, rts: 'vrs', orientation: 'in' }).warnings).toEqual([]);
  });
});

describe('super-efficiency of a unit no other unit reaches', () => {
  it('the only producer of an output gets no number (reason superInfeasible), not Infinity', () => {
    // Unit 2 alone makes output 2; under VRS nobody else can reach it.
    const r = dea({ X: [[2], [3], [4]], Y: [[1, 0], [2, 0], [1, 1]], rts: 'vrs', orientation: 'in', superEfficiency: true });
    expect(r.units[2]).toMatchObject({ status: 'infeasible', efficiency: null, score: null, reason: { code: 'superInfeasible' } });
  });
});
