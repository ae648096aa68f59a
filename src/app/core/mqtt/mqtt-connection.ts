import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Subject, merge, type Subscription } from 'rxjs';
import { DASHBOARD_CONFIG } from '../config';
import { BROWSER_STATUS, CLOCK } from '../platform';
import { backoffDelay } from './backoff';
import type { LinkState } from './link-state';
import { MQTT_LINK_LOADER, type IncomingMessage, type MqttLink, type MqttLinkFactory } from './mqtt-link';

export interface ConnectionTarget {
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

/**
 * The live MQTT connection and its rules:
 *
 * - One connection at a time, clean session, a new client id for every attempt (mosquitto drops an older
 *   session that reuses an id), keepalive from the config (the hub asks for 30 s).
 * - When a connection fails or drops, the next attempt waits `backoffDelay(attempt)`: exponential with
 *   full jitter, capped, and within a quarter of the outage so far (see backoff.ts). A connection that
 *   stayed up for `goodConnectionMs` resets the count.
 * - While waiting, the browser coming online or the page becoming visible triggers an attempt at once.
 * - A refused login (CONNACK 4/5) stops retrying: only new credentials can help.
 * - A connected link that hears nothing from the broker for 1.5 × keepalive has stalled: it is dropped
 *   and retried like a lost connection (see `watchForStall`).
 * - The wanted subscriptions are kept here and taken out again on every connection; `connected` tells
 *   the sync engine that it must resync, since anything may have changed while we were away.
 */
@Injectable({ providedIn: 'root' })
export class MqttConnection {
  private readonly loadFactory = inject(MQTT_LINK_LOADER);
  private readonly config = inject(DASHBOARD_CONFIG);
  private readonly clock = inject(CLOCK);
  private readonly browser = inject(BROWSER_STATUS);

  private readonly _state = signal<LinkState>({ kind: 'idle' });
  readonly state = this._state.asReadonly();

  private readonly _messages = new Subject<IncomingMessage>();
  /** Messages of whichever link is current. */
  readonly messages = this._messages.asObservable();
  private readonly _connected = new Subject<void>();
  /** Emits after every successful connection, once the subscriptions are out. */
  readonly connected = this._connected.asObservable();
  private readonly _disconnected = new Subject<void>();
  /** Emits when a live connection is lost. */
  readonly disconnected = this._disconnected.asObservable();

  private target: ConnectionTarget | null = null;
  private link: MqttLink | null = null;
  private linkSubs: Subscription[] = [];
  private factory: MqttLinkFactory | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  /** When the connection was lost (or the first attempt failed); null while connected. */
  private outageSince: number | null = null;
  /** When the current link last heard from the broker. */
  private lastActivity = 0;
  private stallTimer: ReturnType<typeof setInterval> | null = null;
  private connectedAt = 0;
  private filters = new Set<string>();
  private generation = 0;
  private linkCount = 0;

  constructor() {
    const wake = merge(this.browser.cameOnline, this.browser.becameVisible).subscribe(() => {
      if (this._state().kind === 'waiting') this.connectNow();
    });
    inject(DestroyRef).onDestroy(() => {
      wake.unsubscribe();
      this.stop();
    });
  }

  /** Connects (or reconnects with new credentials) and keeps the connection up until stop(). */
  start(target: ConnectionTarget): void {
    this.stop();
    this.target = target;
    this.attempt = 0;
    this.outageSince = null;
    this.connectNow();
  }

  stop(): void {
    this.generation++;
    this.target = null;
    this.clearTimer();
    this.dropLink();
    this._state.set({ kind: 'idle' });
  }

  /** The subscriptions wanted from now on; applied at once when connected and on every reconnect. */
  setFilters(filters: readonly string[]): void {
    const next = new Set(filters);
    const removed = [...this.filters].filter((f) => !next.has(f));
    const added = [...next].filter((f) => !this.filters.has(f));
    this.filters = next;
    if (this._state().kind === 'connected' && this.link) {
      if (removed.length) this.link.unsubscribe(removed);
      if (added.length) this.link.subscribe(added);
    }
  }

  publish(topic: string, payload: string): Promise<void> {
    if (!this.link || this._state().kind !== 'connected') return Promise.reject(new Error('not connected'));
    return this.link.publish(topic, payload);
  }

  private connectNow(): void {
    const target = this.target;
    if (!target) return;
    this.clearTimer();
    this.dropLink();
    this.attempt++;
    this._state.set({ kind: 'connecting', attempt: this.attempt });
    const generation = this.generation;
    const open = (factory: MqttLinkFactory) => {
      if (generation !== this.generation || this.target !== target) return;
      this.openLink(factory, target, generation);
    };
    if (this.factory) {
      open(this.factory);
      return;
    }
    this.loadFactory().then(
      (factory) => {
        this.factory = factory;
        open(factory);
      },
      // The library chunk could not load (offline after a deploy): treat it like a failed attempt.
      () => generation === this.generation && this.scheduleRetry(),
    );
  }

  private openLink(factory: MqttLinkFactory, target: ConnectionTarget, generation: number): void {
    const link = factory({
      url: target.url,
      username: target.username,
      password: target.password,
      clientId: `simo-dash-${Math.floor(this.clock.random() * 36 ** 8).toString(36)}-${this.clock.now().toString(36)}-${++this.linkCount}`,
      keepaliveSeconds: this.config.keepaliveSeconds,
    });
    this.link = link;
    this.linkSubs = [
      link.messages.subscribe((m) => this._messages.next(m)),
      link.activity.subscribe(() => (this.lastActivity = this.clock.now())),
      link.events.subscribe((e) => {
        if (generation !== this.generation || this.link !== link) return;
        if (e.type === 'connected') {
          this.connectedAt = this.clock.now();
          this.outageSince = null;
          this._state.set({ kind: 'connected', since: this.connectedAt });
          this.lastActivity = this.connectedAt;
          this.watchForStall(link);
          link.subscribe([...this.filters]);
          this._connected.next();
          return;
        }
        const wasConnected = this._state().kind === 'connected';
        this.link = null;
        this.clearStallTimer();
        if (wasConnected) this._disconnected.next();
        if (e.requested) return;
        if (e.refused) {
          this._state.set({ kind: 'refused' });
          return;
        }
        this.failedAfter(wasConnected);
      }),
    ];
  }

  /** A failed or lost connection: retry with backoff, afresh after a connection that was good. */
  private failedAfter(wasConnected: boolean): void {
    if (wasConnected && this.clock.now() - this.connectedAt >= this.config.reconnect.goodConnectionMs) {
      this.attempt = 0;
    }
    this.scheduleRetry();
  }

  /**
   * A link can stall without closing (Wi-Fi gone, a proxy that keeps the socket): nothing arrives and no
   * error comes. MQTT.js only gives up a whole keepalive after its unanswered ping (up to 2 × keepalive);
   * the broker answers a ping within a keepalive on a healthy link, so silence for 1.5 × keepalive means
   * the link is gone: it is dropped at once and the tiles are marked stale.
   */
  private watchForStall(link: MqttLink): void {
    this.clearStallTimer();
    const limit = this.config.keepaliveSeconds * 1500;
    this.stallTimer = setInterval(() => {
      if (this.link !== link || this.clock.now() - this.lastActivity <= limit) return;
      this.clearStallTimer();
      this.dropLink();
      this._disconnected.next();
      this.failedAfter(true);
    }, Math.max(250, Math.min(2500, limit / 18)));
  }

  private clearStallTimer(): void {
    if (this.stallTimer !== null) clearInterval(this.stallTimer);
    this.stallTimer = null;
  }

  private scheduleRetry(): void {
    const { baseMs, capMs } = this.config.reconnect;
    this.outageSince ??= this.clock.now();
    const delay = backoffDelay(this.attempt, baseMs, capMs, () => this.clock.random(), this.clock.now() - this.outageSince);
    this._state.set({ kind: 'waiting', retryAt: this.clock.now() + delay, attempt: this.attempt + 1 });
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connectNow();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private dropLink(): void {
    this.clearStallTimer();
    for (const s of this.linkSubs) s.unsubscribe();
    this.linkSubs = [];
    const link = this.link;
    this.link = null;
    link?.close();
  }
}
