// The basis inverse of the DEA simplex must notice a singular basis instead of dividing by ~0.
import { Basis } from '../../../src/core/dea/basis';

describe('Basis.refactor', () => {
  const columns: Record<number, number[]> = { 0: [1, 0], 1: [0, 2], 2: [2, 0] };
  const columnOf = (id: number, out: Float64Array) => out.set(columns[id]);

  it('inverts a regular basis and solves for the basic values', () => {
    const basis = new Basis(2);
    basis.ids.set([0, 1]);
    expect(basis.refactor(columnOf, Float64Array.of(3, 4))).toBe(true);
    expect([...basis.values]).toEqual([3, 2]);
  });

  it('reports a singular basis (two parallel columns) and leaves the last good inverse in place', () => {
    const basis = new Basis(2);
    basis.ids.set([0, 1]);
    basis.refactor(columnOf, Float64Array.of(3, 4));
    const before = [...basis.inv];
    basis.ids.set([0, 2]);
    expect(basis.refactor(columnOf, Float64Array.of(3, 4))).toBe(false);
    expect([...basis.inv]).toEqual(before);
  });
});
