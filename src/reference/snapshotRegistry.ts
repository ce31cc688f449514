// The small half of the bundled snapshot: municipalities, framework variables, the years and
// functions the data hold, and when it was built. Static import, so it is in every bundle at once;
// the figures themselves (series.json) load on demand (see snapshot.ts and snapshotLazy.ts).
import registryJson from './snapshot/registry.json';
import type { SnapshotRegistry } from './snapshotFormat';

/** Treat as read-only: it is shared. */
export function snapshotRegistry(): SnapshotRegistry {
  return registryJson as unknown as SnapshotRegistry;
}
