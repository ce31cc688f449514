// The default measure live: Statistics Denmark's own figure per inhabitant (REGK31 PRISENHED INDL,
// ART TOT, DRANST 1 as the snapshot), per function and year, for the nine newest years up to the
// run's year, plus the year's population (FOLK1A, all ages, Q3) as the weights of averages. The
// datasets have exactly the snapshot's shape (src/reference/datasets.ts), so a live run and a
// snapshot run in this measure give the same numbers for the same year.
import type { Lang } from '../../core/types';
import { functionKeyFigureDataset, weightDataset } from '../datasets';
import type { Dataset, ServiceAreaDefinition } from '../types';
import type { StatbankClient } from './client';
import { cubeValue } from './cube';
import { fetchShared, isCube } from './liveAreas';
import { denominatorValues } from './liveDatasets';
import { availableYears, DENOMINATOR_TABLE, folk1aSelection, NUMERATOR_TABLE, populationPeriod } from './queries';
import type { Cube, TableInfo } from './types';

/** As many years as the bundled snapshot holds. */
export const INHABITANT_YEARS = 9;
/** The snapshot's figures are most likely DRANST 1 (its source does not say); live asks for the same. */
export const INHABITANT_DRANST = ['1'];

export interface InhabitantPlan {
  area: ServiceAreaDefinition;
  /** REGK31 codes without dots, as tableinfo lists them. */
  codes: string[];
}

const dotted = (code: string): string => `${code[0]}.${code.slice(1, 3)}.${code.slice(3)}`;

/**
 * Per area the INDL datasets of its functions for every year and the weights of the run's year;
 * an empty map when StatBank cannot give them (the areas then keep their per-band figures and each
 * sheet says the measure differs).
 */
export async function fetchInhabitantFigures(
  client: StatbankClient, regkInfo: TableInfo, plans: readonly InhabitantPlan[], municipalities: readonly string[], year: string,
  options: { lang: Lang; now?: () => Date },
): Promise<Map<string, Dataset[]>> {
  const result = new Map<string, Dataset[]>();
  if (plans.length === 0) return result;
  const { lang } = options;
  const years = availableYears(regkInfo, lang).filter((y) => y <= year).slice(-INHABITANT_YEARS);
  const listedAreas = regkInfo.variables.find((v) => v.id.toUpperCase() === 'OMRÅDE')?.values.map((v) => v.id) ?? [];
  const omraade = listedAreas.includes('000') ? ['000', ...municipalities] : [...municipalities];
  // One request for every area's functions; if it fails, one per area, so a failing query costs
  // only its own area the measure (that area keeps its per-band figures, and its sheet says so).
  const answers = await fetchShared(client, NUMERATOR_TABLE, plans.map((p) => ({ key: p.area.id, codes: p.codes })), (codes) => ({
    OMRÅDE: omraade, FUNKTION: codes, DRANST: INHABITANT_DRANST, ART: ['TOT'], PRISENHED: ['INDL'], Tid: years,
  }), lang);
  let folk: Cube;
  try {
    folk = await client.data(DENOMINATOR_TABLE, folk1aSelection(['IALT'], municipalities, year), { format: 'JSONSTAT', lang });
  } catch {
    return result;
  }
  const stamp = (cube: Cube): { origin: 'live' | 'cache'; fetchedAt: string } => ({
    origin: cube.cached ? 'cache' : 'live',
    fetchedAt: cube.cached && cube.fetchedAt ? cube.fetchedAt : options.now ? options.now().toISOString() : cube.fetchedAt ?? new Date().toISOString(),
  });
  // Which main functions (e.g. 5.25) a code completes: tableinfo listed every sub-function asked for.
  const completes = new Map<string, string[]>();
  for (const plan of plans) {
    for (const main of plan.area.functions.filter((f) => f.split('.').length === 2)) {
      for (const code of plan.codes.filter((c) => dotted(c).startsWith(`${main}.`))) completes.set(code, [...new Set([...(completes.get(code) ?? []), main])]);
    }
  }
  const titles = new Map(regkInfo.variables.find((v) => v.id.toUpperCase() === 'FUNKTION')?.values.map((v) => [v.id, v.text.replace(/^[\d.]+\s*/, '')]) ?? []);
  const functionDatasets = (regk: Cube, code: string): Dataset[] => {
    const regkStamp = stamp(regk);
    const provenance = `Statistikbanken REGK31, PRISENHED INDL, ART TOT, DRANST 1, hentet ${regkStamp.fetchedAt}${regk.updated ? ` (opdateret ${regk.updated})` : ''}.`;
    return years.map((y) => {
      const values: Record<string, number | null> = {};
      for (const area of omraade) {
        const v = cubeValue(regk, { OMRÅDE: area, FUNKTION: code, DRANST: '1', ART: 'TOT', PRISENHED: 'INDL', Tid: y });
        values[area] = typeof v === 'number' ? v : null;
      }
      if (!('000' in values)) values['000'] = null;
      // Every area at 0 (Hele landet too) is a function not reported that year, as in the snapshot.
      const notReported = Object.values(values).every((v) => v === 0);
      const title = titles.get(code) ?? dotted(code);
      return {
        ...functionKeyFigureDataset({
          functionCode: dotted(code), title: { da: title, en: title }, year: y,
          values: notReported ? Object.fromEntries(Object.keys(values).map((k) => [k, null])) : values,
          ...regkStamp, ...(regk.updated !== undefined && { updated: regk.updated }), provenance, flags: [], dranst: INHABITANT_DRANST,
          ...(notReported && { notReported: true }),
        }),
        ...(completes.has(code) && { completes: completes.get(code) }),
      };
    });
  };
  const folkStamp = stamp(folk);
  const weightValues = denominatorValues(folk, ['IALT'], municipalities, year);
  const weight = weightDataset({
    year, period: populationPeriod(year), table: 'FOLK1A', measure: 'perInhabitant', values: weightValues, ...folkStamp,
    ...(folk.updated !== undefined && { updated: folk.updated }),
    provenance: `Statistikbanken FOLK1A, folketal alle aldre 1. dag i ${populationPeriod(year)}, hentet ${folkStamp.fetchedAt}.`, flags: [],
  });
  for (const plan of plans) {
    const regk = answers.get(plan.area.id);
    if (!isCube(regk)) continue;
    result.set(plan.area.id, [...plan.codes.flatMap((code) => functionDatasets(regk, code)), weight]);
  }
  return result;
}
