// Hand-made engine results. Every statistic below was worked out by hand from the member values
// (the arithmetic is in the comments), so the report's formulas can be checked against them.
import type { AreaSpec, BenchmarkResult, GroupMember, GroupSpec, StandardValue, TrafficLight, UnitBenchmark } from '../../src/core/benchmark/types';
import type { Problem } from '../../src/core/types';
import type { ReportInput, SourceNote } from '../../src/report/types';

type Std = [number | null, number | null];
function standards(median: Std, quartile: Std, best: Std, average: Std, expected: Std): StandardValue[] {
  const entry = (kind: StandardValue['kind'], [value, potential]: Std): StandardValue => ({ kind, value, potential });
  return [entry('median', median), entry('quartile', quartile), entry('best', best), entry('average', average), entry('expected', expected)];
}

function member(id: string, name: string, keyFigure: number, weight: number | null, isOwn = false, distance?: number): GroupMember {
  return distance === undefined ? { id, name, keyFigure, weight, isOwn } : { id, name, keyFigure, weight, isOwn, distance };
}

function position(rank: number, n: number, percentRank: number, quartile: 1 | 2 | 3 | 4, light: TrafficLight): UnitBenchmark['position'] {
  return { rank, n, percentRank, quartile, light };
}

export const folkeskole: AreaSpec = {
  id: 'folkeskole',
  name: { da: 'Folkeskole', en: 'Primary school' },
  unitLabel: { da: 'kr. pr. elev', en: 'DKK per pupil' },
  activityLabel: { da: 'elever', en: 'pupils' },
  direction: 'lower',
};

export const aeldre: AreaSpec = {
  id: 'aeldre',
  // Long on purpose: "Benchmark – " + this is far over Excel's 31 characters.
  name: { da: 'Pleje og omsorg af ældre og handicappede', en: 'Care for the elderly and disabled' },
  unitLabel: { da: 'kr. pr. 80+-årig', en: 'DKK per person 80+' },
  activityLabel: { da: '80+-årige', en: 'people 80+' },
  // 'higher' is artificial for a cost, but exercises the reversed potential formulas.
  direction: 'higher',
};

const storby: GroupSpec = { kind: 'kommunegruppe' };

/** Aarhus, folkeskole. Group values 69000, 72000, 75000, 78000, 84000 (n = 5). */
export function aarhusSchool(): UnitBenchmark {
  return {
    unitId: '751-folkeskole', name: 'Aarhus', code: '751', areaId: 'folkeskole',
    cost: 3_600_000_000, activity: 48_000, activitySource: 'user', keyFigure: 75_000,
    group: {
      spec: storby, label: 'Storbykommuner',
      members: [
        member('101', 'København', 72_000, 60_000), member('751', 'Aarhus', 75_000, 48_000, true),
        member('461', 'Odense', 78_000, 20_000), member('851', 'Aalborg', 69_000, 22_000),
        member('147', 'Frederiksberg', 84_000, 9_000),
      ],
    },
    // Q1 at position (5−1)·¼ = 1 → 72000; Q3 at position 3 → 78000; mean 378000/5 = 75600;
    // Σ/Σ = (72000·60000 + 75000·48000 + 78000·20000 + 69000·22000 + 84000·9000) / 159000 = 11754000000/159000.
    distribution: { n: 5, min: 69_000, q1: 72_000, median: 75_000, q3: 78_000, max: 84_000, mean: 75_600, weightedMean: 11_754_000_000 / 159_000 },
    // Two values below 75000: rank 3, PERCENTRANK 2/4 = 0.5; 72000 < 75000 ≤ median → quartile 2.
    position: position(3, 5, 0.5, 2, 'yellow'),
    standards: standards(
      [75_000, 0], [72_000, 3_000 * 48_000], [69_000, 6_000 * 48_000],
      [11_754_000_000 / 159_000, (75_000 - 11_754_000_000 / 159_000) * 48_000], [74_000, 1_000 * 48_000],
    ),
    chosen: 'quartile', potential: 144_000_000,
    expected: { value: 74_000, inputs: [30], regression: { variables: ['udskoling'], intercept: 50_000, coefficients: [800], r2: 0.37, n: 98 } },
    address: "'Mine tal'!C2",
  };
}

/** Odense, folkeskole, another group. Values 76000, 80000, 84000, 86000 (n = 4); Vejle lacks a weight. */
export function odenseSchool(): UnitBenchmark {
  return {
    unitId: '461-folkeskole', name: 'Odense', code: '461', areaId: 'folkeskole',
    cost: 1_720_000_000, activity: 20_000, activitySource: 'user', keyFigure: 86_000,
    group: {
      spec: storby, label: 'Provinsbykommuner',
      members: [
        member('461', 'Odense', 86_000, 20_000, true), member('561', 'Esbjerg', 76_000, 15_000),
        member('621', 'Kolding', 80_000, 12_000), member('630', 'Vejle', 84_000, null),
      ],
    },
    // Q1 at 0.75 → 76000 + 0.75·4000 = 79000; median (80000+84000)/2; Q3 at 2.25 → 84000 + 0.25·2000 = 84500.
    distribution: { n: 4, min: 76_000, q1: 79_000, median: 82_000, q3: 84_500, max: 86_000, mean: 81_500, weightedMean: null },
    // Three values below 86000: PERCENTRANK 3/3 = 1; above Q3 → quartile 4, red.
    position: position(4, 4, 1, 4, 'red'),
    // The average falls back to the unweighted mean; no expected level for Odense.
    standards: standards([82_000, 80_000_000], [79_000, 140_000_000], [76_000, 200_000_000], [81_500, 90_000_000], [null, null]),
    chosen: 'quartile', potential: 140_000_000,
  };
}

/** Aarhus, elderly care, direction 'higher'. Values 40000, 45000, 52000, 55000 (n = 4). */
export function aarhusCare(): UnitBenchmark {
  const spec: GroupSpec = { kind: 'similar', k: 3, variables: ['aeldre80', 'tæthed'], weights: { aeldre80: 2 } };
  return {
    unitId: '751-aeldre', name: 'Aarhus', code: '751', areaId: 'aeldre',
    cost: 520_000_000, activity: 10_000, activitySource: 'reference', activityPeriod: '2020K1', keyFigure: 52_000,
    group: {
      spec, label: 'De 3 mest sammenlignelige kommuner',
      members: [
        member('751', 'Aarhus', 52_000, 10_000, true), member('101', 'København', 40_000, 12_000, false, 0.5),
        member('461', 'Odense', 55_000, 8_000, false, 0.8), member('851', 'Aalborg', 45_000, 5_000, false, 1.1),
      ],
    },
    // Q1 = 40000 + 0.75·5000 = 43750; median (45000+52000)/2 = 48500; Q3 = 52000 + 0.25·3000 = 52750;
    // Σ/Σ = (520000000 + 480000000 + 440000000 + 225000000) / 35000 = 1665000000/35000.
    distribution: { n: 4, min: 40_000, q1: 43_750, median: 48_500, q3: 52_750, max: 55_000, mean: 48_000, weightedMean: 1_665_000_000 / 35_000 },
    // Higher is better: one value above (rank 2); two below → PERCENTRANK 2/3 truncated = 0.666.
    position: position(2, 4, 0.666, 2, 'yellow'),
    standards: standards([48_500, 0], [52_750, 7_500_000], [55_000, 30_000_000], [1_665_000_000 / 35_000, 0], [53_000, 10_000_000]),
    chosen: 'best', potential: 30_000_000,
    expected: { value: 53_000, inputs: [20_800], regression: { variables: ['aeldre80'], intercept: 1_000, coefficients: [2.5], r2: 0.42, n: 98 } },
  };
}

export function municipalityResults(): BenchmarkResult[] {
  return [
    { level: 'municipality', area: folkeskole, standard: 'quartile', units: [aarhusSchool(), odenseSchool()], problems: [] },
    {
      level: 'municipality', area: aeldre, standard: 'best', units: [aarhusCare()],
      regression: { variables: ['aeldre80'], intercept: 1_000, coefficients: [2.5], r2: 0.42, n: 98 },
      problems: [{ address: "'Mine tal'!D4", severity: 'warning', code: 'bench.activityFromReference', params: {}, message: 'Aktivitet hentet fra Danmarks Statistik (2020K1).' }],
    },
  ];
}

export const skoler: AreaSpec = {
  id: 'skoler',
  name: { da: 'Skoler', en: 'Schools' },
  unitLabel: { da: 'kr. pr. elev', en: 'DKK per pupil' },
  activityLabel: { da: 'elever', en: 'pupils' },
  direction: 'lower',
};

// name, cost, pupils, key figure (= cost/pupils), rank, PERCENTRANK (count below / 4), quartile, light
const SCHOOLS: [string, number, number, number, number, number, 1 | 2 | 3 | 4, TrafficLight][] = [
  ['A Skole', 50_000_000, 500, 100_000, 3, 0.5, 2, 'yellow'],
  ['B Skole', 66_000_000, 600, 110_000, 4, 0.75, 3, 'yellow'],
  ['C Skole', 36_000_000, 400, 90_000, 2, 0.25, 1, 'green'],
  ['D Skole', 96_000_000, 800, 120_000, 5, 1, 4, 'red'],
  ['E Skole', 40_000_000, 500, 80_000, 1, 0, 1, 'green'],
];
// Σ cost / Σ pupils = 288000000 / 2800.
const SCHOOL_AVERAGE = 288_000_000 / 2_800;

export function institutionResult(): BenchmarkResult {
  const units: UnitBenchmark[] = SCHOOLS.map(([name, cost, pupils, kf, rank, pr, quartile, light], i) => {
    const potential = (standard: number): number => Math.max(0, kf - standard) * pupils;
    return {
      unitId: `S${i + 1}`, name, areaId: 'skoler', cost, activity: pupils, activitySource: 'user', keyFigure: kf,
      group: {
        spec: { kind: 'all' }, label: 'Alle skoler',
        members: SCHOOLS.map(([n, , p, k], j) => member(`S${j + 1}`, n, k, p, i === j)),
      },
      // Sorted 80000 … 120000: Q1 at position 1 = 90000, median 100000, Q3 110000, mean 500000/5.
      distribution: { n: 5, min: 80_000, q1: 90_000, median: 100_000, q3: 110_000, max: 120_000, mean: 100_000, weightedMean: SCHOOL_AVERAGE },
      position: position(rank, 5, pr, quartile, light),
      standards: standards([100_000, potential(100_000)], [90_000, potential(90_000)], [80_000, potential(80_000)], [SCHOOL_AVERAGE, potential(SCHOOL_AVERAGE)], [null, null]),
      chosen: 'median', potential: potential(100_000),
    };
  });
  return { level: 'institution', area: skoler, standard: 'median', units, referenceLine: { value: 95_000, label: 'Hele landet' }, problems: [] };
}

export const SOURCES: SourceNote[] = [
  {
    table: 'REGK31', title: 'Kommunernes regnskaber, nettodriftsudgifter', period: '2024', origin: 'snapshot',
    fetchedAt: '2025-01-01T08:00:00Z', updated: '2024-12-15T07:00:00Z',
    query: { OMRÅDE: ['*'], FUNKTION: ['32201'], PRISENHED: ['INDL'] },
    flags: ['snapshot – verify against live REGK31'],
    attribution: 'Kilde: Danmarks Statistik, statistikbanken.dk/REGK31', provenance: 'Bundled snapshot built 2025-01-01',
  },
  {
    table: 'FOLK1A', title: 'Befolkningen den 1. i kvartalet', period: '2020K1', origin: 'live',
    fetchedAt: '2025-03-03T12:30:00Z', query: { OMRÅDE: ['*'], ALDER: ['IALT'] }, flags: [],
    attribution: 'Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1A', provenance: 'api.statbank.dk', areaIds: ['aeldre'],
  },
];

export const INPUT_PROBLEMS: Problem[] = [
  { address: "'Mine tal'!C7", severity: 'error', code: 'parse.notNumber', params: {}, message: 'Udgiften er ikke et tal.' },
  { address: "'Mine tal'!A9:F9", severity: 'info', code: 'parse.totalRow', params: {}, message: 'Sumrække sprunget over.' },
];

export function reportInput(results: BenchmarkResult[], lang: 'da' | 'en' = 'da'): ReportInput {
  return {
    lang, results, sources: SOURCES,
    input: { file: 'budget.xlsx', sheet: 'Mine tal', range: 'A1:F12', tableName: 'Tabel1', unitsUsed: 3, rowsExcluded: 2 },
    problems: INPUT_PROBLEMS,
    createdAt: '2025-03-03T12:45:00Z', runId: 'run-42', version: '0.1.0',
    variableNames: { aeldre80: 'Andel 80+-årige', udskoling: 'Andel elever i udskoling' },
  };
}
