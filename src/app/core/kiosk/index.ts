export { KioskRuntime, type WakeLockStatus } from './kiosk-runtime';
