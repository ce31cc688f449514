// Seven fake municipalities whose numbers are chosen so every expected value can be worked by hand.
//
// code  name  region          group            keyFigure weight  s1  s2
// 101   Aby   084 Hovedstaden 1 Hovedstad        100      10     1   40
// 201   Bby   084 Hovedstaden 2 Provinsby        120      20     2   70   ← own in most tests
// 301   Cby   083 Syddanmark  2 Provinsby         90      30     3   10
// 401   Dby   083 Syddanmark  3 Land             150      10     4   20
// 501   Eby   083 Syddanmark  3 Land             110      40     5   50
// 601   Fby   082 Midtjylland 2 Provinsby        130      20     6   60
// 701   Gby   082 Midtjylland 3 Land              80      10     7   30
//
// s1 = 1..7: mean 4, STDEV.P = √(28/7) = 2.  s2 = 10 × a permutation of 1..7: mean 40, STDEV.P 20.
import type { Municipality } from '../../../src/core/types';
import type { AreaSpec, ReferenceSeries } from '../../../src/core/benchmark';

const REGIONS: Record<string, string> = { '084': 'Region Hovedstaden', '083': 'Region Syddanmark', '082': 'Region Midtjylland' };
const GROUPS: Record<string, string> = { '1': 'Hovedstadskommuner', '2': 'Provinsbykommuner', '3': 'Landkommuner' };

const ROWS: [string, string, string, string, number, number, number, number][] = [
  ['101', 'Aby', '084', '1', 100, 10, 1, 40],
  ['201', 'Bby', '084', '2', 120, 20, 2, 70],
  ['301', 'Cby', '083', '2', 90, 30, 3, 10],
  ['401', 'Dby', '083', '3', 150, 10, 4, 20],
  ['501', 'Eby', '083', '3', 110, 40, 5, 50],
  ['601', 'Fby', '082', '2', 130, 20, 6, 60],
  ['701', 'Gby', '082', '3', 80, 10, 7, 30],
];

export function municipalities(): Municipality[] {
  return ROWS.map(([code, name, region, group, , , s1, s2]) => ({
    code,
    name,
    regionCode: region,
    regionName: REGIONS[region],
    groupCode: group,
    groupName: GROUPS[group],
    structural: { s1, s2 },
  }));
}

export function series(): ReferenceSeries {
  return {
    areaId: 'skole',
    points: ROWS.map(([code, , , , keyFigure, weight]) => ({ code, keyFigure, weight })),
    period: '2024',
    weightPeriod: '2020K1',
    national: 111,
    sourceLabel: 'REGK31 2024 (test)',
  };
}

export function area(direction: 'lower' | 'higher' = 'lower'): AreaSpec {
  return {
    id: 'skole',
    name: { da: 'Folkeskoler', en: 'Public schools' },
    unitLabel: { da: 'kr. pr. elev', en: 'DKK per pupil' },
    activityLabel: { da: 'elever', en: 'pupils' },
    direction,
  };
}
