// The live StatBank path, loaded with a dynamic import so the client and its parsers only reach
// the pane when someone asks for live data.
import type { Lang } from '../core/types';
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

/**
 * Live figures, or the cache or snapshot with the reason when StatBank cannot be reached; live
 * figures are cross-checked against DST's own key figures (NGLK), as in the CLI.
 */
export async function loadLive(baseUrl: string, year: string | undefined, lang: Lang): Promise<LoadedReference & { checks: string[] }> {
  const client = clientFor(baseUrl);
  const loaded = await loadReference({ source: 'live', client, year: year || undefined, lang });
  if (loaded.status.origin !== 'live') return { ...loaded, checks: [] };
  const checks = await crossCheckNglk(client, loaded.bundle, { year: year || undefined, lang });
  return { ...loaded, checks: crossCheckLines(checks, lang) };
}

/** What a live key figure of the area divides by, e.g. 'kr. pr. indbygger 6–16 år'; undefined for an unknown area. */
export function liveMeasure(areaId: string, lang: Lang): string | undefined {
  // The unit does not depend on the year; any year gives the area's age band.
  return liveCatalogue('2024').find((area) => area.id === areaId)?.unitLabel[lang];
}
