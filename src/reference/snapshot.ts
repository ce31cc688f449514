// The reference snapshot bundled with the add-in and the CLI. A static JSON import, so webpack
// puts it into the task pane bundle and tsc copies it next to the compiled CLI.
import snapshotJson from './snapshot/snapshot.json';
import type { ReferenceBundle } from './types';
import { validateBundle } from './validate';

let cached: ReferenceBundle | undefined;

/** The bundled snapshot, checked once on first use. Treat it as read-only: it is shared. */
export function loadSnapshot(): ReferenceBundle {
  cached ??= validateBundle(snapshotJson as unknown);
  return cached;
}
