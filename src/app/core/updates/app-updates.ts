import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { SwUpdate } from '@angular/service-worker';
import { interval, merge } from 'rxjs';
import { CLOCK, BROWSER_STATUS, PAGE_LOCATION } from '../platform';

/** Where a new version of the app stands on this device. */
export type UpdateState = 'current' | 'ready' | 'applying';

/** How often to ask the server for a new version while the page stays open (a wall tablet never reloads). */
const CHECK_EVERY_MS = 30 * 60_000;
/** A kiosk applies an update by itself only after this long without a touch. */
export const QUIET_MS = 60_000;

/**
 * New versions of the dashboard, through the Angular service worker: checked at start, every half hour
 * and whenever the page becomes visible; offered as "Update ready"; applied with one reload (the worker
 * serves the new shell, settings and saved state stay in storage). A broken worker cache reloads at once.
 */
@Injectable({ providedIn: 'root' })
export class AppUpdates {
  private readonly sw = inject(SwUpdate);
  private readonly location = inject(PAGE_LOCATION);
  private readonly status = inject(BROWSER_STATUS);
  private readonly clock = inject(CLOCK);
  private readonly _state = signal<UpdateState>('current');
  readonly state = this._state.asReadonly();

  constructor() {
    if (!this.sw.isEnabled) return;
    const subs = [
      this.sw.versionUpdates.subscribe((e) => {
        if (e.type === 'VERSION_READY') this._state.set('ready');
      }),
      // The worker lost files it needs (evicted cache): only a reload from the network can help.
      this.sw.unrecoverable.subscribe(() => this.location.reload()),
      merge(interval(CHECK_EVERY_MS), this.status.becameVisible, this.status.cameOnline).subscribe(() => void this.check()),
    ];
    void this.check();
    inject(DestroyRef).onDestroy(() => subs.forEach((s) => s.unsubscribe()));
  }

  /** Asks the server; a failure (offline) just waits for the next occasion. */
  async check(): Promise<void> {
    try {
      await this.sw.checkForUpdate();
    } catch {
      // Offline or the server is down: the next check will do.
    }
  }

  /** Switches to the new version and reloads: the new shell comes from the worker's fresh cache. */
  async apply(): Promise<void> {
    if (this._state() !== 'ready') return;
    this._state.set('applying');
    try {
      await this.sw.activateUpdate();
    } finally {
      this.location.reload();
    }
  }

  /** For a kiosk: applies a ready update once nobody has touched the screen for a quiet minute. */
  applyIfQuiet(lastInteraction: number): void {
    if (this._state() === 'ready' && this.clock.now() - lastInteraction >= QUIET_MS) void this.apply();
  }
}
