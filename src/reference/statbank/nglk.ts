// Cross-checks the bundle's key figures against Statistics Denmark's official key figures (NGLK)
// where NGLK has a matching one: same municipality, same year, net expenditure per unit in
// current prices. One NGLK request serves every area; a failure is reported per area and never
// ends the run, because the cross-check is a second opinion, not a source.
import type { Lang } from '../../core/types';
import { SERVICE_AREAS } from '../catalogue';
import { ReferenceDataError, referenceSeriesFor } from '../series';
import type { ReferenceBundle, ServiceAreaDefinition } from '../types';
import type { StatbankClient } from './client';
import { cubeValue } from './cube';
import { StatbankError } from './errors';
import { catalogueFor, liveBundleYear } from './liveBundle';
import { discoverLayout, matchKeyFigure, NGLK_TABLE, type NglkLayout, type NglkReason } from './nglkLayout';
import { checkMessage } from './nglkText';
import type { Selection, TableInfo } from './types';

export { NGLK_TABLE, discoverLayout, matchKeyFigure, type NglkLayout, type NglkReason } from './nglkLayout';
export { crossCheckLines, checkMessage } from './nglkText';

export type NglkStatus = 'compared' | 'no-matching-key-figure' | 'failed';

export interface NglkComparison {
  /** OMRÅDE code, e.g. '825'. */
  code: string;
  name: string;
  /** Pejlemærke's key figure, kr. per unit of our denominator. */
  ours: number;
  /** NGLK's key figure in kr. per unit of DST's denominator. */
  theirs: number;
  /** (ours − theirs) / theirs. */
  relativeDifference: number;
}

export interface NglkCrossCheck {
  areaId: string;
  status: NglkStatus;
  nglk?: { table: 'NGLK'; query: Selection; code: string; text: string; unit: string };
  /** Municipalities with a figure on both sides, in code order. */
  comparisons: NglkComparison[];
  /** Comparisons differing by more than the tolerance. */
  disagreements: NglkComparison[];
  /** The one-line summary in the language asked for. */
  message: string;
  year: string;
  tolerance: number;
  areaName: Record<Lang, string>;
  /** What our key figure is per, e.g. 'kr. pr. indbygger 6–16 år', in both languages. */
  ourUnit: Record<Lang, string>;
  /** Municipalities lacking a figure on either side. */
  missing: string[];
  /** Why there is no comparison ('no-matching-key-figure' and 'failed'), for re-rendering. */
  reason?: NglkReason;
  /** When NGLK failed earlier and the failure was remembered instead of asked again (ISO 8601). */
  rememberedAt?: string;
}

/**
 * NGLK is a second opinion: one attempt, at most this long (and never past the run's deadline),
 * so it cannot hold up a run that already has its figures.
 */
export const NGLK_CALL = { retries: 0, timeoutMs: 8000 };

export interface CrossCheckOptions {
  /** Accounting year; default the bundle's live year, else the period of its key figures. */
  year?: string | number;
  /** Area ids; default every area the bundle has key figures for. */
  areas?: readonly string[];
  lang?: Lang;
  /** Largest relative difference still counted as agreement; 0.01 = 1 %. */
  tolerance?: number;
}

interface Pending {
  check: NglkCrossCheck;
  /** The period of our key figures. */
  period: string;
  values: Map<string, number | null>;
  area: ServiceAreaDefinition;
}

export async function crossCheckNglk(client: StatbankClient, bundle: ReferenceBundle, options: CrossCheckOptions = {}): Promise<NglkCrossCheck[]> {
  const lang = options.lang ?? 'da';
  const tolerance = options.tolerance ?? 0.01;
  const catalogue = catalogueFor(bundle);
  const areaIds = options.areas ?? catalogue.filter((a) => a.datasets.keyFigure && bundle.datasets.some((d) => d.id === a.datasets.keyFigure)).map((a) => a.id);
  const names = new Map(bundle.municipalities.map((m) => [m.code, m.name]));
  let year = options.year === undefined ? liveBundleYear(bundle) : String(options.year);

  const checks: NglkCrossCheck[] = [];
  const pending: Pending[] = [];
  for (const areaId of areaIds) {
    const area = catalogue.find((a) => a.id === areaId) ?? SERVICE_AREAS.find((a) => a.id === areaId);
    const check: NglkCrossCheck = {
      areaId, status: 'failed', comparisons: [], disagreements: [], message: '', year: year ?? '', tolerance,
      areaName: area ? { ...area.name } : { da: areaId, en: areaId },
      ourUnit: area ? { ...area.unitLabel } : { da: '—', en: '—' }, missing: [],
    };
    checks.push(check);
    try {
      // Throws for an area the catalogue does not know or the bundle has no figures for. NGLK is
      // DST's key-figure convention, so ours in that measure where the bundle has it.
      const series = referenceSeriesFor(bundle, areaId, { catalogue, lang, measure: 'perAgeBand' });
      year ??= series.period;
      if (area) pending.push({ check, period: series.period, values: new Map(series.points.map((p) => [p.code, p.keyFigure])), area });
    } catch (error) {
      check.reason = reasonOf(error);
    }
  }
  const period = year ?? '';
  for (const check of checks) check.year = period;
  // Figures of different years are not compared: the difference would be a year's growth.
  const sameYear = pending.filter((item) => {
    if (item.period === period) return true;
    Object.assign(item.check, { status: 'no-matching-key-figure', reason: { key: 'nglk.reason.periodMismatch', params: { ours: item.period, year: period } } });
    return false;
  });

  await compareWithNglk(client, sameYear, period, names);
  for (const check of checks) check.message = checkMessage(check, lang);
  return checks;
}

async function compareWithNglk(client: StatbankClient, pending: Pending[], year: string, names: Map<string, string>): Promise<void> {
  if (pending.length === 0) return;
  const settle = (items: readonly Pending[], status: NglkStatus, reason: NglkReason): void => {
    for (const { check } of items) Object.assign(check, { status, reason });
  };
  // A failure seen within the tableinfo lifetime is not waited for again.
  const memory = `${NGLK_TABLE}|${year}`;
  const remembered = await client.recentFailure(memory);
  if (remembered) {
    settle(pending, 'failed', { key: `statbank.error.${remembered.code}`, params: { ...remembered.params } });
    for (const { check } of pending) check.rememberedAt = new Date(remembered.at).toISOString();
    return;
  }
  const fail = async (items: readonly Pending[], error: unknown): Promise<void> => {
    settle(items, 'failed', reasonOf(error));
    // Not NGLK's fault when the run's own deadline ran out before NGLK was asked.
    if (error instanceof StatbankError && client.timeLeft() > 0) await client.rememberFailure(memory, error);
  };
  // NGLK is read in Danish whatever the reader's language: the matching rules look for Danish words.
  let info: TableInfo;
  try {
    info = await client.tableInfo(NGLK_TABLE, 'da', NGLK_CALL);
  } catch (error) {
    await fail(pending, error);
    return;
  }
  const found = discoverLayout(info, year, SERVICE_AREAS);
  if (!found.ok) {
    settle(pending, 'no-matching-key-figure', found.reason);
    return;
  }
  const layout = found.layout;
  const matched: { item: Pending; code: string; text: string }[] = [];
  for (const item of pending) {
    const match = matchKeyFigure(layout.keyFigureVariable, item.area);
    if (match) matched.push({ item, code: match.value.id, text: match.value.text });
    else settle([item], 'no-matching-key-figure', noKeyFigureReason(layout, item.area));
  }
  if (matched.length === 0) return;

  const listed = new Set(layout.areaVariable.values.map((v) => v.id));
  const municipalities = [...new Set(matched.flatMap(({ item }) => [...item.values.keys()]))].filter((code) => listed.has(code)).sort();
  const selectionFor = (codes: string[]): Selection => ({
    [layout.areaVariable.id]: municipalities,
    [layout.keyFigureVariable.id]: codes,
    ...Object.fromEntries(layout.fixed.map((f) => [f.variable, [f.code]])),
    [layout.timeVariable.id]: [year],
  });
  if (municipalities.length === 0) {
    for (const { item, code, text } of matched) finish(item, layout, code, text, selectionFor([code]), () => undefined, names);
    return;
  }
  try {
    // One request for every matched area; the client splits it only if DST's cell limit demands.
    const cube = await client.data(NGLK_TABLE, selectionFor([...new Set(matched.map((m) => m.code))]), { format: 'JSONSTAT', lang: 'da', ...NGLK_CALL });
    for (const { item, code, text } of matched) {
      const lookup = (municipality: string) => {
        const value = cubeValue(cube, {
          [layout.areaVariable.id]: municipality,
          [layout.keyFigureVariable.id]: code,
          ...Object.fromEntries(layout.fixed.map((f) => [f.variable, f.code])),
          [layout.timeVariable.id]: year,
        });
        return typeof value === 'number' ? value * layout.scale : undefined;
      };
      finish(item, layout, code, text, selectionFor([code]), lookup, names);
    }
  } catch (error) {
    await fail(matched.map((m) => m.item), error);
  }
}

function finish(
  item: Pending, layout: NglkLayout, code: string, text: string, query: Selection,
  theirsFor: (municipality: string) => number | undefined, names: Map<string, string>,
): void {
  const { check } = item;
  check.status = 'compared';
  check.nglk = { table: 'NGLK', query, code, text, unit: layout.unit };
  for (const [municipality, ours] of [...item.values.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const theirs = theirsFor(municipality);
    // A zero or negative NGLK figure has no meaningful relative difference; count it as missing.
    if (ours === null || theirs === undefined || theirs <= 0) {
      check.missing.push(municipality);
      continue;
    }
    check.comparisons.push({ code: municipality, name: names.get(municipality) ?? municipality, ours, theirs, relativeDifference: (ours - theirs) / theirs });
  }
  check.disagreements = check.comparisons.filter((c) => Math.abs(c.relativeDifference) > check.tolerance);
}

function noKeyFigureReason(layout: NglkLayout, area: ServiceAreaDefinition): NglkReason {
  const values = layout.keyFigureVariable.values;
  const shown = values.slice(0, 8).map((v) => v.id).join(', ');
  return {
    key: 'nglk.reason.noKeyFigure',
    params: { area: area.name.da, areaId: area.id, variable: layout.keyFigureVariable.id, available: values.length > 8 ? `${shown}, …` : shown },
  };
}

function reasonOf(error: unknown): NglkReason {
  if (error instanceof StatbankError) return { key: `statbank.error.${error.code}`, params: { ...error.params } };
  if (error instanceof ReferenceDataError) return { key: error.code, params: { ...error.params } };
  return { key: 'nglk.reason.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } };
}
