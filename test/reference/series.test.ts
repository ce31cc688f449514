import { functionKeyFigureDataset, weightDataset } from '../../src/reference/datasets';
import { loadSnapshot } from '../../src/reference/snapshot';
import { areaSpecFor, hasReferenceData, referenceSeriesFor, referenceYears, ReferenceDataError, sourcesFor } from '../../src/reference/series';
import { getArea } from '../../src/reference/catalogue';
import type { Dataset, ReferenceBundle } from '../../src/reference/types';

const municipality = (code: string) => ({
  code, name: `M${code}`, regionCode: '084', regionName: 'Region Hovedstaden', groupCode: '1', groupName: 'Hovedstadskommuner', structural: {},
});

function fn(code: string, year: string, values: Record<string, number | null>, notReported = false): Dataset {
  return functionKeyFigureDataset({
    functionCode: code, title: { da: `Funktion ${code}`, en: `Function ${code}` }, year, values, origin: 'live',
    fetchedAt: '2025-05-01T00:00:00Z', provenance: 'test', flags: notReported ? ['ikke indberettet'] : [], ...(notReported && { notReported }),
  });
}

function weights(year: string, period: string, values: Record<string, number | null>): Dataset {
  return weightDataset({ year, period, table: 'FOLK1AM', measure: 'perInhabitant', values, origin: 'live', fetchedAt: '2025-05-01T00:00:00Z', provenance: 'test', flags: [] });
}

// Two municipalities, two elderly functions over three years; 2017 is not reported (series break).
const small: ReferenceBundle = {
  format: 1, builtAt: '2025-05-01T00:00:00Z', origin: 'live', attribution: 'Kilde: Danmarks Statistik',
  municipalities: [municipality('147'), municipality('101')],
  structuralVariables: [],
  datasets: [
    fn('5.30.27', '2017', { '000': null, '101': null, '147': null }, true),
    fn('5.30.28', '2017', { '000': null, '101': null, '147': null }, true),
    fn('5.30.27', '2018', { '000': 4000, '101': 3000, '147': 5000 }),
    fn('5.30.28', '2018', { '000': 1000, '101': 900, '147': null }),
    fn('5.30.27', '2019', { '000': 4100, '101': 3100, '147': 5100 }),
    fn('5.30.28', '2019', { '000': 1100, '101': 1000, '147': 1200 }),
    weights('2019', '2019M07', { '000': 5_800_000, '101': 600_000, '147': 100_000 }),
  ],
};

describe('referenceSeriesFor on per-function datasets', () => {
  it('sums the functions per municipality, pairs them with the year’s weights, and keeps every year', () => {
    const series = referenceSeriesFor(small, 'aeldre');
    expect(series.points).toEqual([
      { code: '101', keyFigure: 4100, weight: 600_000 },
      { code: '147', keyFigure: 6300, weight: 100_000 },
    ]);
    expect([series.period, series.weightPeriod, series.national]).toEqual(['2019', '2019M07', 5200]);
    expect(series.years?.map((y) => [y.period, y.notReported, y.values['101'], y.values['147']])).toEqual([
      ['2017', true, null, null],
      ['2018', false, 3900, null], // 147 lacks 5.30.28 in 2018: the sum is unknown, never 5000
      ['2019', false, 4100, 6300],
    ]);
  });

  it('names the measure, and says the source covers only part of a main-function area', () => {
    const series = referenceSeriesFor(small, 'aeldre');
    expect(series.measure).toMatchObject({
      kind: 'perInhabitant', functions: ['5.30.27', '5.30.28'], period: { year: '2019' },
      unitLabel: { da: 'kr. pr. indbygger, kun 5.30.27 + 5.30.28', en: 'DKK per inhabitant, 5.30.27 + 5.30.28 only' },
    });
    expect(series.measure?.label.da).toBe(
      'Nøgletal: nettoudgifter på 5.30.27 + 5.30.28 (REGK31, ART I alt netto) divideret med indbyggere (Danmarks Statistiks eget folketal bag REGK31 pr. indbygger, PRISENHED INDL; vægte i gennemsnit: folketal 2019M07), regnskabsår 2019, løbende priser.',
    );
    expect(series.measureMismatch?.requested.functions).toEqual(['5.30']);
    expect(series.measureMismatch?.reason.da).toBe(
      'Statistikbanken (live) har ikke alle funktioner i Ældre (5.30.xx); nøgletallet omfatter kun 5.30.27 + 5.30.28.',
    );
    // A single function the source has: complete, no mismatch.
    expect(referenceSeriesFor(small, 'aeldrepleje').measureMismatch).toBeUndefined();
  });

  it('takes an earlier year on request, without weights when the source has none for it', () => {
    const series = referenceSeriesFor(small, 'aeldrepleje', { year: '2018' });
    expect(series.points.find((p) => p.code === '147')).toEqual({ code: '147', keyFigure: 5000, weight: null });
    expect(series.years?.map((y) => y.period)).toEqual(['2017', '2018']);
    expect(() => referenceSeriesFor(small, 'aeldrepleje', { year: '2030' })).toThrow('Referencedataene har ikke regnskabsåret 2030 for Ældrepleje; de har 2017–2019.');
    expect(referenceYears(small, 'aeldrepleje')).toEqual(['2017', '2018', '2019']);
  });

  it('says when the source cannot give the measure asked for, and uses the one it has', () => {
    const series = referenceSeriesFor(small, 'aeldrepleje', { measure: 'perAgeBand' });
    expect(series.measure?.kind).toBe('perInhabitant');
    expect(series.measureMismatch?.requested.kind).toBe('perAgeBand');
    expect(series.measureMismatch?.reason.en).toBe(
      'StatBank (live) cannot give the measure "DKK per inhabitant in the age band (Statistics Denmark’s key-figure method)" for Elderly care; "DKK per inhabitant (Statistics Denmark’s figure)" is used instead.',
    );
  });

  it('rejects unknown areas and areas the bundle has nothing for', () => {
    expect(() => referenceSeriesFor(small, 'svoemmehaller')).toThrow('Serviceområdet "svoemmehaller" findes ikke i kataloget.');
    expect(() => referenceSeriesFor(small, 'folkeskole')).toThrow(/ingen tal for Folkeskole/);
    try {
      referenceSeriesFor(small, 'total');
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ReferenceDataError);
      expect((error as ReferenceDataError).code).toBe('ref.area.noData');
    }
  });
});

describe('referenceSeriesFor on the bundled snapshot', () => {
  const snapshot = loadSnapshot();

  it('serves folkeskole 2024 as published, weighted with FOLK1AM 2024M04, with nine years behind it', () => {
    const schools = referenceSeriesFor(snapshot, 'folkeskole');
    expect(schools.points).toHaveLength(98);
    expect(schools.points.find((p) => p.code === '101')?.keyFigure).toBe(5125);
    expect(schools.points.find((p) => p.code === '147')?.keyFigure).toBe(4862);
    expect(schools.national).toBe(6935);
    expect([schools.period, schools.weightPeriod, schools.sourceLabel]).toEqual(['2024', '2024M04', 'REGK31 2024, snapshot']);
    expect(schools.years?.map((y) => y.period)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(schools.measure?.unitLabel.da).toBe('kr. pr. indbygger');
    expect(schools.measureMismatch).toBeUndefined();
  });

  it('serves every catalogue area but the total, the partial ones saying so', () => {
    for (const id of ['folkeskole', 'sfo', 'specialundervisning', 'folkebiblioteker', 'daginstitutioner', 'boern-unge-saerlige-behov',
      'hjemmehjaelp', 'aeldrepleje', 'hjemmesygepleje', 'tandpleje', 'vejvedligeholdelse', 'administration']) {
      expect([id, hasReferenceData(snapshot, id), referenceSeriesFor(snapshot, id).measureMismatch]).toEqual([id, true, undefined]);
    }
    expect(referenceSeriesFor(snapshot, 'dagtilbud').measure?.unitLabel.da).toBe('kr. pr. indbygger, kun 5.25.14');
    expect(referenceSeriesFor(snapshot, 'aeldre').measure?.unitLabel.da).toBe('kr. pr. indbygger, kun 5.30.26–5.30.28');
    expect(hasReferenceData(snapshot, 'total')).toBe(false);
    expect(hasReferenceData(snapshot, 'funktion-5.48.66')).toBe(true);
    expect(hasReferenceData(snapshot, 'funktion-5.25.11')).toBe(false);
  });

  it('keeps the 2018 series break as "not reported", never as 0', () => {
    const elderly = referenceSeriesFor(snapshot, 'aeldre');
    const y2017 = elderly.years?.find((y) => y.period === '2017');
    expect(y2017?.notReported).toBe(true);
    expect(Object.values(y2017?.values ?? {}).every((v) => v === null)).toBe(true);
    expect(y2017?.national).toBeNull();
    // Næstved 2024: 5.30.28 is 0 kr. (booked elsewhere); the sum of the three is still a number.
    const naestved = elderly.points.find((p) => p.code === '370')?.keyFigure;
    expect(typeof naestved).toBe('number');
  });

  it('sums 5.28.21 and 5.28.22 for children with special needs', () => {
    const sum = referenceSeriesFor(snapshot, 'boern-unge-saerlige-behov');
    const parts = ['5.28.21', '5.28.22'].map((code) => referenceSeriesFor(snapshot, `funktion-${code}`).points.find((p) => p.code === '101')?.keyFigure as number);
    expect(sum.points.find((p) => p.code === '101')?.keyFigure).toBe(parts[0] + parts[1]);
  });

  it('weights each year with the population nearest its Q3 that the data have', () => {
    const periods = ['2016', '2020', '2021', '2022', '2023', '2024'].map((year) => referenceSeriesFor(snapshot, 'folkeskole', { year }).weightPeriod);
    expect(periods).toEqual(['2020K1', '2020K1', '2021M10', '2022M07', '2023M07', '2024M04']);
  });
});

describe('one measure, whatever the source', () => {
  it('gives the same numbers from a live per-function bundle in the snapshot’s measure', () => {
    const snapshot = loadSnapshot();
    // What a live client fetching REGK31 PRISENHED INDL for 2024 would hold: the same figures.
    const live: ReferenceBundle = {
      ...snapshot, origin: 'live',
      datasets: snapshot.datasets.filter((d) => d.year === '2024').map((d) => ({ ...d, origin: 'live' as const })),
    };
    for (const area of ['folkeskole', 'aeldrepleje', 'boern-unge-saerlige-behov']) {
      const a = referenceSeriesFor(snapshot, area);
      const b = referenceSeriesFor(live, area);
      expect(b.points).toEqual(a.points);
      expect(b.measure?.label).toEqual(a.measure?.label);
    }
  });
});

describe('sourcesFor and areaSpecFor', () => {
  it('cites each function once for all its years, then the year’s weights', () => {
    const snapshot = loadSnapshot();
    const day = sourcesFor(snapshot, 'daginstitutioner');
    expect(day.map((d) => [d.id, d.period])).toEqual([['regk31.52514.indl.2024.2016', '2016–2024'], ['population.2024', '2024M04']]);
    expect(day[0].title.da).toBe('5.25.14 Daginstitutioner, nettoudgifter pr. indbygger 2016–2024');
    expect(day[0].query.Tid).toHaveLength(9);
    expect(day[0].attribution).toBe('Kilde: Danmarks Statistik, statistikbanken.dk/REGK31');
    const elderly = sourcesFor(snapshot, 'aeldrepleje');
    expect(elderly[0].flags.some((f) => f.startsWith('ikke indberettet') && f.endsWith('(2016, 2017)'))).toBe(true);
    expect(sourcesFor(snapshot, 'total')).toEqual([]);
    expect(sourcesFor(snapshot, 'unknown')).toEqual([]);
  });

  it('turns a catalogue entry into the engine’s AreaSpec', () => {
    expect(areaSpecFor(getArea('hjemmesygepleje')!)).toEqual({
      id: 'hjemmesygepleje',
      name: { da: 'Hjemmesygepleje', en: 'Home nursing' },
      shortName: { da: 'Hjemmesygepleje', en: 'Home nursing' },
      unitLabel: { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' },
      activityLabel: { da: 'indbyggere', en: 'inhabitants' },
      direction: 'lower',
    });
  });
});
