// Node-only parts of the StatBank client: the folder cache and the snapshot refresher.
export * from './index';
export { FileCache } from './fileCache';
export { refreshSnapshot, type RefreshSnapshotOptions, type RefreshSnapshotResult } from './refreshSnapshot';
