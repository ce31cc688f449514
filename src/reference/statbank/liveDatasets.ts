// From the two live cubes to the datasets the benchmark consumes: per municipality the area's
// net operating expenditure in kr., the population in its age band, and their ratio. The
// national figure ('000') is Σ numerators / Σ denominators over the municipalities, as DST and
// noegletal.dk compute group averages.
import type { Lang } from '../../core/types';
import type { Dataset, ServiceAreaDefinition } from '../types';
import { cubeValue } from './cube';
import { statbankText } from './errors';
import { hasElderlySeriesBreak, LOBM_FACTOR, NET_OPERATING_DRANST, populationPeriod, type AgeBand } from './queries';
import type { Cube, Selection } from './types';

export const NATIONAL = '000';
const LANGS: Lang[] = ['da', 'en'];

export interface LiveDatasetIds {
  keyFigure: string;
  numerator: string;
  denominator: string;
}

/** Live dataset ids carry the year; the snapshot's ids (catalogue.ts) stay as they are. */
export function liveDatasetIds(areaId: string, band: AgeBand, year: string): LiveDatasetIds {
  return {
    keyFigure: `live.${areaId}.per-${band.id}.${year}`,
    numerator: `live.regk31.${areaId}.netdrift.${year}`,
    denominator: `live.folk1a.${band.id}.${populationPeriod(year)}`,
  };
}

export interface Provenance {
  lang: Lang;
  regkUpdated: string;
  folkUpdated: string;
  /** When each table's figures were fetched from DST: now, or the original time of a cached answer. */
  regkFetchedAt: string;
  folkFetchedAt: string;
  /** True when this run read the table's answer from the local cache. */
  regkCached: boolean;
  folkCached: boolean;
}

/** Σ over the area's functions and DRANST 1+2, × 1000. Missing cells are skipped; all missing → null. */
export function numeratorValues(regk: Cube, functionCodes: readonly string[], municipalities: readonly string[], year: string): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const m of municipalities) {
    let sum = 0;
    let seen = false;
    for (const f of functionCodes) {
      for (const d of NET_OPERATING_DRANST) {
        const v = cubeValue(regk, { OMRÅDE: m, FUNKTION: f, DRANST: d, ART: 'TOT', PRISENHED: 'LOBM', Tid: year });
        if (typeof v === 'number') {
          sum += v;
          seen = true;
        }
      }
    }
    values[m] = seen ? round(sum * LOBM_FACTOR) : null;
  }
  values[NATIONAL] = sumOf(municipalities.map((m) => values[m]));
  return values;
}

/** Σ of the band's ages; any missing age makes the municipality's count unknown (null). */
export function denominatorValues(folk: Cube, ageCodes: readonly string[], municipalities: readonly string[], year: string): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const m of municipalities) {
    let sum = 0;
    let complete = true;
    for (const age of ageCodes) {
      const v = cubeValue(folk, { OMRÅDE: m, KØN: 'TOT', ALDER: age, CIVILSTAND: 'TOT', Tid: populationPeriod(year) });
      if (typeof v === 'number') sum += v;
      else complete = false;
    }
    values[m] = complete ? sum : null;
  }
  values[NATIONAL] = sumOf(municipalities.map((m) => values[m]));
  return values;
}

/** numerator / denominator per municipality; national = Σ/Σ over municipalities that have both. */
export function keyFigureValues(
  numerator: Record<string, number | null>, denominator: Record<string, number | null>, municipalities: readonly string[],
): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  let sumNum = 0;
  let sumDen = 0;
  for (const m of municipalities) {
    const n = numerator[m];
    const d = denominator[m];
    if (n === null || n === undefined || d === null || d === undefined || d <= 0) {
      values[m] = null;
      continue;
    }
    values[m] = n / d;
    sumNum += n;
    sumDen += d;
  }
  values[NATIONAL] = sumDen > 0 ? sumNum / sumDen : null;
  return values;
}

export interface AreaDatasetInput {
  area: ServiceAreaDefinition;
  band: AgeBand;
  year: string;
  functionCodes: string[];
  numeratorQuery: Selection;
  denominatorQuery: Selection;
  numerator: Record<string, number | null>;
  denominator: Record<string, number | null>;
  provenance: Provenance;
}

export function areaDatasets(input: AreaDatasetInput): Dataset[] {
  const { area, band, year, provenance: p } = input;
  const ids = liveDatasetIds(area.id, band, year);
  const functions = input.functionCodes.length <= 6
    ? input.functionCodes.map(dotted).join(', ')
    : `${dotted(input.functionCodes[0])}–${dotted(input.functionCodes[input.functionCodes.length - 1])} (${input.functionCodes.length})`;
  const per = byLang((lang) => bandText(band, lang, false));
  const flags = [
    ...(hasElderlySeriesBreak(area.functions) ? [statbankText('statbank.flag.seriesBreak', p.lang)] : []),
    statbankText('statbank.flag.missingSummed', p.lang),
  ];
  const regkAttribution = 'Kilde: Danmarks Statistik, statistikbanken.dk/REGK31';
  const folkAttribution = 'Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1A';
  const common = { priceBasis: 'løbende priser' };
  // A cached answer keeps the time DST sent it; the key figure is as old as its older part.
  const origin = (cached: boolean) => (cached ? ('cache' as const) : ('live' as const));
  const oldest = p.regkFetchedAt < p.folkFetchedAt ? p.regkFetchedAt : p.folkFetchedAt;
  const numerator: Dataset = {
    ...common, id: ids.numerator, table: 'REGK31', period: year, updated: p.regkUpdated, origin: origin(p.regkCached), fetchedAt: p.regkFetchedAt,
    title: byLang((lang) => statbankText('statbank.live.numerator', lang, { area: area.name[lang], functions, year })),
    unit: byLang((lang) => statbankText('statbank.unit.kr', lang)),
    query: input.numeratorQuery, provenance: provenanceText('REGK31', input.numeratorQuery, p.regkUpdated, p.regkFetchedAt, p.regkCached, p.lang),
    flags, attribution: `${regkAttribution}; egne beregninger på grundlag af data fra Danmarks Statistik`, values: input.numerator,
  };
  const denominator: Dataset = {
    ...common, id: ids.denominator, table: 'FOLK1A', period: populationPeriod(year), priceBasis: 'antal', updated: p.folkUpdated,
    origin: origin(p.folkCached), fetchedAt: p.folkFetchedAt,
    title: byLang((lang) => statbankText('statbank.live.denominator', lang, { band: bandText(band, lang, true), period: populationPeriod(year) })),
    unit: byLang((lang) => statbankText('statbank.unit.persons', lang)),
    query: input.denominatorQuery, provenance: provenanceText('FOLK1A', input.denominatorQuery, p.folkUpdated, p.folkFetchedAt, p.folkCached, p.lang),
    flags: [], attribution: folkAttribution, values: input.denominator,
  };
  const keyFigure: Dataset = {
    ...common, id: ids.keyFigure, table: 'REGK31', period: year, updated: p.regkUpdated, origin: origin(p.regkCached || p.folkCached), fetchedAt: oldest,
    title: byLang((lang) => statbankText('statbank.live.keyFigure', lang, { area: area.name[lang], functions, per: per[lang], year })),
    unit: byLang((lang) => statbankText('statbank.unit.perBand', lang, { per: per[lang] })),
    query: input.numeratorQuery,
    provenance: `${numerator.provenance} ${denominator.provenance}`,
    flags,
    attribution: `${regkAttribution} og statistikbanken.dk/FOLK1A; egne beregninger på grundlag af data fra Danmarks Statistik`,
    // DST's key-figure convention (DRANST 1+2 per inhabitant in the age band, Q3): not the snapshot's measure.
    measure: 'perAgeBand',
    values: keyFigureValues(input.numerator, input.denominator, Object.keys(input.numerator).filter((k) => k !== NATIONAL)),
  };
  return [keyFigure, numerator, denominator];
}

/** 'indbygger 67 år og derover' for units, '67 år og derover' as a name. */
export function bandText(band: AgeBand, lang: Lang, asName: boolean): string {
  const suffix = asName ? '.name' : '';
  if (band.id === 'alle') return statbankText(`statbank.band.all${suffix}`, lang);
  if (band.to === undefined) return statbankText(`statbank.band.open${suffix}`, lang, { from: band.from });
  return statbankText(`statbank.band.range${suffix}`, lang, { from: band.from, to: band.to });
}

function provenanceText(table: string, query: Selection, updated: string, fetchedAt: string, cached: boolean, lang: Lang): string {
  const q = Object.entries(query).map(([k, v]) => `${k}=${v.length > 8 ? `${v.slice(0, 3).join(',')},… (${v.length})` : v.join(',')}`).join('; ');
  return statbankText(cached ? 'statbank.provenance.stored' : 'statbank.provenance', lang, { table, fetchedAt, updated, query: q });
}

function byLang(render: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, render(lang)])) as Record<Lang, string>;
}

function dotted(code: string): string {
  return `${code[0]}.${code.slice(1, 3)}.${code.slice(3)}`;
}

function sumOf(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
}

/** LOBM × 1000 can leave binary fractions (0.1 × 1000); kroner are whole after scaling anyway. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
