// The real StatBank queries behind each service area's key figure, following DST's key-figure
// convention: numerator REGK31 net operating expenditure (DRANST 1 drift + 2 statsrefusion, ART
// TOT, PRISENHED LOBM in 1,000 kr., so × 1000 for kr.); denominator FOLK1A population on the first
// day of Q3 of the accounting year, in the age band the area serves. All areas share one REGK31
// request and one FOLK1A request.
import type { Lang } from '../../core/types';
import { StatbankError } from './errors';
import type { Selection, TableInfo, TableVariable } from './types';

export const NUMERATOR_TABLE = 'REGK31';
export const DENOMINATOR_TABLE = 'FOLK1A';
/** DRANST 1 Driftskonti + 2 Statsrefusion = net operating expenditure. */
export const NET_OPERATING_DRANST = ['1', '2'];
/** LOBM values are in 1,000 kr. */
export const LOBM_FACTOR = 1000;

/** An age band in whole years; `to` undefined means "and over". */
export interface AgeBand {
  id: string;
  from: number;
  to?: number;
}

export const ALL_AGES: AgeBand = { id: 'alle', from: 0 };

/**
 * The population each area is divided by when no activity count is at hand: DST's key figures use
 * 67+ for the elderly and children 0–5 for day care; schools fall back to 6–16 (pupils would be
 * UDDAKT20). Areas not listed use the whole population.
 */
const AREA_BANDS: Record<string, AgeBand> = {
  aeldre: { id: '67plus', from: 67 },
  hjemmehjaelp: { id: '67plus', from: 67 },
  aeldrepleje: { id: '67plus', from: 67 },
  hjemmesygepleje: { id: '67plus', from: 67 },
  dagtilbud: { id: '0-5', from: 0, to: 5 },
  daginstitutioner: { id: '0-5', from: 0, to: 5 },
  folkeskole: { id: '6-16', from: 6, to: 16 },
  specialundervisning: { id: '6-16', from: 6, to: 16 },
};

export function ageBandFor(areaId: string): AgeBand {
  return AREA_BANDS[areaId] ?? ALL_AGES;
}

/** Elderly functions 5.30.xx replaced 5.32.xx in 2018: figures across that year do not compare. */
export function hasElderlySeriesBreak(functions: readonly string[]): boolean {
  return functions.some((f) => f.startsWith('5.30') || f.startsWith('5.32'));
}

function variable(info: TableInfo, id: string, lang: Lang): TableVariable {
  const found = info.variables.find((v) => v.id.toUpperCase() === id.toUpperCase());
  if (!found) throw new StatbankError('UNKNOWN-VARIABLE', { table: info.id, variable: id, known: info.variables.map((v) => v.id).join(', ') }, lang);
  return found;
}

function timeVariable(info: TableInfo, lang: Lang): TableVariable {
  return info.variables.find((v) => v.time) ?? variable(info, 'Tid', lang);
}

/** The accounting years REGK31's tableinfo lists, oldest first. */
export function availableYears(info: TableInfo, lang: Lang = 'da'): string[] {
  return timeVariable(info, lang).values.map((v) => v.id).filter((id) => /^\d{4}$/.test(id)).sort();
}

/** The newest complete accounting year: the newest one REGK31 lists. */
export function newestYear(info: TableInfo, lang: Lang = 'da'): string {
  const years = availableYears(info, lang);
  if (years.length === 0) throw new StatbankError('SHAPE', { table: info.id, detail: 'no years in Tid' }, lang);
  return years[years.length - 1];
}

export function requirePeriod(info: TableInfo, period: string, lang: Lang): void {
  const periods = timeVariable(info, lang).values.map((v) => v.id);
  if (!periods.includes(period)) {
    throw new StatbankError('NO-YEAR', { table: info.id, period, newest: periods[periods.length - 1] ?? '—' }, lang);
  }
}

/**
 * An area's functions as REGK31 codes (5 digits, no dots). A main function such as '6.45' stands
 * for every sub-function tableinfo lists under it; no functions at all (the 'total' area) means
 * every function. Codes tableinfo lacks are passed on so the selection check can name them.
 */
export function functionCodes(functions: readonly string[], regk: TableInfo, lang: Lang = 'da'): string[] {
  const listed = variable(regk, 'FUNKTION', lang).values.map((v) => v.id).filter((id) => /^\d{5}$/.test(id));
  if (functions.length === 0) return listed;
  const codes: string[] = [];
  for (const f of functions) {
    const compact = f.replace(/\./g, '');
    const matches = compact.length === 5 ? [compact] : listed.filter((id) => id.startsWith(compact));
    for (const code of matches.length > 0 ? matches : [compact]) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

export function regk31Selection(functionCodeList: readonly string[], municipalityCodes: readonly string[], year: string): Selection {
  return {
    OMRÅDE: [...municipalityCodes],
    FUNKTION: [...functionCodeList],
    DRANST: [...NET_OPERATING_DRANST],
    ART: ['TOT'],
    PRISENHED: ['LOBM'],
    Tid: [year],
  };
}

/**
 * FOLK1A ALDER codes for a band, built from the ages tableinfo lists ('0' … '125'); the whole
 * population is 'IALT' where the table has it.
 */
export function ageCodes(band: AgeBand, folk: TableInfo, lang: Lang = 'da'): string[] {
  const ages = variable(folk, 'ALDER', lang).values.map((v) => v.id);
  if (band.id === ALL_AGES.id && ages.includes('IALT')) return ['IALT'];
  return ages.filter((code) => /^\d+$/.test(code) && Number(code) >= band.from && (band.to === undefined || Number(code) <= band.to));
}

export function populationPeriod(year: string): string {
  return `${year}K3`;
}

export function folk1aSelection(ageCodeList: readonly string[], municipalityCodes: readonly string[], year: string): Selection {
  return {
    OMRÅDE: [...municipalityCodes],
    KØN: ['TOT'],
    ALDER: [...ageCodeList],
    CIVILSTAND: ['TOT'],
    Tid: [populationPeriod(year)],
  };
}
