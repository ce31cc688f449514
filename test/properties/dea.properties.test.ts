// DEA invariants on random data (fast-check), for every returns-to-scale assumption the LP solves:
// θ in (0,1]; a unit that uses more of an input is never more efficient; rescaling a column changes
// no score; a unit on the frontier with no slack is its own (only) peer.
import fc from 'fast-check';
import { dea, type Rts } from '../../src/core/dea';

const RUNS = Number(process.env.FC_RUNS ?? 60);
const LP_RTS: Rts[] = ['crs', 'vrs', 'drs', 'irs'];

/** n units × m inputs and s outputs, strictly positive, no two units with the same figures. */
const data = fc
  .record({ n: fc.integer({ min: 2, max: 14 }), m: fc.integer({ min: 1, max: 3 }), s: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, m, s }) =>
    fc.record({
      X: fc.array(fc.array(fc.double({ min: 0.5, max: 1000, noNaN: true }), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
      Y: fc.array(fc.array(fc.double({ min: 0.5, max: 1000, noNaN: true }), { minLength: s, maxLength: s }), { minLength: n, maxLength: n }),
    }),
  )
  .filter(({ X, Y }) => new Set(X.map((x, i) => JSON.stringify([x, Y[i]]))).size === X.length);

const theta = (X: number[][], Y: number[][], rts: Rts) => dea({ X, Y, rts, orientation: 'in' }).units.map((u) => u.efficiency as number);

describe.each(LP_RTS)('DEA (%s, input orientation) on random data', (rts) => {
  it('θ lies in (0, 1] for every unit, and some unit has θ = 1', () => {
    fc.assert(
      fc.property(data, ({ X, Y }) => {
        const scores = theta(X, Y, rts);
        for (const t of scores) {
          expect(t).toBeGreaterThan(0);
          expect(t).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(Math.max(...scores)).toBeCloseTo(1, 9);
      }),
      { numRuns: RUNS },
    );
  });

  it('is monotone in inputs: more of an input never raises a unit’s θ', () => {
    fc.assert(
      fc.property(data, fc.nat(), fc.nat(), fc.double({ min: 1, max: 10, noNaN: true }), ({ X, Y }, unitPick, columnPick, factor) => {
        const o = unitPick % X.length;
        const k = columnPick % X[0].length;
        const before = theta(X, Y, rts)[o];
        const more = X.map((row, i) => (i === o ? row.map((v, j) => (j === k ? v * factor : v)) : row));
        expect(theta(more, Y, rts)[o]).toBeLessThanOrEqual(before + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  it('is invariant to the scale of any column (kr. or mio. kr., pupils or hundreds)', () => {
    fc.assert(
      fc.property(data, fc.boolean(), fc.nat(), fc.double({ min: 1e-4, max: 1e4, noNaN: true }), ({ X, Y }, onInput, columnPick, c) => {
        const scale = (M: number[][]) => {
          const k = columnPick % M[0].length;
          return M.map((row) => row.map((v, j) => (j === k ? v * c : v)));
        };
        const a = theta(X, Y, rts);
        const b = onInput ? theta(scale(X), Y, rts) : theta(X, scale(Y), rts);
        b.forEach((t, i) => expect(t).toBeCloseTo(a[i], 8));
      }),
      { numRuns: RUNS },
    );
  });

  it('an efficient unit without slack is its own only peer', () => {
    fc.assert(
      fc.property(data, ({ X, Y }) => {
        const result = dea({ X, Y, rts, orientation: 'in', slack: true });
        for (const u of result.units) {
          const slacks = [...(u.inputSlacks ?? []), ...(u.outputSlacks ?? [])];
          const paretoEfficient = Math.abs((u.efficiency as number) - 1) < 1e-9 && slacks.every((v) => Math.abs(v) < 1e-9);
          if (!paretoEfficient) continue;
          expect(u.peers).toEqual([u.index]);
          expect(u.lambdas[0]).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
