// Browser only: webpack sees `new Worker(new URL(…, import.meta.url))`, bundles dea.worker.ts as
// its own chunk and fetches it when this runs, i.e. on the first DEA solve. Node tests never load
// this file (CommonJS has no import.meta); they inject a solver instead.
import type { WorkerLike } from './deaClient';

export function createDeaWorker(): WorkerLike {
  // @ts-expect-error -- import.meta exists in the ES-module build webpack makes; the CommonJS type check (tsconfig.json) rejects it.
  return new Worker(new URL('./dea.worker.ts', import.meta.url), { name: 'pejlemaerke-dea' }) as unknown as WorkerLike;
}
