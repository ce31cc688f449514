// Distances worked by hand. With STDEV.P 2 for s1 and 20 for s2 (see fixtures), the z-score gap
// between two municipalities is Δs1/2 and Δs2/20; own is 201 (s1 = 2, s2 = 70).
import { nearestMunicipalities, weightedDistance, zScores } from '../../../src/core/benchmark';
import type { Municipality } from '../../../src/core/types';
import { municipalities } from './fixtures';

function own(all: Municipality[]): Municipality {
  return all.find((m) => m.code === '201') as Municipality;
}

describe('similar municipalities', () => {
  it('z-scores use the population standard deviation', () => {
    const z = zScores(municipalities(), 's1') as Map<string, number>;
    // (1 − 4)/2 = −1.5 ; (7 − 4)/2 = 1.5
    expect(z.get('101')).toBeCloseTo(-1.5, 12);
    expect(z.get('701')).toBeCloseTo(1.5, 12);
  });

  it('weighted distances, weights s1 = 1 and s2 = 4', () => {
    // 601: Δz1 = (2−6)/2 = −2 → 4;   Δz2 = (70−60)/20 = 0.5 → 0.25·4 = 1;  d = √5
    // 501: Δz1 = −1.5 → 2.25;          Δz2 = 1 → 4;                        d = √6.25 = 2.5
    // 101: Δz1 = 0.5 → 0.25;           Δz2 = 1.5 → 2.25·4 = 9;             d = √9.25
    // 701: 6.25 + 2²·4 = 22.25; 401: 1 + 2.5²·4 = 26; 301: 0.25 + 3²·4 = 36.25
    const all = municipalities();
    const r = nearestMunicipalities(own(all), all, 6, ['s1', 's2'], { s1: 1, s2: 4 }, 'da');
    expect(r.peers.map((p) => p.code)).toEqual(['601', '501', '101', '701', '401', '301']);
    const expected = [5, 6.25, 9.25, 22.25, 26, 36.25].map(Math.sqrt);
    r.peers.forEach((p, i) => expect(p.distance).toBeCloseTo(expected[i], 12));
    expect(r.problems).toEqual([]);
  });

  it('default weights are 1 and change the order', () => {
    // 101: 0.25 + 2.25 = 2.5; 501: 2.25 + 1 = 3.25; 601: 4 + 0.25 = 4.25
    const all = municipalities();
    const r = nearestMunicipalities(own(all), all, 3, undefined, undefined, 'da');
    expect(r.variables).toEqual(['s1', 's2']);
    expect(r.peers.map((p) => p.code)).toEqual(['101', '501', '601']);
    expect(r.peers[0].distance).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r.peers[2].distance).toBeCloseTo(Math.sqrt(4.25), 12);
  });

  it('a municipality missing a variable is excluded, not compared on fewer variables', () => {
    const all = municipalities();
    delete all[6].structural.s2; // 701
    const r = nearestMunicipalities(own(all), all, 10, ['s1', 's2'], undefined, 'da');
    expect(r.peers.map((p) => p.code)).not.toContain('701');
    expect(r.problems.map((p) => p.code)).toEqual(['bench.similar.candidatesMissing', 'bench.similar.kTooLarge']);
    expect(r.problems[0].params).toEqual({ count: 1, codes: '701' });
  });

  it('a variable the own municipality lacks is dropped for everybody', () => {
    // only s1 remains: distances |2 − s1|/2 → 101 and 301 at 0.5, then 401 at 1
    const all = municipalities();
    delete own(all).structural.s2;
    const r = nearestMunicipalities(own(all), all, 3, ['s1', 's2'], undefined, 'da');
    expect(r.variables).toEqual(['s1']);
    expect(r.peers.map((p) => [p.code, p.distance])).toEqual([
      ['101', 0.5],
      ['301', 0.5],
      ['401', 1],
    ]);
    expect(r.problems[0].code).toBe('bench.similar.ownMissingVariable');
  });

  it('constant variables, invalid weights and zero weights are left out', () => {
    const all = municipalities().map((m) => ({ ...m, structural: { ...m.structural, flat: 5 } }));
    const r = nearestMunicipalities(own(all), all, 1, ['s1', 's2', 'flat'], { s2: -1, flat: 1 }, 'en');
    expect(r.variables).toEqual(['s1']);
    expect(r.problems.map((p) => p.code)).toEqual(['bench.similar.invalidWeight', 'bench.similar.constantVariable']);
    expect(r.problems[0].message).toContain('s2');
    const zeroWeight = nearestMunicipalities(own(all), all, 1, ['s1', 's2'], { s2: 0 }, 'da');
    expect(zeroWeight.variables).toEqual(['s1']);
  });

  it('weightedDistance is √Σ w·gap²', () => {
    // √(1·3² + 2·1²) = √11
    expect(weightedDistance({ a: 4, b: 1 }, { a: 1, b: 2 }, { a: 1, b: 2 })).toBeCloseTo(Math.sqrt(11), 12);
  });
});
