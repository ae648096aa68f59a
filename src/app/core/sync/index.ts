export { LiveSync } from './live-sync';
