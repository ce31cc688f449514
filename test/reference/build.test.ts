// The generator run on the real shared DST files. Skipped (visibly) where they are not present.
// In a git worktree the shared folder is not a sibling of the repository: set
// PEJLEMAERKE_REFERENCE_DATA to its path.
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { buildBundle, type SnapshotSourceTexts } from '../../src/reference/build/bundle';
import { readSnapshotSources } from '../../src/reference/build/files';
import { nearestToThirdQuarter } from '../../src/reference/build/multiYear';
import { formatSnapshotFiles } from '../../src/reference/build/serialize';
import { summariseBundle } from '../../src/reference/build/summary';
import { decodeSnapshot } from '../../src/reference/snapshotFormat';
import type { ReferenceBundle } from '../../src/reference/types';

const SOURCE_DIR = [process.env.PEJLEMAERKE_REFERENCE_DATA, resolve(__dirname, '../../../shared/reference-data')]
  .find((dir): dir is string => dir !== undefined && existsSync(dir)) ?? resolve(__dirname, '../../../shared/reference-data');
const SNAPSHOT_DIR = resolve(__dirname, '../../src/reference/snapshot');
const haveSources = existsSync(SOURCE_DIR);
const describeWithSources = haveSources ? describe : describe.skip;
if (!haveSources) console.warn(`Skipping snapshot generator tests: ${SOURCE_DIR} not found (set PEJLEMAERKE_REFERENCE_DATA)`);

const BUILT_AT = '2025-01-02T03:04:05Z';

describe('nearestToThirdQuarter', () => {
  it('takes the period nearest 1 July of the year, the later one on a tie', () => {
    const periods = ['2020K1', '2021M10', '2022M07', '2024M04'];
    expect(nearestToThirdQuarter('2016', periods)).toBe('2020K1');
    expect(nearestToThirdQuarter('2020', periods)).toBe('2020K1');
    expect(nearestToThirdQuarter('2021', periods)).toBe('2021M10');
    expect(nearestToThirdQuarter('2022', periods)).toBe('2022M07');
    expect(nearestToThirdQuarter('2023', periods)).toBe('2024M04'); // 9 months on beats 12 back
    expect(nearestToThirdQuarter('2023', ['2023M04', '2023M10'])).toBe('2023M10');
  });
});

describeWithSources('snapshot generator on the shared DST files', () => {
  let texts: SnapshotSourceTexts;
  let bundle: ReferenceBundle;
  beforeAll(() => {
    texts = readSnapshotSources(SOURCE_DIR).texts;
    bundle = buildBundle(texts, { builtAt: BUILT_AT });
  });
  const dataset = (id: string) => {
    const found = bundle.datasets.find((d) => d.id === id);
    if (!found) throw new Error(`no dataset ${id}`);
    return found;
  };

  it('holds the 98 municipalities in code order with 5 regions and groups 1–5', () => {
    expect(bundle.municipalities).toHaveLength(98);
    const codes = bundle.municipalities.map((m) => m.code);
    expect(codes[0]).toBe('101');
    expect(codes[97]).toBe('860');
    expect(codes).toEqual([...codes].sort());
    expect(codes).not.toContain('411');
    const count = (key: (m: ReferenceBundle['municipalities'][number]) => string) =>
      Object.fromEntries([...new Set(bundle.municipalities.map(key))].sort().map((k) => [k, bundle.municipalities.filter((m) => key(m) === k).length]));
    expect(count((m) => m.regionCode)).toEqual({ '081': 11, '082': 19, '083': 22, '084': 29, '085': 17 });
    expect(count((m) => m.groupCode)).toEqual({ '1': 24, '2': 3, '3': 16, '4': 24, '5': 31 });
    expect(bundle.municipalities.find((m) => m.code === '751')).toMatchObject({
      name: 'Aarhus', regionCode: '082', regionName: 'Region Midtjylland', groupCode: '2', groupName: 'Storbykommuner',
    });
  });

  it('carries all 25 REGK31 functions for 2016–2024 as published, with provenance on each', () => {
    const functions = [...new Set(bundle.datasets.filter((d) => d.role === 'keyFigure').map((d) => d.functionCode))];
    expect(functions).toHaveLength(25);
    expect(bundle.datasets.filter((d) => d.role === 'keyFigure')).toHaveLength(25 * 9);
    const schools = dataset('regk31.32201.indl.2024');
    expect([schools.values['101'], schools.values['147'], schools.values['000']]).toEqual([5125, 4862, 6935]);
    expect(Object.keys(schools.values)).toHaveLength(99);
    expect(schools).toMatchObject({
      table: 'REGK31', period: '2024', priceBasis: 'løbende priser', origin: 'snapshot', fetchedAt: BUILT_AT,
      unit: { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' }, measure: 'perInhabitant', role: 'keyFigure', functionCode: '3.22.01', year: '2024',
      attribution: 'Kilde: Danmarks Statistik, statistikbanken.dk/REGK31',
    });
    expect(schools.flags).toContain('snapshot – verify against live REGK31');
    expect(schools.provenance).toContain('marieleth/marieleth--hvad-bruger-din-kommune-pengene-paa');
    expect(schools.provenance).toContain('18c5cc1');
    expect(schools.query).toEqual({
      OMRÅDE: ['000', ...bundle.municipalities.map((m) => m.code)], FUNKTION: ['32201'], ART: ['TOT'], PRISENHED: ['INDL'], Tid: ['2024'],
    });
    for (const ds of bundle.datasets) expect([ds.id, ds.attribution.startsWith('Kilde: Danmarks Statistik'), ds.provenance.length > 40]).toEqual([ds.id, true, true]);
  });

  it('keeps real zeros and negatives, and turns the 2018 structural zeros into "not reported"', () => {
    expect(dataset('regk31.52514.indl.2024').values['741']).toBe(0); // Samsø, day care booked elsewhere
    expect(dataset('regk31.52514.indl.2016').values['741']).toBe(55);
    expect(dataset('regk31.22811.indl.2024').values['813']).toBe(-58); // Frederikshavn, roads
    expect(dataset('regk31.53028.indl.2024').values['370']).toBe(0); // Næstved, home nursing
    for (const code of ['53026', '53027', '53028']) {
      for (const year of ['2016', '2017']) {
        const ds = dataset(`regk31.${code}.indl.${year}`);
        expect([ds.id, ds.notReported, Object.values(ds.values).every((v) => v === null)]).toEqual([ds.id, true, true]);
        expect(ds.flags.some((f) => f.startsWith('ikke indberettet'))).toBe(true);
      }
      expect(dataset(`regk31.${code}.indl.2018`).notReported).toBeUndefined();
    }
    expect(bundle.datasets.filter((d) => d.notReported)).toHaveLength(6);
  });

  it('weights each year with the population nearest its Q3 that the data have, and says which', () => {
    const periods = Object.fromEntries(bundle.datasets.filter((d) => d.role === 'weight').map((d) => [d.year, [d.table, d.period]]));
    expect(periods).toEqual({
      2016: ['FOLK1A', '2020K1'], 2017: ['FOLK1A', '2020K1'], 2018: ['FOLK1A', '2020K1'], 2019: ['FOLK1A', '2020K1'], 2020: ['FOLK1A', '2020K1'],
      2021: ['FOLK1AM', '2021M10'], 2022: ['FOLK1AM', '2022M07'], 2023: ['FOLK1AM', '2023M07'], 2024: ['FOLK1AM', '2024M04'],
    });
    const w2024 = dataset('population.2024');
    expect(w2024.title.da).toBe('Folketal 2024M04, vægt for regnskabsår 2024 (nærmeste periode på 1. juli 2024 i data)');
    expect(dataset('population.2022').title.da).toBe('Folketal 2022M07, vægt for regnskabsår 2022');
    expect(w2024.values['000']).toBe(5967824); // Christiansø included
    expect(dataset('population.2016').values['101']).toBe(632340);
    expect(w2024.attribution).toBe('Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1AM');
  });

  it('gives every municipality its framework conditions: newest population, ln of it, the socio-economic index', () => {
    const kbh = bundle.municipalities.find((m) => m.code === '101')!.structural;
    expect(kbh.population).toBe(bundle.datasets.find((d) => d.id === 'population.2024')?.values['101']);
    expect(kbh.lnPopulation).toBeCloseTo(Math.log(kbh.population), 6);
    expect(kbh.socioIndex).toBe(1.04);
    expect(bundle.municipalities.find((m) => m.code === '492')!.structural.socioIndex).toBe(0.99); // Ærø 2024
    const socio = bundle.structuralVariables.find((v) => v.id === 'socioIndex');
    expect(socio).toMatchObject({ period: '2024', source: 'noegletal.dk', attribution: 'Kilde: noegletal.dk (Indenrigs- og Sundhedsministeriet), nøgletallet Socioøkonomisk indeks' });
    expect(socio?.note?.da).toContain('2021');
    expect(socio?.note?.da).toContain('Ærø 1,36 → 0,96');
    expect(bundle.structuralVariables.map((v) => [v.id, v.kind])).toEqual([
      ['population', 'numeric'], ['lnPopulation', 'numeric'], ['socioIndex', 'numeric'], ['kommunegruppe', 'category'], ['region', 'category'],
    ]);
    expect(bundle.attribution).toContain('egne beregninger på grundlag af data fra Danmarks Statistik');
    expect(bundle.attribution).toContain('noegletal.dk');
  });

  it('fails loudly when KOMGRP and the municipality list disagree on a group', () => {
    const moved = texts.municipalities.replace('101,København,084,Region Hovedstaden,1,Hovedstadskommuner', '101,København,084,Region Hovedstaden,2,Storbykommuner');
    expect(moved).not.toBe(texts.municipalities);
    expect(() => buildBundle({ ...texts, municipalities: moved }, { builtAt: BUILT_AT })).toThrow(/101 København: group 2 Storbykommuner vs KOMGRP 1 Hovedstadskommuner/);
  });

  it('fails loudly on a name that matches no area, a missing value, a non-number or a region row', () => {
    const regk = texts.regk31.replace('2024,3.22.01,Folkeskoler,Dragør,', '2024,3.22.01,Folkeskoler,Dragoer,');
    expect(regk).not.toBe(texts.regk31);
    expect(() => buildBundle({ ...texts, regk31: regk }, { builtAt: BUILT_AT })).toThrow(/"Dragoer" matches no municipality/);
    const withoutOne = texts.regk31.split('\n').filter((l) => !l.startsWith('2024,3.22.05,Skolefritidsordninger,Fanø,')).join('\n');
    expect(() => buildBundle({ ...texts, regk31: withoutOne }, { builtAt: BUILT_AT })).toThrow('REGK31 3.22.05 2024 has no value for OMRÅDE 563');
    const notNumber = texts.regk31.replace('2024,3.22.01,Folkeskoler,Frederiksberg,4862', '2024,3.22.01,Folkeskoler,Frederiksberg,48x2');
    expect(() => buildBundle({ ...texts, regk31: notNumber }, { builtAt: BUILT_AT })).toThrow('"48x2" is not a number');
    const region = texts.regk31.replace('2024,3.22.01,Folkeskoler,Hele landet,6935', '2024,3.22.01,Folkeskoler,Region Hovedstaden,6935');
    expect(() => buildBundle({ ...texts, regk31: region }, { builtAt: BUILT_AT })).toThrow(/not a municipality or Hele landet/);
  });

  it('fails loudly when a month’s municipalities do not add up to Hele landet, or an index is missing', () => {
    const off = texts.folk1am.replace(/^København,kommune,2024M04,(\d+)$/m, (_, n: string) => `København,kommune,2024M04,${Number(n) + 1}`);
    expect(off).not.toBe(texts.folk1am);
    expect(() => buildBundle({ ...texts, folk1am: off }, { builtAt: BUILT_AT })).toThrow(/2024M04 municipalities and Christiansø sum to/);
    const noSamsoe = texts.socioIndex.split('\n').filter((l) => !l.startsWith('741,')).join('\n');
    expect(() => buildBundle({ ...texts, socioIndex: noSamsoe }, { builtAt: BUILT_AT })).toThrow('no index for 741');
  });

  it('fails loudly when FOLK1A disagrees with the municipality list population', () => {
    const folk = texts.folk1a.replace('I alt;København;2020K1;632340', 'I alt;København;2020K1;632341');
    expect(() => buildBundle({ ...texts, folk1a: folk }, { builtAt: BUILT_AT })).toThrow(/632341 differs from folketal_2020K1 632340/);
  });

  it('is deterministic and round-trips through the two snapshot files', () => {
    const again = buildBundle(readSnapshotSources(SOURCE_DIR).texts, { builtAt: BUILT_AT });
    const files = formatSnapshotFiles(bundle);
    expect(formatSnapshotFiles(again)).toEqual(files);
    expect(decodeSnapshot(JSON.parse(files.registry), JSON.parse(files.series))).toEqual(bundle);
  });

  it('matches the committed snapshot exactly, so the committed files cannot drift from their sources', () => {
    const registry = readFileSync(resolve(SNAPSHOT_DIR, 'registry.json'), 'utf8');
    const series = readFileSync(resolve(SNAPSHOT_DIR, 'series.json'), 'utf8');
    const fresh = formatSnapshotFiles(buildBundle(texts, { builtAt: (JSON.parse(registry) as { builtAt: string }).builtAt }));
    expect(registry).toBe(fresh.registry);
    expect(series).toBe(fresh.series);
  });

  it('prints a summary with the years, the series breaks and the weights', () => {
    const text = summariseBundle(bundle).join('\n');
    expect(text).toContain('98 municipalities');
    expect(text).toContain('REGK31 3.22.01: 2016–2024; 2024 Hele landet 6935, min 4778, max 10147');
    expect(text).toContain('REGK31 5.30.27: 2016–2024, not reported 2016, 2017;');
    expect(text).toContain('weights 2024: FOLK1AM 2024M04');
  });
});
