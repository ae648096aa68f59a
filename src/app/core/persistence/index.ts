export { SNAPSHOT_VERSION, SnapshotCache, type SavedSnapshot } from './snapshot-cache';
