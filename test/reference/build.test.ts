// The generator run on the real shared DST files. Skipped (visibly) where they are not present.
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { buildBundle, type SnapshotSourceTexts } from '../../src/reference/build/bundle';
import { readSnapshotSources } from '../../src/reference/build/files';
import { formatBundleJson } from '../../src/reference/build/serialize';
import { summariseBundle } from '../../src/reference/build/summary';
import type { ReferenceBundle } from '../../src/reference/types';

const SOURCE_DIR = resolve(__dirname, '../../../shared/reference-data');
const SNAPSHOT_FILE = resolve(__dirname, '../../src/reference/snapshot/snapshot.json');
const haveSources = existsSync(SOURCE_DIR);
const describeWithSources = haveSources ? describe : describe.skip;
if (!haveSources) console.warn(`Skipping snapshot generator tests: ${SOURCE_DIR} not found`);

const BUILT_AT = '2025-01-02T03:04:05Z';

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

  it('carries REGK31 3.22.01 as published: København 5125, Frederiksberg 4862, Hele landet 6935', () => {
    const schools = dataset('regk31.32201.indl.2024');
    expect(schools.values['101']).toBe(5125);
    expect(schools.values['147']).toBe(4862);
    expect(schools.values['000']).toBe(6935);
    expect(Object.keys(schools.values)).toHaveLength(99);
    expect(schools).toMatchObject({
      table: 'REGK31', period: '2024', priceBasis: 'løbende priser', origin: 'snapshot', fetchedAt: BUILT_AT,
      unit: { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' },
      attribution: 'Kilde: Danmarks Statistik, statistikbanken.dk/REGK31',
    });
    expect(schools.flags).toContain('snapshot – verify against live REGK31');
    expect(schools.provenance).toContain('marieleth/marieleth--hvad-bruger-din-kommune-pengene-paa');
    expect(schools.provenance).toContain('18c5cc1');
    expect(schools.query).toEqual({
      OMRÅDE: ['000', ...bundle.municipalities.map((m) => m.code)],
      FUNKTION: ['32201'], ART: ['TOT'], PRISENHED: ['INDL'], Tid: ['2024'],
    });
  });

  it('has one dataset per function with 98 values plus Hele landet, and the real zeros kept', () => {
    const ids = bundle.datasets.map((d) => d.id);
    expect(ids).toEqual([
      'regk31.32201.indl.2024', 'regk31.32205.indl.2024', 'regk31.52514.indl.2024',
      'regk31.53027.indl.2024', 'regk31.53028.indl.2024', 'folk1a.population.2020K1',
    ]);
    for (const ds of bundle.datasets) {
      expect(Object.keys(ds.values)).toHaveLength(99);
      expect(Object.values(ds.values).every((v) => typeof v === 'number' && Number.isFinite(v))).toBe(true);
    }
    expect(dataset('regk31.52514.indl.2024').values['741']).toBe(0); // Samsø, day care booked elsewhere
    expect(dataset('regk31.53027.indl.2024').values['825']).toBe(12978); // Læsø
    expect(dataset('regk31.53028.indl.2024').values['000']).toBe(1224);
  });

  it('derives the FOLK1A population and civil-status shares (worked by hand from the file)', () => {
    const population = dataset('folk1a.population.2020K1');
    expect(population.period).toBe('2020K1');
    expect(population.values['000']).toBe(5822763); // includes Christiansø's 84
    expect(population.values['101']).toBe(632340);
    expect(population.query).toMatchObject({ CIVILSTAND: ['TOT'], Tid: ['2020K1'] });
    expect(population.attribution).toBe('Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1A');

    const kbh = bundle.municipalities.find((m) => m.code === '101')!.structural;
    expect(kbh.population).toBe(632340);
    expect(kbh.lnPopulation).toBeCloseTo(13.357183, 6);
    expect(kbh.shareUnmarried).toBeCloseTo(412512 / 632340, 6);
    expect(kbh.shareMarried).toBeCloseTo(150458 / 632340, 6);
    expect(kbh.shareWidowed).toBeCloseTo(14630 / 632340, 6);
    expect(kbh.shareDivorced).toBeCloseTo(54740 / 632340, 6);
    const laesoe = bundle.municipalities.find((m) => m.code === '825')!.structural;
    expect(laesoe.shareWidowed).toBe(0.107503); // 192 / 1786 rounded to six decimals

    expect(bundle.structuralVariables.map((v) => v.id)).toEqual([
      'population', 'lnPopulation', 'shareUnmarried', 'shareMarried', 'shareWidowed', 'shareDivorced',
    ]);
    expect(bundle.structuralVariables.every((v) => v.period === '2020K1' && v.source === 'FOLK1A')).toBe(true);
    expect(bundle.attribution).toContain('egne beregninger på grundlag af data fra Danmarks Statistik');
  });

  it('fails loudly when KOMGRP and the municipality list disagree on a group', () => {
    const moved = texts.municipalities.replace('101,København,084,Region Hovedstaden,1,Hovedstadskommuner', '101,København,084,Region Hovedstaden,2,Storbykommuner');
    expect(moved).not.toBe(texts.municipalities);
    expect(() => buildBundle({ ...texts, municipalities: moved }, { builtAt: BUILT_AT })).toThrow(/101 København: group 2 Storbykommuner vs KOMGRP 1 Hovedstadskommuner/);
  });

  it('fails loudly on a FOLK1A or REGK31 name that matches no area', () => {
    const folk = texts.folk1a.replace('I alt;Frederiksberg;', 'I alt;Frederiksbjerg;');
    expect(() => buildBundle({ ...texts, folk1a: folk }, { builtAt: BUILT_AT })).toThrow(/"Frederiksbjerg" matches no municipality/);
    const regk = texts.regk31.replace('"3.22.01 Folkeskoler","Dragør"', '"3.22.01 Folkeskoler","Dragoer"');
    expect(() => buildBundle({ ...texts, regk31: regk }, { builtAt: BUILT_AT })).toThrow(/"Dragoer" matches no municipality/);
  });

  it('fails loudly on a missing REGK31 value, a non-number or a region row', () => {
    const lines = texts.regk31.split('\n');
    const withoutOne = lines.filter((l) => !l.includes('"3.22.05 Skolefritidsordninger","Fanø"')).join('\n');
    expect(() => buildBundle({ ...texts, regk31: withoutOne }, { builtAt: BUILT_AT })).toThrow('REGK31 3.22.05 has no value for OMRÅDE 563');
    const notNumber = texts.regk31.replace('"Frederiksberg",4862', '"Frederiksberg",48x2');
    expect(() => buildBundle({ ...texts, regk31: notNumber }, { builtAt: BUILT_AT })).toThrow('"48x2" is not a number');
    const extraField = texts.regk31.replace('"Frederiksberg",4862', '"Frederiksberg",4.862,5');
    expect(() => buildBundle({ ...texts, regk31: extraField }, { builtAt: BUILT_AT })).toThrow(/expected 5 fields/);
    const region = texts.regk31.replace('"Hele landet",6935', '"Region Hovedstaden",6935');
    expect(() => buildBundle({ ...texts, regk31: region }, { builtAt: BUILT_AT })).toThrow(/not a municipality or Hele landet/);
  });

  it('fails loudly when FOLK1A disagrees with the municipality list population', () => {
    const folk = texts.folk1a.replace('I alt;København;2020K1;632340', 'I alt;København;2020K1;632341');
    expect(() => buildBundle({ ...texts, folk1a: folk }, { builtAt: BUILT_AT })).toThrow(/632341 differs from folketal_2020K1 632340/);
  });

  it('is deterministic: the same inputs give byte-identical JSON', () => {
    const again = buildBundle(readSnapshotSources(SOURCE_DIR).texts, { builtAt: BUILT_AT });
    expect(formatBundleJson(again)).toBe(formatBundleJson(bundle));
    expect(JSON.parse(formatBundleJson(bundle))).toEqual(bundle);
  });

  it('matches the committed snapshot exactly, so the committed file cannot drift from its sources', () => {
    const committedText = readFileSync(SNAPSHOT_FILE, 'utf8');
    const committed = JSON.parse(committedText) as ReferenceBundle;
    const fresh = buildBundle(texts, { builtAt: committed.builtAt });
    expect(committedText).toBe(formatBundleJson(fresh));
  });

  it('prints a summary with the counts and national figures', () => {
    const text = summariseBundle(bundle).join('\n');
    expect(text).toContain('98 municipalities');
    expect(text).toContain('regk31.32201.indl.2024: 98 values, Hele landet 6935, min 4778, max 10147');
  });
});
