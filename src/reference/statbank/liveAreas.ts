// Fetching the live figures area by area: every area's query is checked against tableinfo on its
// own, so a code one area asks for and REGK31 lacks fails that area alone. The areas that pass
// still share one REGK31 and one FOLK1A request; only when a shared request fails is it asked
// again area by area (band by band for FOLK1A), so one bad query cannot take the others down.
import type { Lang } from '../../core/types';
import type { MeasureKind } from '../../core/benchmark/measure';
import type { Dataset, ServiceAreaDefinition } from '../types';
import type { StatbankClient } from './client';
import { StatbankError } from './errors';
import { areaDatasets, denominatorValues, numeratorValues, type Provenance } from './liveDatasets';
import {
  ageBandFor, ageCodes, DENOMINATOR_TABLE, folk1aSelection, functionCodes, newestYear, NUMERATOR_TABLE, populationPeriod,
  regk31Selection, requirePeriod, type AgeBand,
} from './queries';
import { fetchInhabitantFigures } from './liveInhabitant';
import { resolveSelection } from './selection';
import type { Cube, Selection } from './types';

export interface AreaFailure {
  areaId: string;
  error: Error;
}

export interface LiveAreas {
  year: string;
  /** Each live area's datasets: key figure, numerator, denominator. */
  datasets: Map<string, Dataset[]>;
  failures: AreaFailure[];
}

interface AreaPlan {
  area: ServiceAreaDefinition;
  codes: string[];
  band: AgeBand;
  ages: string[];
}

/** Consecutive failures a service-wide fault (no answer, 5xx) may cause before asking area by area stops. */
const OUTAGE_AFTER = 2;

export async function fetchLiveAreas(
  client: StatbankClient,
  areas: readonly ServiceAreaDefinition[],
  municipalities: readonly string[],
  options: { year?: string | number; lang: Lang; now?: () => Date; measure?: MeasureKind },
): Promise<LiveAreas> {
  const { lang } = options;
  // Without either table's metadata no area can be fetched: these failures are the whole run's.
  const regkInfo = await client.tableInfo(NUMERATOR_TABLE, lang);
  const year = options.year === undefined ? newestYear(regkInfo, lang) : String(options.year);
  requirePeriod(regkInfo, year, lang);
  const folkInfo = await client.tableInfo(DENOMINATOR_TABLE, lang);
  requirePeriod(folkInfo, populationPeriod(year), lang);

  const failures: AreaFailure[] = [];
  const plans: AreaPlan[] = [];
  for (const area of areas) {
    try {
      const codes = functionCodes(area.functions, regkInfo, lang);
      resolveSelection(regkInfo, regk31Selection(codes, municipalities, year), lang);
      const band = ageBandFor(area.id);
      const ages = ageCodes(band, folkInfo, lang);
      resolveSelection(folkInfo, folk1aSelection(ages, municipalities, year), lang);
      plans.push({ area, codes, band, ages });
    } catch (error) {
      failures.push({ areaId: area.id, error: asError(error) });
    }
  }

  const regk = await fetchShared(client, NUMERATOR_TABLE, plans.map((p) => ({ key: p.area.id, codes: p.codes })),
    (codes) => regk31Selection(codes, municipalities, year), lang);
  const bands = [...new Map(plans.map((p) => [p.band.id, { key: p.band.id, codes: p.ages }])).values()];
  const folk = await fetchShared(client, DENOMINATOR_TABLE, bands, (ages) => folk1aSelection(ages, municipalities, year), lang);

  const datasets = new Map<string, Dataset[]>();
  for (const plan of plans) {
    const regkCube = regk.get(plan.area.id);
    const folkCube = folk.get(plan.band.id);
    if (!isCube(regkCube) || !isCube(folkCube)) {
      const error = [regkCube, folkCube].find((answer): answer is Error => answer instanceof Error);
      failures.push({ areaId: plan.area.id, error: error ?? new Error(`no answer for ${plan.area.id}`) });
      continue;
    }
    const provenance: Provenance = {
      lang,
      regkUpdated: regkCube.updated ?? regkInfo.updated,
      folkUpdated: folkCube.updated ?? folkInfo.updated,
      regkFetchedAt: fetchedAt(regkCube, options.now),
      folkFetchedAt: fetchedAt(folkCube, options.now),
      regkCached: regkCube.cached === true,
      folkCached: folkCube.cached === true,
    };
    datasets.set(plan.area.id, areaDatasets({
      area: plan.area, band: plan.band, year, functionCodes: plan.codes,
      numeratorQuery: regk31Selection(plan.codes, municipalities, year),
      denominatorQuery: folk1aSelection(plan.ages, municipalities, year),
      numerator: numeratorValues(regkCube, plan.codes, municipalities, year),
      denominator: denominatorValues(folkCube, plan.ages, municipalities, year),
      provenance,
    }));
  }
  // The default measure (DST's own figure per inhabitant) beside the per-band figures, for every
  // area that came live; without it each area keeps its per-band figures and its sheet says so.
  if (options.measure === 'perInhabitant') {
    const live = plans.filter((p) => datasets.has(p.area.id));
    const inhabitant = await fetchInhabitantFigures(client, regkInfo, live, municipalities, year, { lang, now: options.now });
    for (const [areaId, list] of inhabitant) datasets.set(areaId, [...(datasets.get(areaId) ?? []), ...list]);
  }
  // Failures in the order the areas were asked for.
  const order = new Map(areas.map((a, i) => [a.id, i]));
  failures.sort((a, b) => (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0));
  return { year, datasets, failures };
}

/** When the figures were fetched: the original time for a cached cube, now for a fresh one. */
function fetchedAt(cube: Cube, now: (() => Date) | undefined): string {
  if (cube.cached && cube.fetchedAt) return cube.fetchedAt;
  return now ? now().toISOString() : cube.fetchedAt ?? new Date().toISOString();
}

interface Group {
  key: string;
  codes: string[];
}

/**
 * One request for every group's codes together; if it fails, one request per group, so the
 * failure lands on the group whose query causes it. Asking group by group stops when the deadline
 * is past, or when the first groups all fail the way a service-wide fault does.
 */
export async function fetchShared(
  client: StatbankClient, table: string, groups: readonly Group[], selection: (codes: string[]) => Selection, lang: Lang,
): Promise<Map<string, Cube | Error>> {
  const answers = new Map<string, Cube | Error>();
  if (groups.length === 0) return answers;
  const all = [...new Set(groups.flatMap((g) => g.codes))];
  let shared: Error;
  try {
    const cube = await client.data(table, selection(all), { format: 'JSONSTAT', lang });
    for (const group of groups) answers.set(group.key, cube);
    return answers;
  } catch (error) {
    shared = asError(error);
  }
  if (groups.length === 1 || isDeadline(shared)) {
    for (const group of groups) answers.set(group.key, shared);
    return answers;
  }
  let outage = 0;
  let answered = false;
  for (const group of groups) {
    if (outage >= OUTAGE_AFTER && !answered) {
      answers.set(group.key, shared);
      continue;
    }
    try {
      answers.set(group.key, await client.data(table, selection(group.codes), { format: 'JSONSTAT', lang }));
      answered = true;
    } catch (error) {
      const failure = asError(error);
      answers.set(group.key, failure);
      // Past the deadline each further call fails at once, without a request; no need to stop.
      if (failure instanceof StatbankError && failure.retryable) outage++;
    }
  }
  return answers;
}

export function isCube(answer: Cube | Error | undefined): answer is Cube {
  return answer !== undefined && !(answer instanceof Error);
}

function isDeadline(error: Error): boolean {
  return error instanceof StatbankError && error.code === 'DEADLINE';
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
