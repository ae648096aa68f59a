export { AppUpdates, QUIET_MS, type UpdateState } from './app-updates';
