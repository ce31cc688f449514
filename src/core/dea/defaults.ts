// Defaults the shells show before any engine code is loaded (a leaf: no imports), so the task
// pane's first bundle need not carry the engine to know them.

/** Bootstrap replicates B when the user does not say (Simar & Wilson, R Benchmarking's boot.sw98). */
export const DEFAULT_REPLICATES = 2000;
/** The bootstrap's seed when the user does not give one. */
export const DEFAULT_SEED = 2024;
