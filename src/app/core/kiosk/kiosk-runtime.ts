import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { nightlyReloadDue } from '../../domain/kiosk';
import { ConnectionStore } from '../../state/connection-store';
import { KioskStore } from '../../state/kiosk-store';
import { BROWSER_STATUS, CLOCK, Now, PAGE_LOCATION, SCREEN_CONTROL } from '../platform';
import { AppUpdates } from '../updates';

/** Whether the screen is being kept on, in words for the kiosk settings. */
export type WakeLockStatus = 'off' | 'held' | 'unsupported' | 'insecure' | 'refused';

/**
 * What keeps a wall tablet going while the kiosk view is shown: the screen wake lock (asked again
 * whenever the page becomes visible, since the browser drops it when hidden), the watchdog that reloads
 * a page that has not been live for too long, the optional nightly reload, and updates applied once
 * nobody has touched the screen for a minute. The MQTT connection itself reconnects on wake-ups.
 */
@Injectable({ providedIn: 'root' })
export class KioskRuntime {
  private readonly screen = inject(SCREEN_CONTROL);
  private readonly status = inject(BROWSER_STATUS);
  private readonly location = inject(PAGE_LOCATION);
  private readonly clock = inject(CLOCK);
  private readonly now = inject(Now).value;
  private readonly kiosk = inject(KioskStore);
  private readonly connection = inject(ConnectionStore);
  private readonly updates = inject(AppUpdates);
  private readonly startedAt = this.clock.now();
  private readonly _wakeLock = signal<WakeLockStatus>('off');
  readonly wakeLock = this._wakeLock.asReadonly();
  private sentinel: { release(): Promise<void> } | null = null;
  private running = false;
  private lastLive = this.clock.now();
  private probing = false;

  constructor() {
    const sub = this.status.becameVisible.subscribe(() => {
      if (this.running) void this.holdScreen();
    });
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
    effect(() => {
      const now = this.now();
      const live = this.connection.phase() === 'live';
      untracked(() => this.tick(now, live));
    });
  }

  /** The kiosk view is on screen. */
  start(): void {
    this.running = true;
    this.lastLive = this.clock.now();
    void this.holdScreen();
  }

  stop(): void {
    this.running = false;
    void this.sentinel?.release().catch(() => undefined);
    this.sentinel = null;
    this._wakeLock.set('off');
  }

  /** Full screen needs a user gesture: the kiosk asks on the first touch. */
  fullscreenOnTouch(): void {
    if (this.running && !this.screen.fullscreen()) void this.screen.requestFullscreen().catch(() => undefined);
  }

  /**
   * Reloads only when the page's origin answers: reloading while it is down would replace the saved
   * dashboard with the browser's error page, which never comes back by itself.
   */
  private reloadIfReachable(now: number): void {
    if (this.probing) return;
    this.probing = true;
    this.lastLive = now; // try again after another watchdog period, not every second
    void this.location.reachable().then((ok) => {
      this.probing = false;
      if (ok) this.location.reload();
    });
  }

  private async holdScreen(): Promise<void> {
    if (!this.screen.secureContext()) return this._wakeLock.set('insecure');
    if (!this.screen.wakeLockSupported()) return this._wakeLock.set('unsupported');
    try {
      this.sentinel = await this.screen.keepAwake();
      this._wakeLock.set('held');
    } catch {
      this._wakeLock.set('refused');
    }
  }

  private tick(now: number, live: boolean): void {
    if (live) this.lastLive = now;
    if (!this.running) return;
    const profile = this.kiosk.profile();
    // Stuck: the connection has not been live for the watchdog's time, whatever it tried meanwhile.
    if (now - this.lastLive > profile.watchdogMinutes * 60_000) return this.reloadIfReachable(now);
    if (profile.nightlyReload && nightlyReloadDue(now, this.startedAt)) return this.reloadIfReachable(now);
    this.updates.applyIfQuiet(this.kiosk.lastInteraction());
  }
}
