// Own municipality 201 (Bby) reports cost 2 500 for 20 pupils → own key figure 125, replacing the
// published 120. Group "all": 100, 125, 90, 150, 110, 130, 80 → sorted 80 90 100 110 125 130 150.
//   Q1 at 6·¼ = 1.5 → 90 + 0.5·10 = 95;  median at 3 → 110;  Q3 at 4.5 → 125 + 0.5·5 = 127.5
//   mean = 785/7;  Σ numerators = 1000 + 2500 + 2700 + 1500 + 4400 + 2600 + 800 = 15 500,
//   Σ weights = 140 → weighted mean 15 500/140 = 110.714…
import { benchmarkMunicipalities } from '../../../src/core/benchmark';
import type { MunicipalityBenchmarkInput, StandardValue } from '../../../src/core/benchmark';
import { area, municipalities, series } from './fixtures';

function input(overrides: Partial<MunicipalityBenchmarkInput> = {}): MunicipalityBenchmarkInput {
  return {
    area: area('lower'),
    own: [{ id: 'row7', code: '201', name: 'Bby', cost: 2500, activity: 20, address: "'Mine tal'!C7" }],
    series: series(),
    municipalities: municipalities(),
    group: { kind: 'all' },
    standard: 'median',
    ...overrides,
  };
}

const byKind = (standards: StandardValue[]) => Object.fromEntries(standards.map((s) => [s.kind, s]));
const problemCodes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('benchmarkMunicipalities', () => {
  it('distribution with the own figure replacing the published one', () => {
    const r = benchmarkMunicipalities(input());
    expect(r.level).toBe('municipality');
    const u = r.units[0];
    expect(u.keyFigure).toBe(125);
    expect(u.unitId).toBe('row7');
    expect(u.address).toBe("'Mine tal'!C7");
    expect(u.activitySource).toBe('user');
    const ownMember = u.group.members.find((m) => m.isOwn);
    expect(ownMember).toMatchObject({ id: '201', keyFigure: 125, weight: 20 });
    expect(u.group.members.map((m) => m.keyFigure)).not.toContain(120);
    expect(u.group.label).toBe('Alle 7 kommuner');
    const d = u.distribution;
    expect([d.n, d.min, d.q1, d.median, d.q3, d.max]).toEqual([7, 80, 95, 110, 127.5, 150]);
    expect(d.mean).toBeCloseTo(785 / 7, 12);
    expect(d.weightedMean).toBeCloseTo(15500 / 140, 12);
    expect(u.position).toEqual({ rank: 5, n: 7, percentRank: 0.666, quartile: 3, light: 'yellow' });
  });

  it('every standard and potential, lower is better', () => {
    // (125−110)·20 = 300; (125−95)·20 = 600; (125−80)·20 = 900; (125 − 15500/140)·20 = 2000/7
    const r = benchmarkMunicipalities(input({ standard: 'quartile' }));
    const u = r.units[0];
    const s = byKind(u.standards);
    expect(u.standards.map((x) => x.kind)).toEqual(['median', 'quartile', 'best', 'average', 'expected']);
    expect(s.median).toEqual({ kind: 'median', value: 110, potential: 300 });
    expect(s.quartile).toEqual({ kind: 'quartile', value: 95, potential: 600 });
    expect(s.best).toEqual({ kind: 'best', value: 80, potential: 900 });
    expect(s.average.potential).toBeCloseTo(2000 / 7, 9);
    expect(s.expected).toEqual({ kind: 'expected', value: null, potential: null });
    expect(u.potential).toBe(600);
    expect(u.chosen).toBe('quartile');
    expect(problemCodes(r)).toEqual(['bench.expected.noVariables']);
  });

  it('higher is better: standards at the top end, potential only below them', () => {
    // median 110 < 125 → 0; Q3 127.5 → 2.5·20 = 50; best = max 150 → 25·20 = 500; average 110.7 → 0
    const u = benchmarkMunicipalities(input({ area: area('higher') })).units[0];
    const s = byKind(u.standards);
    expect([s.median.potential, s.quartile.value, s.quartile.potential, s.best.value, s.best.potential, s.average.potential]).toEqual([
      0, 127.5, 50, 150, 500, 0,
    ]);
    expect(u.position).toEqual({ rank: 3, n: 7, percentRank: 0.666, quartile: 2, light: 'yellow' });
  });

  it('worst and best quarter lights for both directions', () => {
    // own 3 200/20 = 160: sorted 80 90 100 110 130 150 160, Q3 at 4.5 → 140; 160 > 140
    const worst = benchmarkMunicipalities(input({ own: [{ id: 'x', code: '201', name: 'Bby', cost: 3200, activity: 20 }] }));
    expect(worst.units[0].position).toMatchObject({ rank: 7, percentRank: 1, quartile: 4, light: 'red' });
    const best = benchmarkMunicipalities(input({ area: area('higher'), own: [{ id: 'x', code: '201', name: 'Bby', cost: 3200, activity: 20 }] }));
    expect(best.units[0].position).toMatchObject({ rank: 1, percentRank: 1, quartile: 1, light: 'green' });
  });

  it('missing activity falls back to the published weight and says so', () => {
    const r = benchmarkMunicipalities(input({ own: [{ id: 'r', code: '201', name: 'Bby', cost: 2500 }] }));
    const u = r.units[0];
    expect(u.activity).toBe(20);
    expect(u.activitySource).toBe('reference');
    expect(u.activityPeriod).toBe('2020K1');
    const warning = r.problems.find((p) => p.code === 'bench.own.activityFromReference');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('2020K1');
    expect(warning?.message).toContain('elever');
  });

  it('members without key figure are left out; missing weights fall back to the plain mean', () => {
    const s = series();
    s.points[6].keyFigure = null; // 701
    s.points[0].weight = null; // 101
    const r = benchmarkMunicipalities(input({ series: s, standard: 'average' }));
    const u = r.units[0];
    // members 100 125 90 150 110 130 → mean 705/6 = 117.5, weighted mean unavailable
    expect(u.group.members.map((m) => m.id)).toEqual(['201', '101', '301', '401', '501', '601']);
    expect(u.distribution.weightedMean).toBeNull();
    expect(byKind(u.standards).average.value).toBeCloseTo(117.5, 12);
    expect(u.potential).toBeCloseTo((125 - 117.5) * 20, 9);
    expect(problemCodes(r)).toEqual(
      expect.arrayContaining(['bench.members.missingKeyFigure', 'bench.members.missingWeight']),
    );
    expect(r.problems.find((p) => p.code === 'bench.members.missingKeyFigure')?.params.codes).toBe('701');
  });

  it('similar group carries distances; small groups are flagged', () => {
    const r = benchmarkMunicipalities(input({ group: { kind: 'similar', k: 2, weights: { s1: 1, s2: 4 } } }));
    const u = r.units[0];
    expect(u.group.members.map((m) => [m.id, m.distance])).toEqual([
      ['201', 0],
      ['601', Math.sqrt(5)],
      ['501', 2.5],
    ]);
    expect(problemCodes(r)).toContain('bench.group.small');
  });

  it('expected level from an exact linear relation: R² = 1', () => {
    // published key figure = 20 + 10·s1 + s2 for every municipality; 201 → 20 + 20 + 70 = 110
    const s = series();
    const ms = municipalities();
    s.points.forEach((p, i) => (p.keyFigure = 20 + 10 * ms[i].structural.s1 + ms[i].structural.s2));
    const r = benchmarkMunicipalities(input({ series: s, expectedVariables: ['s1', 's2'], standard: 'expected' }));
    const u = r.units[0];
    expect(r.regression?.r2).toBeCloseTo(1, 12);
    expect(r.regression?.intercept).toBeCloseTo(20, 9);
    expect(r.regression?.coefficients[0]).toBeCloseTo(10, 9);
    expect(r.regression?.coefficients[1]).toBeCloseTo(1, 9);
    expect(r.regression?.n).toBe(7);
    expect(u.expected?.value).toBeCloseTo(110, 9);
    expect(u.potential).toBeCloseTo((125 - 110) * 20, 9);
  });

  it('expected level from a noisy relation, fitted on published figures not the own one', () => {
    // y = 100 120 90 150 110 130 80 on s1 = 1..7: Sxx = 28, Sxy = −300 −240 −90 +0 +110 +260 +240 = −20
    // slope −20/28, intercept 780/7 + 4·20/28 = 800/7; Σy² = 90 400, Syy = 90 400 − 780²/7 = 24 400/7
    // R² = 20²/(28 · 24 400/7) = 1/244; prediction for 201 (s1 = 2): 800/7 − 40/28 = 790/7
    const r = benchmarkMunicipalities(input({ expectedVariables: ['s1'], standard: 'expected' }));
    expect(r.regression?.coefficients[0]).toBeCloseTo(-20 / 28, 12);
    expect(r.regression?.intercept).toBeCloseTo(800 / 7, 12);
    expect(r.regression?.r2).toBeCloseTo(1 / 244, 12);
    const u = r.units[0];
    expect(u.expected?.value).toBeCloseTo(790 / 7, 12);
    // (125 − 790/7)·20 = 85/7·20
    expect(u.potential).toBeCloseTo(1700 / 7, 9);
  });

  it('singular regression: expected is null, problem names the variable, potential 0', () => {
    const ms = municipalities().map((m) => ({ ...m, structural: { ...m.structural, s3: 2 * m.structural.s1 + 1 } }));
    const r = benchmarkMunicipalities(input({ municipalities: ms, expectedVariables: ['s1', 's3'], standard: 'expected' }));
    const u = r.units[0];
    expect(r.regression).toBeUndefined();
    expect(u.expected).toBeUndefined();
    expect(byKind(u.standards).expected.value).toBeNull();
    expect(u.potential).toBe(0);
    expect(problemCodes(r)).toEqual(['bench.expected.collinear', 'bench.chosenUnavailable']);
    expect(r.problems[0].params.variable).toBe('s3');
  });

  it('unknown own code and invalid figures are skipped with errors', () => {
    const r = benchmarkMunicipalities(
      input({
        own: [
          { id: 'a', code: '999', name: 'Nowhere', cost: 1, activity: 1, address: 'A1' },
          { id: 'b', code: '201', name: 'Bby', cost: Number.NaN, activity: 1, address: 'A2' },
          { id: 'c', code: '201', name: 'Bby', cost: 5, activity: 0, address: 'A3' },
        ],
      }),
    );
    expect(r.units).toEqual([]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.address])).toEqual([
      ['bench.group.ownUnknown', 'A1'],
      ['bench.own.invalidCost', 'A2'],
      ['bench.own.invalidActivity', 'A3'],
    ]);
  });

  it('renders problems in English on request', () => {
    const r = benchmarkMunicipalities(input({ lang: 'en', own: [{ id: 'r', code: '201', name: 'Bby', cost: 2500 }] }));
    expect(r.problems.find((p) => p.code === 'bench.own.activityFromReference')?.message).toContain('pupils');
    expect(r.units[0].group.label).toBe('All 7 municipalities');
  });
});
