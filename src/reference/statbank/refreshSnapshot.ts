// Node-only: fetch the reference data live and save them as a bundle file in the snapshot format,
// for `npx pejlemaerke refresh-snapshot`. The bundle says it is a snapshot and, in every
// dataset's flags, on which day it was fetched live.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../core/types';
import type { ReferenceBundle } from '../types';
import { validateBundle } from '../validate';
import type { StatbankClient } from './client';
import { statbankText } from './errors';
import { fetchLiveBundle } from './liveBundle';
import { formatDate } from './loadReference';

export interface RefreshSnapshotOptions {
  client: StatbankClient;
  year?: string | number;
  outPath: string;
  areas?: readonly string[];
  municipalities?: readonly string[];
  lang?: Lang;
  now?: () => Date;
  /** Replace an existing file at outPath; otherwise an existing file is an error and stays as it is. */
  overwrite?: boolean;
}

export interface RefreshSnapshotResult {
  bundle: ReferenceBundle;
  outPath: string;
  /** HTTP requests this refresh sent. */
  requests: number;
}

export async function refreshSnapshot(options: RefreshSnapshotOptions): Promise<RefreshSnapshotResult> {
  const lang = options.lang ?? 'da';
  const before = options.client.counters.requests;
  const live = await fetchLiveBundle(options.client, { year: options.year, areas: options.areas, municipalities: options.municipalities, lang, now: options.now });
  const flag = statbankText('statbank.flag.refreshed', lang, { date: formatDate(live.builtAt, lang) });
  const bundle: ReferenceBundle = {
    ...live,
    origin: 'snapshot',
    datasets: live.datasets.map((ds) => ({ ...ds, origin: 'snapshot', flags: [...ds.flags, flag] })),
  };
  // Refuse to write what the loader would refuse to read.
  validateBundle(bundle, lang);
  await fs.mkdir(path.dirname(path.resolve(options.outPath)), { recursive: true });
  await fs.writeFile(options.outPath, `${JSON.stringify(bundle, null, 1)}\n`, { encoding: 'utf8', flag: options.overwrite ? 'w' : 'wx' });
  return { bundle, outPath: options.outPath, requests: options.client.counters.requests - before };
}
