// The anomaly rule on its own, and as the engines apply it: flagged figures stay in the group but
// not in the best, best-quartile and expected standards, and the run names them.
import { benchmarkInstitutions, benchmarkMunicipalities } from '../../../src/core/benchmark';
import { detectAnomalies } from '../../../src/core/benchmark/anomalies';
import type { OwnInstitution } from '../../../src/core/benchmark/types';
import { area, municipalities, series } from './fixtures';

const byKind = (standards: { kind: string; value: number | null }[]) => Object.fromEntries(standards.map((s) => [s.kind, s.value]));

describe('detectAnomalies', () => {
  it('flags ≤ 0 and values below a quarter of the median of the positive values', () => {
    // positives 100, 120, 130, 20 → median 110; limit 27.5
    const check = detectAnomalies(
      [{ id: 'a', name: 'A', value: 100 }, { id: 'b', name: 'B', value: 0 }, { id: 'c', name: 'C', value: -5 }, { id: 'd', name: 'D', value: 120 },
        { id: 'e', name: 'E', value: 130 }, { id: 'f', name: 'F', value: 20 }, { id: 'g', name: 'G', value: null }],
      'lower',
      { period: '2024' },
    );
    expect(check.median).toBe(110);
    expect(check.checked).toBe(6);
    expect(check.flagged).toEqual([
      { id: 'b', name: 'B', value: 0, reason: 'nonPositive', limit: 0 },
      { id: 'c', name: 'C', value: -5, reason: 'nonPositive', limit: 0 },
      { id: 'f', name: 'F', value: 20, reason: 'farFromMedian', limit: 27.5 },
    ]);
    expect(check).toMatchObject({ period: '2024', included: false, rule: { fraction: 0.25 } });
  });

  it('looks at the good end only: a high cost is a cost, a far too high quality score is not', () => {
    const values = [100, 110, 120, 1000].map((value, i) => ({ id: String(i), name: String(i), value }));
    expect(detectAnomalies(values, 'lower').flagged).toEqual([]);
    expect(detectAnomalies(values, 'higher').flagged.map((f) => f.id)).toEqual(['3']); // > 115 × 4
    expect(() => detectAnomalies(values, 'lower', { rule: { fraction: 1.5 } })).toThrow(/between 0 and 1/);
  });
});

describe('anomalies in the municipality engine', () => {
  // Fixture values 100, 120(own), 90, 150, 110, 130, 80; Gby (701) is set to 0 kr.: booked elsewhere.
  const withZero = () => {
    const s = series();
    s.points = s.points.map((p) => (p.code === '701' ? { ...p, keyFigure: 0 } : p));
    return s;
  };
  const input = (overrides = {}) => ({
    area: area('lower'), own: [{ id: 'r', code: '201', name: 'Bby', cost: 2500, activity: 20 }], series: withZero(),
    municipalities: municipalities(), group: { kind: 'all' as const }, standard: 'best' as const, ...overrides,
  });

  it('keeps the flagged member in the group, marked, but not in the best and best-quartile standards', () => {
    const r = benchmarkMunicipalities(input());
    const u = r.units[0];
    expect(r.anomalies?.flagged.map((f) => [f.id, f.reason])).toEqual([['701', 'nonPositive']]);
    expect(u.group.members.find((m) => m.id === '701')?.anomaly?.reason).toBe('nonPositive');
    expect(u.distribution.min).toBe(0); // the distribution shows everybody
    // Without Gby: 90 100 110 125 130 150 → best 90, Q1 at 5·¼ = 1.25 → 100 + 0.25·10 = 102.5
    expect(byKind(u.standards)).toMatchObject({ best: 90, quartile: 102.5, median: 110 });
    expect(u.potential).toBe((125 - 90) * 20);
    expect(u.leftOut?.map((f) => f.name)).toEqual(['Gby']);
    const message = r.problems.find((p) => p.code === 'bench.anomaly.leftOut.municipality.one');
    expect(message?.severity).toBe('warning');
    expect(message?.message).toBe(
      'Bby, Folkeskoler: 1 kommune er udeladt af standarderne bedste, bedste kvartil og forventet niveau, fordi tallet sandsynligvis er konteret anderledes: Gby (0 kr. pr. elev: 0 eller derunder). Vælg at medtage markerede tal, hvis de skal med.',
    );
  });

  it('says it as information when the chosen standard is the median, which flags do not change', () => {
    const r = benchmarkMunicipalities(input({ standard: 'median' }));
    expect(r.problems.find((p) => p.code === 'bench.anomaly.leftOut.municipality.one')?.severity).toBe('info');
  });

  it('uses flagged members again when the user includes them', () => {
    const r = benchmarkMunicipalities(input({ includeAnomalies: true }));
    expect(r.anomalies?.included).toBe(true);
    expect(byKind(r.units[0].standards).best).toBe(0);
    expect(r.units[0].leftOut).toBeUndefined();
    expect(r.problems.some((p) => p.code.startsWith('bench.anomaly.leftOut'))).toBe(false);
  });

  it('fits the expected level without flagged figures and says which', () => {
    const r = benchmarkMunicipalities(input({ expectedVariables: ['s1'] }));
    expect(r.regression?.n).toBe(6);
    expect(r.regression?.excludedAnomalies).toEqual(['701']);
    expect(r.problems.find((p) => p.code === 'bench.expected.anomaliesExcluded')?.message).toContain('Gby');
  });

  it('warns when the user’s own figure looks like booking practice, and still benchmarks it', () => {
    const r = benchmarkMunicipalities(input({ own: [{ id: 'r', code: '201', name: 'Bby', cost: 100, activity: 20 }] })); // 5 kr.
    expect(r.units[0].anomaly?.reason).toBe('farFromMedian');
    expect(r.problems.some((p) => p.code === 'bench.anomaly.own.farFromMedian')).toBe(true);
  });
});

describe('anomalies in the institution engine', () => {
  const school = (id: string, cost: number, pupils: number): OwnInstitution => ({ id, name: `Skole ${id}`, cost, activity: pupils, quality: {}, structural: {} });

  it('never lets a cost typed in 1.000 kr. become the best', () => {
    // 60,000–70,000 kr. per pupil, and one school whose 42,000,000 kr. was typed as 42,000 (1.000 kr.).
    const institutions = [school('a', 30_000_000, 500), school('b', 26_000_000, 400), school('c', 21_000_000, 300), school('d', 42_000, 600), school('e', 45_500_000, 700)];
    const r = benchmarkInstitutions({ area: area('lower'), institutions, standard: 'best' });
    expect(r.anomalies?.flagged.map((f) => f.id)).toEqual(['d']);
    const a = r.units.find((u) => u.unitId === 'a');
    // Without d: 60000 65000 70000 65000 → best 60,000 (a itself), not 70 kr.
    expect(byKind(a?.standards ?? []).best).toBe(60_000);
    expect(r.units.find((u) => u.unitId === 'b')?.potential).toBe((65_000 - 60_000) * 400);
    expect(r.units.find((u) => u.unitId === 'd')?.anomaly?.reason).toBe('farFromMedian');
    expect(r.problems.find((p) => p.code === 'bench.anomaly.leftOut.unit.one')?.message).toContain('Skole d');
  });
});
