// Turns the shared reference files (as text) into our own ReferenceBundle. Pure: the caller
// reads the files and decides builtAt, so the same inputs always give the same bundle.
//
// What it holds: REGK31 per inhabitant for every function and accounting year the source has; per
// year the population nearest the first day of its Q3 that the data have (FOLK1AM by month, the
// 2020K1 FOLK1A count only where nothing newer is nearer); and per municipality its framework
// conditions: population, ln(population), the socio-economic index, kommunegruppe and region.
import type { Municipality, StructuralVariable } from '../../core/types';
import { functionKeyFigureDataset, weightDataset } from '../datasets';
import type { Dataset, ReferenceBundle } from '../types';
import { monthIndex, nearestToThirdQuarter, readFolk1am, readRegk31Years, readSocioIndex, type MonthlyPopulation, type Regk31Series } from './multiYear';
import { AreaNameIndex, NATIONAL_CODE } from './names';
import {
  crossCheckGroups, readFolk1a, readKommunegrupper, readMunicipalities, type CivilStatusCounts, type MunicipalityRow,
} from './sources';
import {
  attributionFor, NOEGLETAL_ATTRIBUTION, NOT_REPORTED_FLAG, PROVENANCE, REGK31_ENGLISH_TITLES, SNAPSHOT_FLAG_FOLK1A,
  SNAPSHOT_FLAG_FOLK1AM, SNAPSHOT_FLAG_REGK31, type SourceKey,
} from './provenance';

export type SnapshotSourceTexts = Record<SourceKey, string>;

export interface BuildOptions {
  /** ISO 8601 time recorded as the snapshot's build and fetch time. */
  builtAt: string;
}

export const EXPECTED_MUNICIPALITIES = 98;
const TOTAL = 'I alt';

export function buildBundle(texts: SnapshotSourceTexts, options: BuildOptions): ReferenceBundle {
  const rows = readMunicipalities(texts.municipalities);
  crossCheckGroups(rows, readKommunegrupper(texts.kommunegrupper));
  const names = new AreaNameIndex(rows, uniqueRegions(rows));
  const folk1a = readFolk1a(texts.folk1a, names);
  const folk1am = readFolk1am(texts.folk1am, names);
  const regk31 = readRegk31Years(texts.regk31, names);
  const codes = rows.map((r) => r.code).sort();
  const socio = readSocioIndex(texts.socioIndex, new Set(codes));
  const newestMonth = folk1am.months[folk1am.months.length - 1];
  const newestSocioYear = socio.years[socio.years.length - 1];

  const populations = populationPeriods(folk1a.period, folk1a.national, rows, folk1am);
  const municipalities = [...rows]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((row) => {
      checkFolk1aTotal(row, folk1a.municipalities.get(row.code));
      const population = folk1am.municipalities.get(row.code)?.get(newestMonth);
      const index = socio.values.get(row.code)?.get(newestSocioYear);
      if (population === undefined || index === undefined) throw new Error(`${row.code} ${row.name}: no FOLK1AM ${newestMonth} or socio-economic index`);
      return toMunicipality(row, population, index);
    });
  const years = [...new Set(regk31.flatMap((fn) => [...fn.years.keys()]))].sort();
  const bundle: ReferenceBundle = {
    format: 1,
    builtAt: options.builtAt,
    origin: 'snapshot',
    municipalities,
    structuralVariables: structuralVariables(newestMonth, newestSocioYear, socio.years),
    datasets: [
      ...regk31.flatMap((fn) => years.map((year) => regk31Dataset(fn, year, codes, options.builtAt))),
      ...years.map((year) => yearWeights(year, populations, options.builtAt)),
    ],
    attribution: `${attributionFor(['REGK31', 'FOLK1AM', 'FOLK1A'], true)}. ${NOEGLETAL_ATTRIBUTION}`,
  };
  validateSnapshotContent(bundle);
  return bundle;
}

function uniqueRegions(rows: readonly MunicipalityRow[]): { code: string; name: string }[] {
  const regions = new Map<string, string>();
  for (const r of rows) {
    const known = regions.get(r.regionCode);
    if (known !== undefined && known !== r.regionName) throw new Error(`Region ${r.regionCode} is named both "${known}" and "${r.regionName}"`);
    regions.set(r.regionCode, r.regionName);
  }
  return [...regions].map(([code, name]) => ({ code, name }));
}

function checkFolk1aTotal(row: MunicipalityRow, counts: CivilStatusCounts | undefined): void {
  const total = counts?.[TOTAL];
  if (total !== row.population) throw new Error(`${row.code} ${row.name}: FOLK1A total ${total} differs from folketal_2020K1 ${row.population}`);
}

function toMunicipality(row: MunicipalityRow, population: number, socioIndex: number): Municipality {
  return {
    code: row.code,
    name: row.name,
    regionCode: row.regionCode,
    regionName: row.regionName,
    groupCode: row.groupCode,
    groupName: row.groupName,
    structural: { population, lnPopulation: round6(Math.log(population)), socioIndex },
  };
}

/** Six decimals keep the JSON readable; far finer than any similarity calculation can use. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function structuralVariables(month: string, socioYear: string, socioYears: readonly string[]): StructuralVariable[] {
  const dst = 'Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1AM';
  return [
    { id: 'population', name: { da: 'Folketal', en: 'Population' }, period: month, source: 'FOLK1AM', kind: 'numeric', attribution: dst, provenance: PROVENANCE.folk1am },
    { id: 'lnPopulation', name: { da: 'ln(folketal)', en: 'ln(population)' }, period: month, source: 'FOLK1AM', kind: 'numeric', attribution: dst, provenance: PROVENANCE.folk1am },
    {
      id: 'socioIndex', name: { da: 'Socioøkonomisk indeks', en: 'Socio-economic index' }, period: socioYear, source: 'noegletal.dk',
      kind: 'numeric', attribution: NOEGLETAL_ATTRIBUTION, provenance: PROVENANCE.socioIndex,
      note: {
        da: `Udligningssystemets eget mål for udgiftsbehov (landsgennemsnit = 1); findes ${socioYears[0]}–${socioYears[socioYears.length - 1]}. Brud i serien: kriterierne blev ændret med udligningsreformen 2021, så ${socioYears[0]} og 2021 og frem er ikke én serie (fx Ærø 1,36 → 0,96). Det fremgår ikke af udtrækket, om en kolonne er udligningsåret.`,
        en: `The equalisation system's own measure of expenditure need (national average = 1); available ${socioYears[0]}–${socioYears[socioYears.length - 1]}. Series break: the criteria changed with the 2021 equalisation reform, so ${socioYears[0]} and 2021 onwards are not one series (e.g. Ærø 1.36 → 0.96). The export does not say whether a column is the equalisation year.`,
      },
    },
    { id: 'kommunegruppe', name: { da: 'Kommunegruppe', en: 'Municipality group' }, period: 'KOMGRP', source: 'KOMGRP', kind: 'category', provenance: PROVENANCE.kommunegrupper },
    { id: 'region', name: { da: 'Region', en: 'Region' }, period: 'KOMGRP', source: 'KOMGRP', kind: 'category', provenance: PROVENANCE.kommunegrupper },
  ];
}

/** A function-year whose every value is 0 (Hele landet included) was not reported: a series break, not free service. */
function isStructuralZero(byArea: Map<string, number>): boolean {
  return [...byArea.values()].every((v) => v === 0);
}

function regk31Dataset(fn: Regk31Series, year: string, codes: readonly string[], builtAt: string): Dataset {
  const english = REGK31_ENGLISH_TITLES[fn.code];
  if (!english) throw new Error(`REGK31 function ${fn.code} ${fn.title} has no English title; add it to provenance.ts`);
  const byArea = fn.years.get(year);
  if (!byArea) throw new Error(`REGK31 ${fn.code} has no rows for ${year}`);
  const notReported = isStructuralZero(byArea);
  const values: Record<string, number | null> = {};
  for (const code of [NATIONAL_CODE, ...codes]) {
    const value = byArea.get(code);
    if (value === undefined) throw new Error(`REGK31 ${fn.code} ${year} has no value for OMRÅDE ${code}`);
    values[code] = notReported ? null : value;
  }
  if (byArea.size !== codes.length + 1) throw new Error(`REGK31 ${fn.code} ${year} has values for unknown areas`);
  return functionKeyFigureDataset({
    functionCode: fn.code, title: { da: fn.title, en: english }, year, values, origin: 'snapshot', fetchedAt: builtAt,
    provenance: PROVENANCE.regk31, flags: notReported ? [SNAPSHOT_FLAG_REGK31, NOT_REPORTED_FLAG] : [SNAPSHOT_FLAG_REGK31],
    ...(notReported && { notReported: true }),
  });
}

interface PopulationPeriod {
  period: string;
  table: 'FOLK1A' | 'FOLK1AM';
  values: Record<string, number | null>;
}

/** Every population count the sources have, by period: FOLK1A 2020K1 and FOLK1AM's months. */
function populationPeriods(
  folk1aPeriod: string, national: CivilStatusCounts, rows: readonly MunicipalityRow[], monthly: MonthlyPopulation,
): Map<string, PopulationPeriod> {
  const nationalTotal = national[TOTAL];
  if (nationalTotal === undefined) throw new Error('FOLK1A has no "I alt" row for Hele landet');
  const result = new Map<string, PopulationPeriod>();
  const first: Record<string, number | null> = { [NATIONAL_CODE]: nationalTotal };
  for (const row of rows) first[row.code] = row.population;
  result.set(folk1aPeriod, { period: folk1aPeriod, table: 'FOLK1A', values: first });
  for (const month of monthly.months) {
    const values: Record<string, number | null> = { [NATIONAL_CODE]: monthly.national.get(month) ?? null };
    for (const row of rows) values[row.code] = monthly.municipalities.get(row.code)?.get(month) ?? null;
    result.set(month, { period: month, table: 'FOLK1AM', values });
  }
  return result;
}

function yearWeights(year: string, populations: Map<string, PopulationPeriod>, builtAt: string): Dataset {
  const period = nearestToThirdQuarter(year, [...populations.keys()]);
  const chosen = populations.get(period) as PopulationPeriod;
  const off = monthIndex(period) - monthIndex(`${year}K3`);
  const note = off === 0 ? undefined : {
    da: `nærmeste periode på 1. juli ${year} i data`,
    en: `the period nearest 1 July ${year} in the data`,
  };
  const provenance = chosen.table === 'FOLK1A'
    ? `${PROVENANCE.folk1a} Hele landet omfatter Christiansø. Kommunegrupper: ${PROVENANCE.kommunegrupper}`
    : `${PROVENANCE.folk1am} Hele landet omfatter Christiansø.`;
  return weightDataset({
    year, period, table: chosen.table, measure: 'perInhabitant', values: chosen.values, origin: 'snapshot', fetchedAt: builtAt,
    provenance, flags: [chosen.table === 'FOLK1A' ? SNAPSHOT_FLAG_FOLK1A : SNAPSHOT_FLAG_FOLK1AM], ...(note && { note }),
  });
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
