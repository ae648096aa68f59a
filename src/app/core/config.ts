import { InjectionToken } from '@angular/core';

/** Timings of the live connection and commands; tests shorten them. */
export interface DashboardConfig {
  /** How long a command waits for `control-resp` before it is reported as timed out. */
  readonly controlTimeoutMs: number;
  /** After `ok: true`, how long to wait for the device's new value on the feed. */
  readonly confirmTimeoutMs: number;
  /** MQTT keepalive the hub asks clients for. */
  readonly keepaliveSeconds: number;
  readonly reconnect: {
    readonly baseMs: number;
    readonly capMs: number;
    /** A connection that lasted this long was good: the next failure starts the backoff afresh. */
    readonly goodConnectionMs: number;
  };
  /** Saved state is written at most this often (one IndexedDB transaction per flush). */
  readonly persistDebounceMs: number;
  /** How often notifications are fetched while the page is visible (they are not on MQTT). */
  readonly notificationPollMs: number;
}

export const DASHBOARD_CONFIG = new InjectionToken<DashboardConfig>('DASHBOARD_CONFIG', {
  providedIn: 'root',
  factory: () => ({
    controlTimeoutMs: 10_000,
    confirmTimeoutMs: 8_000,
    keepaliveSeconds: 30,
    reconnect: { baseMs: 1_000, capMs: 30_000, goodConnectionMs: 10_000 },
    persistDebounceMs: 1_000,
    notificationPollMs: 60_000,
  }),
});
