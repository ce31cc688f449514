// The live StatBank path, loaded with a dynamic import so the client and its parsers only reach
// the pane when someone asks for live data.
import type { MeasureKind } from '../core/benchmark/measure';
import type { Lang } from '../core/types';
import { SERVICE_AREAS } from '../reference/catalogue';
import {
  availableYears, crossCheckLines, crossCheckNglk, liveCatalogue, LocalStorageCache, loadReference, NUMERATOR_TABLE, StatbankClient, type LoadedReference,
} from '../reference/statbank';

function clientFor(baseUrl: string): StatbankClient {
  return new StatbankClient({ baseUrl, cache: new LocalStorageCache(), timeoutMs: 10000, retries: 1 });
}

/** The accounting years REGK31 lists, oldest first. */
export async function fetchYears(baseUrl: string, lang: Lang): Promise<string[]> {
  return availableYears(await clientFor(baseUrl).tableInfo(NUMERATOR_TABLE, lang), lang);
}

export interface LiveChoices {
  /** A catalogue id: only that area's figures are fetched. */
  area?: string;
  /** The most the run waits for StatBank in all; default 20 s. */
  deadlineSeconds?: number;
  /** The run's measure; default DST's figure per inhabitant, the snapshot's measure. */
  measure?: MeasureKind;
}

/**
 * Live figures area by area, each area falling back on its own (stored live figures, then the
 * snapshot) with the reason; the areas that came live are cross-checked against DST's own key
 * figures (NGLK), as in the CLI.
 */
export async function loadLive(baseUrl: string, year: string | undefined, lang: Lang, choices: LiveChoices = {}): Promise<LoadedReference & { checks: string[] }> {
  const client = clientFor(baseUrl);
  const areas = choices.area && SERVICE_AREAS.some((a) => a.id === choices.area) ? [choices.area] : undefined;
  const deadlineMs = choices.deadlineSeconds === undefined ? undefined : Math.round(choices.deadlineSeconds * 1000);
  const loaded = await loadReference({ source: 'live', client, year: year || undefined, areas, lang, deadlineMs, measure: choices.measure ?? 'perInhabitant' });
  const current = loaded.status.areas.filter((a) => !a.fellBack).map((a) => a.areaId);
  if (current.length === 0) return { ...loaded, checks: [] };
  const checks = await crossCheckNglk(client, loaded.bundle, { year: year || undefined, areas: current, lang });
  return { ...loaded, checks: crossCheckLines(checks, lang) };
}

/** What a live key figure of the area divides by, e.g. 'kr. pr. indbygger 6–16 år'; undefined for an unknown area. */
export function liveMeasure(areaId: string, lang: Lang): string | undefined {
  // The unit does not depend on the year; any year gives the area's age band.
  return liveCatalogue('2024').find((area) => area.id === areaId)?.unitLabel[lang];
}
