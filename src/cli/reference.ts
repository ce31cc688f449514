// The CLI's way to national figures: StatBank live with a folder cache, falling back as the
// reference layer decides, or the bundled snapshot. Also `refresh-snapshot` for maintainers.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Lang } from '../core/types';
import { crossCheckLines, crossCheckNglk, loadReference, StatbankClient, type LoadedReference, type NglkCrossCheck } from '../reference/statbank';
import { FileCache, refreshSnapshot } from '../reference/statbank/node';
import { t } from '../i18n';
import type { ReferenceArgs, RefreshArgs } from './args';
import type { CliIo } from './main';

export interface CliReference extends LoadedReference {
  requests: number;
  cacheHits: number;
  /** DST's own key figures (NGLK) against ours, for live data only. */
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

export async function cliReference(args: ReferenceArgs, lang: Lang): Promise<CliReference> {
  if (args.source === 'snapshot') return { ...(await loadReference({ source: 'snapshot', lang })), requests: 0, cacheHits: 0, checks: [] };
  const client = clientFor(args);
  const loaded = await loadReference({ source: 'live', client, year: args.year, lang });
  const checks = loaded.status.origin === 'live' ? await crossCheckNglk(client, loaded.bundle, { year: args.year, lang }) : [];
  return { ...loaded, requests: client.counters.requests, cacheHits: client.counters.cacheHits, checks };
}

export function referenceLines(reference: CliReference, lang: Lang): string[] {
  const { status } = reference;
  const date = status.asOf.slice(0, 10);
  const lines = [
    status.origin === 'live'
      ? t('cli.reference.live', lang, { date, requests: reference.requests, hits: reference.cacheHits })
      : t('cli.reference.snapshot', lang, { date }),
  ];
  if (status.fellBack && status.reason) lines.push(t('cli.reference.fellBack', lang, { reason: status.reason }));
  return [...lines, ...crossCheckLines(reference.checks, lang)];
}

export async function refreshSnapshotCommand(args: RefreshArgs, io: CliIo): Promise<number> {
  const outPath = resolve(args.out ?? join(__dirname, '..', '..', '..', 'src', 'reference', 'snapshot', 'snapshot.json'));
  const result = await refreshSnapshot({ client: clientFor(args.reference), year: args.reference.year, outPath, lang: args.lang });
  io.out(t('cli.refresh.done', args.lang, { path: result.outPath, requests: result.requests }));
  return 0;
}
