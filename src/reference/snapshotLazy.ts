// The task pane's way to the snapshot's figures: a dynamic import, so the ~25,000 numbers are a
// chunk of their own and the pane's first load stays small.
import type { ReferenceBundle } from './types';

export async function loadSnapshotLazily(): Promise<ReferenceBundle> {
  const { loadSnapshot } = await import(/* webpackChunkName: "snapshot" */ './snapshot');
  return loadSnapshot();
}
