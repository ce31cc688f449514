// The reference snapshot bundled with the add-in and the CLI, as one ReferenceBundle. Both files
// are static JSON imports: tsc copies them next to the compiled CLI; in the task pane this module
// is only ever reached through a dynamic import (snapshotLazy.ts), so webpack puts the figures in a
// chunk of their own that loads when a run uses the snapshot.
import seriesJson from './snapshot/series.json';
import { decodeSnapshot, type SnapshotSeries } from './snapshotFormat';
import { snapshotRegistry } from './snapshotRegistry';
import type { ReferenceBundle } from './types';
import { validateBundle } from './validate';

let cached: ReferenceBundle | undefined;

/** The bundled snapshot, checked once on first use. Treat it as read-only: it is shared. */
export function loadSnapshot(): ReferenceBundle {
  cached ??= validateBundle(decodeSnapshot(snapshotRegistry(), seriesJson as unknown as SnapshotSeries));
  return cached;
}
