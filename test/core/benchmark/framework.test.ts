// Framework conditions: categories (kommunegruppe, region) in the expected level and in similarity,
// and the verdict against the 95 % prediction interval.
import { benchmarkMunicipalities, fitExpectedModel, nearestMunicipalities } from '../../../src/core/benchmark';
import { area, municipalities, series } from './fixtures';

describe('category variables', () => {
  it('enter the regression as one 0/1 column per level but the first', () => {
    // Regions 082, 083, 084 → columns region=083 and region=084 (082 is the baseline).
    const rows = municipalities().map((m, i) => ({
      id: m.code, keyFigure: series().points[i].keyFigure, structural: m.structural, categories: { region: m.regionCode },
    }));
    const fit = fitExpectedModel(rows, ['s1', 'region'], 'da');
    expect(fit.model?.regression.variables).toEqual(['s1', 'region=083', 'region=084']);
    const prediction = fit.model?.predict({ s1: 4 }, { region: '083' });
    expect(prediction && 'inputs' in prediction ? prediction.inputs : null).toEqual([4, 1, 0]);
    expect(fit.model?.predict({ s1: 4 }, {})).toEqual({ missing: 'region' });
  });

  it('count as one standard deviation apart when different, in similarity', () => {
    const all = municipalities();
    const own = all.find((m) => m.code === '201')!;
    // s1 alone: z = (s1 − 4) / 2; 101 and 301 are both 0.5 from 201. Same kommunegruppe (2) puts 301 first.
    const found = nearestMunicipalities(own, all, 2, ['s1', 'kommunegruppe'], undefined, 'da');
    expect(found.variables).toEqual(['s1', 'kommunegruppe']);
    expect(found.peers.map((p) => p.code)).toEqual(['301', '101']);
    expect(found.peers[0].distance).toBeCloseTo(0.5, 12);
    expect(found.peers[1].distance).toBeCloseTo(Math.sqrt(0.25 + 1), 12);
  });
});

describe('expected level with the prediction interval', () => {
  it('calls a municipality significantly above only outside the 95 % interval', () => {
    const base = {
      area: area('lower'), series: series(), municipalities: municipalities(), group: { kind: 'all' as const }, standard: 'expected' as const,
      expectedVariables: ['s1'],
    };
    const inside = benchmarkMunicipalities({ ...base, own: [{ id: 'r', code: '201', name: 'Bby', cost: 2400, activity: 20 }] }).units[0];
    expect(inside.expected?.verdict).toBe('within');
    const interval = inside.expected?.interval;
    expect(interval?.level).toBe(0.95);
    expect(interval && interval.upper - (inside.expected?.value ?? 0)).toBeCloseTo((interval?.t ?? 0) * (interval?.standardError ?? 0), 9);
    expect(inside.expected?.regression.df).toBe(5);
    const far = benchmarkMunicipalities({ ...base, own: [{ id: 'r', code: '201', name: 'Bby', cost: 20 * ((interval?.upper ?? 0) + 1), activity: 20 }] }).units[0];
    expect(far.expected?.verdict).toBe('above');
  });
});
