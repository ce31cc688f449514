import type { BenchmarkResult } from '../../src/core/benchmark/types';
import type { DeaRunResult } from '../../src/report/deaTypes';
import { contradictionOf } from '../../src/taskpane/findings';

const result = (units: [string, string, number][]) =>
  [{ units: units.map(([unitId, name, potential]) => ({ unitId, name, potential })) }] as unknown as BenchmarkResult[];
const dea = (scores: [string, number | null][]) => ({ units: scores.map(([id, score]) => ({ id, score })) }) as unknown as DeaRunResult;

describe('contradiction', () => {
  it('names the dearest unit that DEA nevertheless scores 100 %, and how many more there are', () => {
    const found = contradictionOf(
      result([['1', 'Engskolen', 4_200_695], ['2', 'Bakkeskolen', 855_192], ['3', 'Søndre Skole', 2_729_652], ['4', 'Hedeskolen', 0]]),
      dea([['1', 1], ['2', 0.9999999], ['3', 0.94], ['4', 1]]),
    );
    expect(found).toEqual({ name: 'Engskolen', potential: 4_200_695, others: 1 });
  });

  it('says nothing without DEA or when the two agree', () => {
    expect(contradictionOf(result([['1', 'A', 10]]), undefined)).toBeUndefined();
    expect(contradictionOf(result([['1', 'A', 10], ['2', 'B', 0]]), dea([['1', 0.8], ['2', 1]]))).toBeUndefined();
    expect(contradictionOf(result([['1', 'A', 10]]), dea([['1', null]]))).toBeUndefined();
  });
});
