// Turns the shared reference files (as text) into our own ReferenceBundle. Pure: the caller
// reads the files and decides builtAt, so the same inputs always give the same bundle.
import type { Municipality, StructuralVariable } from '../../core/types';
import type { Dataset, ReferenceBundle } from '../types';
import { AreaNameIndex, NATIONAL_CODE } from './names';
import {
  crossCheckGroups, readFolk1a, readKommunegrupper, readMunicipalities, readRegk31,
  type CivilStatusCounts, type MunicipalityRow, type Regk31Function,
} from './sources';
import {
  PROVENANCE, REGK31_ENGLISH_TITLES, REGK31_PERIOD, SNAPSHOT_FLAG_FOLK1A, SNAPSHOT_FLAG_REGK31,
  attributionFor, type SourceKey,
} from './provenance';

export type SnapshotSourceTexts = Record<SourceKey, string>;

export interface BuildOptions {
  /** ISO 8601 time recorded as the snapshot's build and fetch time. */
  builtAt: string;
}

export const POPULATION_DATASET_PREFIX = 'folk1a.population.';
export const EXPECTED_MUNICIPALITIES = 98;

const TOTAL = 'I alt';
/** FOLK1A CIVILSTAND texts and the structural variable each becomes. */
const CIVIL_STATUS_SHARES: readonly { status: string; id: string; da: string; en: string }[] = [
  { status: 'Ugift', id: 'shareUnmarried', da: 'Andel ugifte', en: 'Share never married' },
  { status: 'Gift/separeret', id: 'shareMarried', da: 'Andel gifte/separerede', en: 'Share married/separated' },
  { status: 'Enke/enkemand', id: 'shareWidowed', da: 'Andel enker/enkemænd', en: 'Share widowed' },
  { status: 'Fraskilt', id: 'shareDivorced', da: 'Andel fraskilte', en: 'Share divorced' },
];

export function buildBundle(texts: SnapshotSourceTexts, options: BuildOptions): ReferenceBundle {
  const rows = readMunicipalities(texts.municipalities);
  crossCheckGroups(rows, readKommunegrupper(texts.kommunegrupper));
  const names = new AreaNameIndex(rows, uniqueRegions(rows));
  const folk1a = readFolk1a(texts.folk1a, names);
  const regk31 = readRegk31(texts.regk31, names).sort((a, b) => a.code.localeCompare(b.code));
  const codes = rows.map((r) => r.code).sort();

  const municipalities = [...rows]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((row) => toMunicipality(row, folk1a.municipalities.get(row.code)));
  const bundle: ReferenceBundle = {
    format: 1,
    builtAt: options.builtAt,
    origin: 'snapshot',
    municipalities,
    structuralVariables: structuralVariables(folk1a.period),
    datasets: [
      ...regk31.map((fn) => regk31Dataset(fn, codes, options.builtAt)),
      populationDataset(folk1a.period, folk1a.national, municipalities, options.builtAt),
    ],
    attribution: attributionFor(['REGK31', 'FOLK1A'], true),
  };
  validateSnapshotContent(bundle);
  return bundle;
}

function uniqueRegions(rows: readonly MunicipalityRow[]): { code: string; name: string }[] {
  const regions = new Map<string, string>();
  for (const r of rows) {
    const known = regions.get(r.regionCode);
    if (known !== undefined && known !== r.regionName) {
      throw new Error(`Region ${r.regionCode} is named both "${known}" and "${r.regionName}"`);
    }
    regions.set(r.regionCode, r.regionName);
  }
  return [...regions].map(([code, name]) => ({ code, name }));
}

function toMunicipality(row: MunicipalityRow, counts: CivilStatusCounts | undefined): Municipality {
  if (!counts) throw new Error(`FOLK1A has no rows for ${row.code} ${row.name}`);
  const total = countOf(counts, TOTAL, row);
  if (total !== row.population) {
    throw new Error(`${row.code} ${row.name}: FOLK1A total ${total} differs from folketal_2020K1 ${row.population}`);
  }
  const parts = CIVIL_STATUS_SHARES.map((s) => countOf(counts, s.status, row));
  if (parts.reduce((sum, n) => sum + n, 0) !== total) {
    throw new Error(`${row.code} ${row.name}: FOLK1A civil statuses do not add up to ${total}`);
  }
  const structural: Record<string, number> = { population: total, lnPopulation: round6(Math.log(total)) };
  CIVIL_STATUS_SHARES.forEach((s, i) => {
    structural[s.id] = round6(parts[i] / total);
  });
  return {
    code: row.code,
    name: row.name,
    regionCode: row.regionCode,
    regionName: row.regionName,
    groupCode: row.groupCode,
    groupName: row.groupName,
    structural,
  };
}

function countOf(counts: CivilStatusCounts, status: string, row: MunicipalityRow): number {
  const n = counts[status];
  if (n === undefined) throw new Error(`FOLK1A has no "${status}" row for ${row.code} ${row.name}`);
  return n;
}

/** Six decimals keep the JSON readable; far finer than any similarity calculation can use. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function structuralVariables(period: string): StructuralVariable[] {
  return [
    { id: 'population', name: { da: 'Folketal', en: 'Population' }, period, source: 'FOLK1A' },
    { id: 'lnPopulation', name: { da: 'ln(folketal)', en: 'ln(population)' }, period, source: 'FOLK1A' },
    ...CIVIL_STATUS_SHARES.map((s) => ({ id: s.id, name: { da: s.da, en: s.en }, period, source: 'FOLK1A' })),
  ];
}

function regk31Dataset(fn: Regk31Function, codes: readonly string[], builtAt: string): Dataset {
  const english = REGK31_ENGLISH_TITLES[fn.code];
  if (!english) throw new Error(`REGK31 function ${fn.code} ${fn.title} has no English title; add it to provenance.ts`);
  const compact = fn.code.replace(/\./g, '');
  const omraade = [NATIONAL_CODE, ...codes];
  const values: Record<string, number | null> = {};
  for (const code of omraade) {
    const value = fn.values.get(code);
    if (value === undefined) throw new Error(`REGK31 ${fn.code} has no value for OMRÅDE ${code}`);
    values[code] = value;
  }
  if (fn.values.size !== omraade.length) throw new Error(`REGK31 ${fn.code} has values for unknown areas`);
  return {
    id: `regk31.${compact}.indl.${REGK31_PERIOD}`,
    table: 'REGK31',
    title: {
      da: `${fn.code} ${fn.title}, nettoudgifter pr. indbygger`,
      en: `${fn.code} ${english}, net expenditure per inhabitant`,
    },
    period: REGK31_PERIOD,
    priceBasis: 'løbende priser',
    unit: { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' },
    query: { OMRÅDE: omraade, FUNKTION: [compact], ART: ['TOT'], PRISENHED: ['INDL'], Tid: [REGK31_PERIOD] },
    origin: 'snapshot',
    fetchedAt: builtAt,
    provenance: PROVENANCE.regk31,
    flags: [SNAPSHOT_FLAG_REGK31],
    attribution: attributionFor(['REGK31'], false),
    values,
  };
}

function populationDataset(
  period: string, national: CivilStatusCounts, municipalities: readonly Municipality[], builtAt: string,
): Dataset {
  const nationalTotal = national[TOTAL];
  if (nationalTotal === undefined) throw new Error('FOLK1A has no "I alt" row for Hele landet');
  const values: Record<string, number | null> = { [NATIONAL_CODE]: nationalTotal };
  for (const m of municipalities) values[m.code] = m.structural.population;
  return {
    id: `${POPULATION_DATASET_PREFIX}${period}`,
    table: 'FOLK1A',
    title: { da: `Folketal 1. dag i kvartalet, ${period}`, en: `Population on the first day of the quarter, ${period}` },
    period,
    priceBasis: 'antal',
    unit: { da: 'personer', en: 'persons' },
    query: { OMRÅDE: Object.keys(values).sort(), CIVILSTAND: ['TOT'], Tid: [period] },
    origin: 'snapshot',
    fetchedAt: builtAt,
    provenance: `${PROVENANCE.folk1a} Hele landet omfatter Christiansø. Kommunegrupper: ${PROVENANCE.kommunegrupper}`,
    flags: [SNAPSHOT_FLAG_FOLK1A],
    attribution: attributionFor(['FOLK1A'], false),
    values,
  };
}

/** The promises the snapshot makes to its readers; any break stops the build. */
export function validateSnapshotContent(bundle: ReferenceBundle): void {
  const codes = bundle.municipalities.map((m) => m.code);
  if (codes.length !== EXPECTED_MUNICIPALITIES || new Set(codes).size !== EXPECTED_MUNICIPALITIES) {
    throw new Error(`Expected ${EXPECTED_MUNICIPALITIES} distinct municipalities, found ${new Set(codes).size}`);
  }
  const expectedKeys = [NATIONAL_CODE, ...codes].sort().join(',');
  for (const ds of bundle.datasets) {
    if (Object.keys(ds.values).sort().join(',') !== expectedKeys) {
      throw new Error(`Dataset ${ds.id} does not cover exactly Hele landet and the ${EXPECTED_MUNICIPALITIES} municipalities`);
    }
    for (const [code, value] of Object.entries(ds.values)) {
      if (value !== null && !Number.isFinite(value)) throw new Error(`Dataset ${ds.id}: value for ${code} is not a finite number`);
    }
  }
  for (const m of bundle.municipalities) {
    for (const [id, value] of Object.entries(m.structural)) {
      if (!Number.isFinite(value)) throw new Error(`${m.code} ${m.name}: structural variable ${id} is not finite`);
    }
  }
}
