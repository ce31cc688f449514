// Constructors for the datasets a multi-year reference consists of: one per REGK31 function and
// year (kr. per inhabitant as DST publishes it), and one population per accounting year (the
// weights of Σ/Σ averages). The snapshot generator uses them, and a live client that fetches the
// same measure can too, so both produce datasets the series code finds by meaning, not by id.
import type { Lang } from '../core/types';
import type { Dataset, DatasetOrigin, MeasureKind } from './types';

export const NATIONAL = '000';
const REGK31_ATTRIBUTION = 'Kilde: Danmarks Statistik, statistikbanken.dk/REGK31';

/** What every dataset built here carries: its figures by OMRÅDE code and where and when they came from. */
interface FetchedFigures {
  /** By OMRÅDE code, Hele landet ('000') included; null = missing. */
  values: Record<string, number | null>;
  origin: DatasetOrigin;
  fetchedAt: string;
  updated?: string;
  provenance: string;
  flags: string[];
}

export interface FunctionYearInput extends FetchedFigures {
  /** With dots, e.g. '3.22.01'. */
  functionCode: string;
  title: Record<Lang, string>;
  year: string;
  /** True when the function was not reported that year: every value must then be null. */
  notReported?: boolean;
  /** REGK31 DRANST the figures are for; the snapshot's source does not say (most likely 1). */
  dranst?: string[];
}

/** Ids carry the origin when it is not the snapshot, so live and snapshot figures of one year never share an id. */
function originPrefix(origin: DatasetOrigin): string {
  return origin === 'snapshot' ? '' : `${origin}.`;
}

export function functionDatasetId(functionCode: string, year: string, origin: DatasetOrigin = 'snapshot'): string {
  return `${originPrefix(origin)}regk31.${functionCode.replace(/\./g, '')}.indl.${year}`;
}

/** One REGK31 function in one year, kr. per inhabitant (PRISENHED INDL, ART TOT), current prices. */
export function functionKeyFigureDataset(input: FunctionYearInput): Dataset {
  const compact = input.functionCode.replace(/\./g, '');
  const codes = Object.keys(input.values).sort();
  if (input.notReported && Object.values(input.values).some((v) => v !== null)) {
    throw new Error(`${input.functionCode} ${input.year} is marked not reported but holds values`);
  }
  return {
    id: functionDatasetId(input.functionCode, input.year, input.origin),
    table: 'REGK31',
    title: {
      da: `${input.functionCode} ${input.title.da}, nettoudgifter pr. indbygger ${input.year}`,
      en: `${input.functionCode} ${input.title.en}, net expenditure per inhabitant ${input.year}`,
    },
    period: input.year,
    priceBasis: 'løbende priser',
    unit: { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' },
    query: {
      OMRÅDE: codes, FUNKTION: [compact], ...(input.dranst ? { DRANST: input.dranst } : {}), ART: ['TOT'], PRISENHED: ['INDL'], Tid: [input.year],
    },
    origin: input.origin,
    fetchedAt: input.fetchedAt,
    ...(input.updated !== undefined && { updated: input.updated }),
    provenance: input.provenance,
    flags: input.flags,
    attribution: REGK31_ATTRIBUTION,
    values: input.values,
    measure: 'perInhabitant',
    role: 'keyFigure',
    functionCode: input.functionCode,
    year: input.year,
    ...(input.notReported && { notReported: true }),
  };
}

export interface WeightInput extends FetchedFigures {
  /** The accounting year the weights serve. */
  year: string;
  /** The period actually counted, e.g. '2024M04', '2024K3' or '2020K1'. */
  period: string;
  table: 'FOLK1A' | 'FOLK1AM';
  measure: MeasureKind;
  /** Said in the title when the period is not Q3 of the year. */
  note?: Record<Lang, string>;
}

/** The population the key figures of one accounting year are weighted with in Σ/Σ averages. */
export function weightDataset(input: WeightInput): Dataset {
  const note = input.note ? { da: ` (${input.note.da})`, en: ` (${input.note.en})` } : { da: '', en: '' };
  return {
    id: `${originPrefix(input.origin)}population.${input.measure === 'perInhabitant' ? '' : `${input.measure}.`}${input.year}`,
    table: input.table,
    title: {
      da: `Folketal ${input.period}, vægt for regnskabsår ${input.year}${note.da}`,
      en: `Population ${input.period}, weights for the accounting year ${input.year}${note.en}`,
    },
    period: input.period,
    priceBasis: 'antal',
    unit: { da: 'personer', en: 'persons' },
    query: { OMRÅDE: Object.keys(input.values).sort(), ...(input.table === 'FOLK1AM' ? { ALDER: ['IALT'], KØN: ['TOT'] } : { CIVILSTAND: ['TOT'] }), Tid: [input.period] },
    origin: input.origin,
    fetchedAt: input.fetchedAt,
    ...(input.updated !== undefined && { updated: input.updated }),
    provenance: input.provenance,
    flags: input.flags,
    attribution: `Kilde: Danmarks Statistik, statistikbanken.dk/${input.table}`,
    values: input.values,
    measure: input.measure,
    role: 'weight',
    year: input.year,
  };
}
