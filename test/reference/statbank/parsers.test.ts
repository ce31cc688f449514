import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { cubeValue } from '../../../src/reference/statbank/cube';
import { parseStatbankCsv } from '../../../src/reference/statbank/csv';
import { StatbankError } from '../../../src/reference/statbank/errors';
import { parseJsonStat } from '../../../src/reference/statbank/jsonstat';
import { parseSubjects, parseTableInfo, parseTables } from '../../../src/reference/statbank/tableinfo';

const FIXTURES = path.join(__dirname, 'fixtures');
const read = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const json = (name: string): unknown => JSON.parse(read(name));

describe('JSON-stat 1 parser', () => {
  it('reads the 2×2×1×2 BEF5 answer in row-major order (last dimension fastest)', () => {
    const cube = parseJsonStat(json('statbank_jsonstat_BEF5_en_2x2x2.denstatbank-mock.json'), 'BEF5', 'en');
    expect(cube.dimensions.map((d) => d.id)).toEqual(['KØN', 'FODLAND', 'ContentsCode', 'Tid']);
    expect(cube.dimensions[0].codes).toEqual(['M', 'K']);
    expect(cube.dimensions[1].labels).toEqual(['Greenland', 'Finland']);
    expect(cube.updated).toBe('2020-02-11T07:00:00Z');
    expect(cube.source).toBe('Statistics Denmark');
    // value[ (k*2 + f)*2 + t ]: women (k=1), Finland (f=1), 2018 (t=0) is position 6 → 2766.
    expect(cubeValue(cube, { KØN: 'K', FODLAND: '5104', Tid: '2018' })).toBe(2766);
    expect(cubeValue(cube, { KØN: 'M', FODLAND: '5104', Tid: '2019' })).toBe(1263);
    expect(cubeValue(cube, { KØN: 'M', FODLAND: '5101', Tid: '2018' })).toBe(7016);
    expect(cubeValue(cube, { KØN: 'X', FODLAND: '5101', Tid: '2018' })).toBeUndefined();
  });

  it('reads the national FOLK1A total with its quarter label', () => {
    const cube = parseJsonStat(json('statbank_jsonstat_FOLK1A_en_nationaltotal_2020K1.denstatbank-mock.json'), 'FOLK1A', 'en');
    expect(cube.values).toEqual([5822763]);
    expect(cube.dimensions[1]).toMatchObject({ id: 'Tid', codes: ['2020K1'], labels: ['2020Q1'] });
    expect(cubeValue(cube, {})).toBe(5822763);
  });

  it('keeps null as missing, accepts the sparse value form and index lists', () => {
    const body = {
      dataset: {
        dimension: {
          A: { label: 'a', category: { index: ['x', 'y'] } },
          B: { label: 'b', category: { index: { p: 0, q: 1, r: 2 } } },
          id: ['A', 'B'], size: [2, 3],
        },
        value: [1, null, 3, 4, 5, null],
      },
    };
    const cube = parseJsonStat(body, 'T');
    expect(cubeValue(cube, { A: 'x', B: 'q' })).toBeNull();
    expect(cubeValue(cube, { A: 'y', B: 'p' })).toBe(4);
    const sparse = parseJsonStat({ dataset: { ...body.dataset, value: { 1: 7, 5: 9 } } }, 'T');
    expect(sparse.values).toEqual([null, 7, null, null, null, 9]);
  });

  it.each([
    ['no dataset', { foo: 1 }],
    ['value count differs from sizes', { dataset: { dimension: { A: { category: { index: { x: 0 } } }, id: ['A'], size: [1] }, value: [1, 2] } }],
    ['text value', { dataset: { dimension: { A: { category: { index: { x: 0 } } }, id: ['A'], size: [1] }, value: ['many'] } }],
    ['missing dimension', { dataset: { dimension: { id: ['A'], size: [1] }, value: [1] } }],
  ])('refuses %s with a SHAPE error', (_name, body) => {
    expect(() => parseJsonStat(body, 'T')).toThrow(StatbankError);
    try {
      parseJsonStat(body, 'T');
    } catch (e) {
      expect((e as StatbankError).code).toBe('SHAPE');
    }
  });
});

describe('CSV parser', () => {
  it('reads the real FOLK1A CSV answer: BOM stripped, CRLF, header names, 52 quarters', () => {
    const text = read('statbank_csv_FOLK1A_hele-landet_civilstand-TOT_2008K1-2020K4.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const cube = parseStatbankCsv(text, 'FOLK1A', { lang: 'da' });
    expect(cube.dimensions.map((d) => d.id)).toEqual(['OMRÅDE', 'CIVILSTAND', 'TID']);
    expect(cube.dimensions[2].codes).toHaveLength(52);
    expect(cubeValue(cube, { OMRÅDE: 'Hele landet', CIVILSTAND: 'I alt', Tid: '2008K1' })).toBe(5475791);
    expect(cubeValue(cube, { OMRÅDE: 'Hele landet', CIVILSTAND: 'I alt', TID: '2020K4' })).toBe(5837213);
  });

  it('reads the BULK excerpt with a decimal comma (lang=da)', () => {
    const cube = parseStatbankCsv(read('statbank_bulk_METROX1_da_first200chars.txt'), 'METROX1', { lang: 'da' });
    expect(cube.values).toEqual([37.7, 105.0, 95.2, 93.0, 63.0, 17.9]);
    expect(cube.dimensions[1].codes[0]).toBe('2020U01');
  });

  it('reads the constructed CSV data answer', () => {
    const cube = parseStatbankCsv(read('data_FOLK1A_CSV_2024K3_101-147.constructed.csv'), 'FOLK1A');
    expect(cubeValue(cube, { OMRÅDE: '147', KØN: 'TOT', ALDER: 'IALT', CIVILSTAND: 'TOT', Tid: '2024K3' })).toBe(20000);
  });

  it("treats '..', '.' and empty as missing (null, never 0), and absent rows as missing", () => {
    const text = 'A;B;INDHOLD\r\nx;1;..\r\nx;2;.\r\ny;1;\r\ny;2;0\r\nz;1;1.234,5\r\n';
    const cube = parseStatbankCsv(text, 'T', { lang: 'da' });
    expect(cube.values).toEqual([null, null, null, 0, 1234.5, null]);
  });

  it('reads a decimal point when the answer is English, and refuses a mixed form', () => {
    expect(parseStatbankCsv('A;INDHOLD\nx;37.7\ny;1,234.5\n', 'T', { lang: 'en' }).values).toEqual([37.7, 1234.5]);
    expect(() => parseStatbankCsv('A;INDHOLD\nx;37.7\n', 'T', { lang: 'da' })).toThrow(/37\.7/);
    expect(() => parseStatbankCsv('A;INDHOLD\nx;1;2\n', 'T')).toThrow(StatbankError);
  });
});

describe('metadata parsers', () => {
  it('reads the real METROX1 tableinfo', () => {
    const info = parseTableInfo(json('statbank_tableinfo_METROX1_en.json'), 'METROX1', 'en');
    expect(info).toMatchObject({ id: 'METROX1', unit: 'Index', updated: '2021-12-23T08:00:00', active: true });
    expect(info.footnote?.mandatory).toBe(false);
    expect(info.variables.map((v) => [v.id, v.time, v.elimination])).toEqual([['SÆSON', false, false], ['Tid', true, false]]);
    expect(info.variables[1].values[0]).toEqual({ id: '2020U01', text: '2020U01' });
    expect(info.variables[1].values).toHaveLength(96) // 2020U01, 2020U08–U53 (46), 2021U01–U49 (49);
  });

  it('reads the partial FOLK1A tableinfo and the constructed ones', () => {
    const folk = parseTableInfo(json('statbank_tableinfo_FOLK1A_en_partial.denstatbank-mock.json'), 'FOLK1A', 'en');
    expect(folk.footnote).toBeNull();
    expect(folk.variables[0].values.map((v) => v.id)).toEqual(['TOT', '1', '2']);
    const regk = parseTableInfo(json('tableinfo_REGK31_da.constructed.json'), 'REGK31');
    expect(regk.variables.map((v) => v.id)).toEqual(['OMRÅDE', 'FUNKTION', 'DRANST', 'ART', 'PRISENHED', 'Tid']);
    const folkDa = parseTableInfo(json('tableinfo_FOLK1A_da.constructed.json'), 'FOLK1A');
    expect(folkDa.variables[2].values).toHaveLength(127);
  });

  it('refuses tableinfo without variables', () => {
    expect(() => parseTableInfo({ id: 'X', updated: 'u' }, 'X')).toThrow(StatbankError);
  });

  it('reads subjects and tables', () => {
    const subjects = parseSubjects(json('statbank_subjects_2401_en.denstatbank-mock.json'));
    expect(subjects[0].subjects.map((s) => s.id)).toEqual(['10021', '10022']);
    const tables = parseTables(json('statbank_tables_en_partial.denstatbank-mock.json'));
    expect(tables.map((t) => [t.id, t.latestPeriod, t.variables.length])).toEqual([['FOLK1A', '2020Q1', 5], ['FOLK1B', '2020Q1', 5]]);
  });

  it('parses every fixture file without error', () => {
    for (const name of readdirSync(FIXTURES)) {
      if (name.startsWith('statbank_error_') || name === 'routes.constructed.json' || name === 'README.md') continue;
      const text = read(name);
      if (name.includes('jsonstat') || name.startsWith('data_') && name.endsWith('.json')) expect(() => parseJsonStat(JSON.parse(text), 'X')).not.toThrow();
      else if (name.includes('tableinfo')) expect(() => parseTableInfo(JSON.parse(text), 'X')).not.toThrow();
      else if (name.includes('subjects')) expect(() => parseSubjects(JSON.parse(text))).not.toThrow();
      else if (name.includes('tables')) expect(() => parseTables(JSON.parse(text))).not.toThrow();
      else expect(() => parseStatbankCsv(text, 'X', { lang: 'da' })).not.toThrow();
    }
  });
});
