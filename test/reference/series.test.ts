import { loadSnapshot } from '../../src/reference/snapshot';
import { areaSpecFor, hasReferenceData, referenceSeriesFor, ReferenceDataError, sourcesFor } from '../../src/reference/series';
import { getArea } from '../../src/reference/catalogue';
import type { Dataset, ReferenceBundle } from '../../src/reference/types';

function dataset(id: string, table: string, period: string, values: Record<string, number | null>): Dataset {
  return {
    id, table, period, values,
    title: { da: id, en: id }, priceBasis: 'løbende priser', unit: { da: 'kr.', en: 'DKK' }, query: {},
    origin: 'live', fetchedAt: '2025-05-01T00:00:00Z', provenance: 'test', flags: [], attribution: `Kilde: Danmarks Statistik, statistikbanken.dk/${table}`,
  };
}

const municipality = (code: string) => ({
  code, name: `M${code}`, regionCode: '084', regionName: 'Region Hovedstaden', groupCode: '1', groupName: 'Hovedstadskommuner', structural: {},
});

const small: ReferenceBundle = {
  format: 1, builtAt: '2025-05-01T00:00:00Z', origin: 'live', attribution: 'Kilde: Danmarks Statistik',
  municipalities: [municipality('147'), municipality('101')],
  structuralVariables: [],
  datasets: [
    dataset('regk31.32205.indl.2024', 'REGK31', '2024', { '000': 647, '101': 500, '147': null }),
    dataset('folk1a.population.2020K1', 'FOLK1A', '2020K1', { '000': 5822763, '101': 632340, '147': 104305 }),
  ],
};

describe('referenceSeriesFor', () => {
  it('pairs each municipality’s key figure with its population, in code order, keeping both periods', () => {
    const series = referenceSeriesFor(small, 'sfo');
    expect(series).toEqual({
      areaId: 'sfo',
      points: [
        { code: '101', keyFigure: 500, weight: 632340 },
        { code: '147', keyFigure: null, weight: 104305 },
      ],
      period: '2024',
      weightPeriod: '2020K1',
      national: 647,
      sourceLabel: 'REGK31 2024, hentet live',
    });
    expect(referenceSeriesFor(small, 'sfo', { lang: 'en' }).sourceLabel).toBe('REGK31 2024, fetched live');
  });

  it('serves every snapshot area from the bundled snapshot', () => {
    const snapshot = loadSnapshot();
    const schools = referenceSeriesFor(snapshot, 'folkeskole');
    expect(schools.points).toHaveLength(98);
    expect(schools.points[0]).toEqual({ code: '101', keyFigure: 5125, weight: 632340 });
    expect(schools.points.find((p) => p.code === '147')).toEqual({ code: '147', keyFigure: 4862, weight: 104305 });
    expect(schools.national).toBe(6935);
    expect(schools.period).toBe('2024');
    expect(schools.weightPeriod).toBe('2020K1');
    expect(schools.sourceLabel).toBe('REGK31 2024, snapshot');
    for (const id of ['sfo', 'dagtilbud', 'aeldrepleje', 'hjemmesygepleje']) {
      const series = referenceSeriesFor(snapshot, id);
      expect(series.points.every((p) => typeof p.keyFigure === 'number' && typeof p.weight === 'number')).toBe(true);
      expect(hasReferenceData(snapshot, id)).toBe(true);
    }
  });

  it('says clearly, in Danish by default, that administration and total have no snapshot data', () => {
    const snapshot = loadSnapshot();
    expect(hasReferenceData(snapshot, 'administration')).toBe(false);
    expect(() => referenceSeriesFor(snapshot, 'administration')).toThrow(
      'Referencedataene (snapshot) har ingen tal for Administration. Hent tallene fra Danmarks Statistik (statistikbanken.dk/REGK31) i stedet for at bruge det indbyggede snapshot.',
    );
    expect(() => referenceSeriesFor(snapshot, 'total', { lang: 'en' })).toThrow(
      'The reference data (snapshot) have no figures for Total net operating expenditure.',
    );
    try {
      referenceSeriesFor(snapshot, 'total');
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ReferenceDataError);
      expect((error as ReferenceDataError).code).toBe('ref.area.noData');
    }
  });

  it('rejects unknown areas and missing datasets', () => {
    expect(() => referenceSeriesFor(small, 'veje')).toThrow('Serviceområdet "veje" findes ikke i kataloget.');
    const noPopulation = { ...small, datasets: small.datasets.slice(0, 1) };
    expect(() => referenceSeriesFor(noPopulation, 'sfo')).toThrow('Datasættet folk1a.population.2020K1 til Skolefritidsordninger (SFO) mangler');
    expect(() => referenceSeriesFor(small, 'folkeskole')).toThrow(/ingen tal for Folkeskole/);
  });
});

describe('sourcesFor and areaSpecFor', () => {
  it('returns the key-figure dataset then the denominator, and nothing for areas without data', () => {
    const snapshot = loadSnapshot();
    expect(sourcesFor(snapshot, 'dagtilbud').map((d) => d.id)).toEqual(['regk31.52514.indl.2024', 'folk1a.population.2020K1']);
    expect(sourcesFor(snapshot, 'dagtilbud')[0].attribution).toBe('Kilde: Danmarks Statistik, statistikbanken.dk/REGK31');
    expect(sourcesFor(snapshot, 'administration')).toEqual([]);
    expect(sourcesFor(snapshot, 'unknown')).toEqual([]);
    expect(sourcesFor(small, 'sfo').map((d) => d.table)).toEqual(['REGK31', 'FOLK1A']);
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
