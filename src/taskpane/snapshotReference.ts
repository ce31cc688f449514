// The bundled snapshot as a run's reference, in a module of its own so the pane's first load does
// not carry the snapshot (a run loads it with the engine).
import { loadSnapshot } from '../reference/snapshot';
import type { PaneReference } from './runner';

export function snapshotReference(): PaneReference {
  const bundle = loadSnapshot();
  return { bundle, status: { origin: 'snapshot', asOf: bundle.builtAt, fellBack: false } };
}
