// Readers for the multi-year source files: REGK31 2016–2024 per function, FOLK1AM monthly
// population 2021M10–2024M04 and noegletal.dk's socio-economic index 2020–2024. Like the other
// readers they throw on anything unexpected: a quietly wrong snapshot would mislead every benchmark.
import { parseDelimited } from './csv';
import type { AreaNameIndex } from './names';
import { expectHeader, expectWidth, parseAmount, parseCount } from './sources';

export interface Regk31Series {
  /** With dots, e.g. '3.22.01'. */
  code: string;
  /** Danish title as DST writes it. */
  title: string;
  /** Year → OMRÅDE code ('000' or a municipality) → kr. per inhabitant. */
  years: Map<string, Map<string, number>>;
}

const REGK31_HEADER = ['year', 'funktion_kode', 'funktion_tekst', 'omraade', 'kr_pr_indbygger'];

/** The tidy REGK31 file: one row per year, function and area (Hele landet + 98 municipalities). */
export function readRegk31Years(text: string, names: AreaNameIndex, file = 'regk31_2016_2024_INDL_netto_marieleth.csv'): Regk31Series[] {
  const [header, ...rows] = parseDelimited(text, ',');
  expectHeader(header, REGK31_HEADER, file);
  const functions = new Map<string, Regk31Series>();
  rows.forEach((fields, i) => {
    const where = `${file} row ${i + 2}`;
    expectWidth(fields, REGK31_HEADER.length, where);
    const [year, code, title, area, value] = fields.map((f) => f.trim());
    if (!/^\d{4}$/.test(year)) throw new Error(`${where}: year "${year}" is not four digits`);
    if (!/^\d\.\d{2}\.\d{2}$/.test(code)) throw new Error(`${where}: function "${code}" is not a code like 3.22.01`);
    const match = names.require(area, where);
    if (match.kind !== 'national' && match.kind !== 'municipality') throw new Error(`${where}: "${area}" is not a municipality or Hele landet`);
    let fn = functions.get(code);
    if (!fn) {
      fn = { code, title, years: new Map() };
      functions.set(code, fn);
    } else if (fn.title !== title) {
      throw new Error(`${where}: function ${code} titled both "${fn.title}" and "${title}"`);
    }
    let byArea = fn.years.get(year);
    if (!byArea) {
      byArea = new Map();
      fn.years.set(year, byArea);
    }
    if (byArea.has(match.code)) throw new Error(`${where}: ${code} ${year} for ${area} appears twice`);
    byArea.set(match.code, parseAmount(value, where));
  });
  return [...functions.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export interface MonthlyPopulation {
  /** 'YYYYMmm', oldest first. */
  months: string[];
  /** Month → count for Hele landet (Christiansø included). */
  national: Map<string, number>;
  /** Municipality code → month → count. */
  municipalities: Map<string, Map<string, number>>;
}

const FOLK1AM_HEADER = ['omraade', 'niveau', 'tid', 'befolkning'];

/**
 * FOLK1AM by month. Regions are read only to check the sums: every month, the municipalities and
 * Christiansø must add up to Hele landet, or a municipality was lost or counted twice.
 */
export function readFolk1am(text: string, names: AreaNameIndex, file = 'dst_folk1am_2021M10_2024M04_befolkning.csv'): MonthlyPopulation {
  const [header, ...rows] = parseDelimited(text, ',');
  expectHeader(header, FOLK1AM_HEADER, file);
  const national = new Map<string, number>();
  const municipalities = new Map<string, Map<string, number>>();
  const outside = new Map<string, number>();
  rows.forEach((fields, i) => {
    const where = `${file} row ${i + 2}`;
    expectWidth(fields, FOLK1AM_HEADER.length, where);
    const [area, , month, value] = fields.map((f) => f.trim());
    if (!/^\d{4}M(0[1-9]|1[0-2])$/.test(month)) throw new Error(`${where}: month "${month}" is not like 2024M04`);
    const count = parseCount(value, where);
    const match = names.require(area, where);
    if (match.kind === 'national') national.set(month, count);
    else if (match.kind === 'nonMunicipal') outside.set(month, (outside.get(month) ?? 0) + count);
    else if (match.kind === 'municipality') {
      const byMonth = municipalities.get(match.code) ?? new Map<string, number>();
      if (byMonth.has(month)) throw new Error(`${where}: ${area} ${month} appears twice`);
      byMonth.set(month, count);
      municipalities.set(match.code, byMonth);
    }
  });
  const months = [...national.keys()].sort();
  for (const month of months) {
    let sum = outside.get(month) ?? 0;
    for (const byMonth of municipalities.values()) {
      const n = byMonth.get(month);
      if (n === undefined) throw new Error(`${file}: a municipality lacks ${month}`);
      sum += n;
    }
    if (sum !== national.get(month)) throw new Error(`${file}: ${month} municipalities and Christiansø sum to ${sum}, Hele landet is ${national.get(month)}`);
  }
  return { months, national, municipalities };
}

export interface SocioIndex {
  years: string[];
  /** Municipality code → year → index (average municipality = 1). */
  values: Map<string, Map<string, number>>;
}

/** noegletal.dk's export: kommunekode, name, one column per year, decimal point. */
export function readSocioIndex(text: string, knownCodes: ReadonlySet<string>, file = 'noegletal_socioekonomisk_indeks_2020_2024.csv'): SocioIndex {
  const [header, ...rows] = parseDelimited(text, ',');
  if (header?.[0]?.trim() !== 'kommunekode' || header.length < 3) throw new Error(`${file}: expected kommunekode, name and year columns`);
  const years = header.slice(2).map((h) => h.trim());
  if (years.some((y) => !/^\d{4}$/.test(y))) throw new Error(`${file}: year columns ${years.join(',')} are not years`);
  const values = new Map<string, Map<string, number>>();
  rows.forEach((fields, i) => {
    const where = `${file} row ${i + 2}`;
    expectWidth(fields, header.length, where);
    const code = fields[0].trim();
    if (!knownCodes.has(code)) throw new Error(`${where}: "${code}" is not one of the 98 municipalities`);
    if (values.has(code)) throw new Error(`${where}: municipality ${code} appears twice`);
    const byYear = new Map<string, number>();
    years.forEach((year, j) => {
      const value = parseAmount(fields[j + 2].trim(), where);
      if (!(value > 0)) throw new Error(`${where}: index ${value} for ${year} is not positive`);
      byYear.set(year, value);
    });
    values.set(code, byYear);
  });
  const missing = [...knownCodes].filter((code) => !values.has(code));
  if (missing.length > 0) throw new Error(`${file}: no index for ${missing.join(', ')}`);
  return { years, values };
}

/** Months between two periods written 'YYYYMmm' or 'YYYYKq' (a quarter counts from its first month). */
export function monthIndex(period: string): number {
  const month = /^(\d{4})M(\d{2})$/.exec(period);
  if (month) return Number(month[1]) * 12 + Number(month[2]) - 1;
  const quarter = /^(\d{4})K([1-4])$/.exec(period);
  if (quarter) return Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3;
  throw new Error(`"${period}" is not a month (2024M04) or a quarter (2020K1)`);
}

/**
 * The period nearest the first day of Q3 of the accounting year (DST counts the key figures'
 * population then). Ties go to the later period.
 */
export function nearestToThirdQuarter(year: string, periods: readonly string[]): string {
  const target = monthIndex(`${year}K3`);
  let best: string | undefined;
  for (const period of periods) {
    const distance = Math.abs(monthIndex(period) - target);
    const bestDistance = best === undefined ? Infinity : Math.abs(monthIndex(best) - target);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && monthIndex(period) > monthIndex(best))) best = period;
  }
  if (best === undefined) throw new Error(`No population period to weight ${year} with`);
  return best;
}
