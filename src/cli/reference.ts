// The CLI's way to national figures: StatBank live with a folder cache and one overall deadline,
// falling back area by area as the reference layer decides, or the bundled snapshot. Also
// `refresh-snapshot` for maintainers, which writes a new file unless --out names one.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MeasureKind } from '../core/benchmark/measure';
import type { Lang } from '../core/types';
import { SERVICE_AREAS } from '../reference/catalogue';
import {
  crossCheckLines, crossCheckNglk, formatDate, liveAreasLine, loadReference, StatbankClient, type LoadedReference, type NglkCrossCheck,
} from '../reference/statbank';
import { FileCache, refreshSnapshot } from '../reference/statbank/node';
import type { Dataset } from '../reference/types';
import { t } from '../i18n';
import type { ReferenceArgs, RefreshArgs } from './args';
import type { CliIo } from './main';

export interface CliReference extends LoadedReference {
  requests: number;
  cacheHits: number;
  /** DST's own key figures (NGLK) against ours, for the areas that came live only. */
  checks: NglkCrossCheck[];
}

function cacheFolder(args: ReferenceArgs): string {
  if (args.cacheDir) return resolve(args.cacheDir);
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'pejlemaerke');
}

function clientFor(args: ReferenceArgs): StatbankClient {
  return new StatbankClient({ baseUrl: args.baseUrl, cache: new FileCache(cacheFolder(args)) });
}

/** Reference data for a run; with `area` (a catalogue id) only what that area needs is fetched. */
export async function cliReference(args: ReferenceArgs, lang: Lang, area?: string, measure: MeasureKind = 'perInhabitant'): Promise<CliReference> {
  if (args.source === 'snapshot') return { ...(await loadReference({ source: 'snapshot', lang })), requests: 0, cacheHits: 0, checks: [] };
  const client = clientFor(args);
  const areas = area !== undefined && SERVICE_AREAS.some((a) => a.id === area) ? [area] : undefined;
  const deadlineMs = args.deadlineSeconds === undefined ? undefined : Math.round(args.deadlineSeconds * 1000);
  const loaded = await loadReference({ source: 'live', client, year: args.year, areas, lang, deadlineMs, measure });
  // Only areas with current DST figures are cross-checked; a fallback's figures are not DST's of today.
  const current = loaded.status.areas.filter((a) => !a.fellBack).map((a) => a.areaId);
  const checks = current.length > 0 ? await crossCheckNglk(client, loaded.bundle, { year: args.year, areas: current, lang }) : [];
  return { ...loaded, requests: client.counters.requests, cacheHits: client.counters.cacheHits, checks };
}

export function referenceLines(reference: CliReference, lang: Lang): string[] {
  const { status } = reference;
  const date = status.asOf.slice(0, 10);
  const counts = { requests: reference.requests, hits: reference.cacheHits };
  const first = status.origin === 'snapshot'
    ? t('cli.reference.snapshot', lang, { date })
    : status.fellBack
      ? t('cli.reference.mixed', lang, counts)
      : status.origin === 'cache'
        ? t('cli.reference.stored', lang, { date: when(status.asOf, lang), ...counts })
        : t('cli.reference.live', lang, { date, ...counts });
  const lines = [first, ...datasetLines(reference.bundle.datasets, lang)];
  if (status.fellBack) {
    for (const reason of status.reasonLines ?? (status.reason ? [status.reason] : [])) lines.push(t('cli.reference.fellBack', lang, { reason }));
    const live = liveAreasLine(status.areas, lang);
    if (live) lines.push(live);
  }
  return [...lines, ...crossCheckLines(reference.checks, lang)];
}

/**
 * Table, period, origin and fetch time of every dataset, one line per group that shares table,
 * origin and date; the years of a multi-year series make one range ("REGK31 2016–2024").
 */
function datasetLines(datasets: readonly Dataset[], lang: Lang): string[] {
  const groups = new Map<string, { dataset: Dataset; date: string; periods: Set<string>; count: number }>();
  for (const dataset of datasets) {
    const date = dataset.origin === 'snapshot' ? formatDate(dataset.fetchedAt, lang) : when(dataset.fetchedAt, lang);
    const key = [dataset.table, dataset.origin, date].join('|');
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.periods.add(dataset.period);
    } else groups.set(key, { dataset, date, periods: new Set([dataset.period]), count: 1 });
  }
  const lines = [...groups.values()].map(({ dataset, date, periods, count }) => t('cli.reference.dataset', lang, {
    table: dataset.table, period: periodText([...periods].sort()), origin: t(`cli.reference.origin.${dataset.origin}`, lang), date,
    count: count === 1 ? t('cli.reference.datasetCount.one', lang) : t('cli.reference.datasetCount.other', lang, { count }),
  }));
  return [t('cli.reference.datasets', lang), ...lines];
}

/** '2016–2024' for a run of years, else the periods listed. */
function periodText(periods: readonly string[]): string {
  const years = periods.every((p) => /^\d{4}$/.test(p));
  return years && periods.length > 2 ? `${periods[0]}–${periods[periods.length - 1]}` : periods.join(', ');
}

/** Date and time of a fetch, in UTC so a log reads the same on every machine. */
function when(iso: string, lang: Lang): string {
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  const clock = time ? (lang === 'da' ? ` kl. ${time[1]}.${time[2]} UTC` : ` ${time[1]}:${time[2]} UTC`) : '';
  return `${formatDate(iso, lang)}${clock}`;
}

/** What --json says about the reference data: every dataset and every area, with where it came from. */
export function referenceJson(reference: CliReference) {
  const { status } = reference;
  return {
    origin: status.origin,
    asOf: status.asOf,
    fellBack: status.fellBack,
    reason: status.reason ?? null,
    requests: reference.requests,
    cacheHits: reference.cacheHits,
    datasets: reference.bundle.datasets.map((d) => ({
      id: d.id, table: d.table, period: d.period, origin: d.origin, fetchedAt: d.fetchedAt, updated: d.updated ?? null,
    })),
    areas: status.areas.map((a) => ({
      area: a.areaId, origin: a.origin, fellBack: a.fellBack, fetchedAt: a.fetchedAt ?? null, reason: a.cause ?? null,
      measure: a.measure ?? null,
    })),
    crossChecks: reference.checks.map((check) => ({
      area: check.areaId,
      status: check.status,
      nglk: check.nglk?.code ?? null,
      compared: check.comparisons.length,
      disagreements: check.disagreements.length,
      message: check.message,
    })),
  };
}

export async function refreshSnapshotCommand(args: RefreshArgs, io: CliIo): Promise<number> {
  const outPath = args.out ? resolve(args.out) : newSnapshotPath(new Date());
  const result = await refreshSnapshot({
    client: clientFor(args.reference), year: args.reference.year, outPath, lang: args.lang, overwrite: args.out !== undefined,
  });
  io.out(t('cli.refresh.done', args.lang, { path: result.outPath, requests: result.requests }));
  return 0;
}

/** out/snapshot-<date>.json in the working folder, numbered so an earlier refresh is never overwritten. */
export function newSnapshotPath(now: Date, folder = join(process.cwd(), 'out')): string {
  const stem = `snapshot-${now.toISOString().slice(0, 10)}`;
  for (let n = 1; ; n++) {
    const candidate = join(folder, n === 1 ? `${stem}.json` : `${stem}-${n}.json`);
    if (!existsSync(candidate)) return candidate;
  }
}
