import { DestroyRef, Injectable, Injector, effect, inject, untracked } from '@angular/core';
import { ConnectionStore } from '../../state/connection-store';
import { NotificationsStore } from '../../state/notifications-store';
import { DASHBOARD_CONFIG } from '../config';
import { HubApi } from '../hub-api/hub-api';
import { describeHubError, hubErrorOf } from '../hub-api/hub-error';
import { BROWSER_STATUS, CLOCK } from '../platform';
import { SessionStore } from '../session/session-store';

/** The longest wait between polls after failures. */
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Notifications are not on MQTT (§9.10): they are polled, gently. Once a minute while the page is
 * visible, never while it is hidden, at once when it becomes visible again or when the user opens the
 * list, and less often after failures. A 429 respects the hub's ban.
 */
@Injectable({ providedIn: 'root' })
export class NotificationPoller {
  private readonly api = inject(HubApi);
  private readonly session = inject(SessionStore);
  private readonly store = inject(NotificationsStore);
  private readonly status = inject(ConnectionStore);
  private readonly config = inject(DASHBOARD_CONFIG);
  private readonly browser = inject(BROWSER_STATUS);
  private readonly clock = inject(CLOCK);
  private readonly injector = inject(Injector);

  private slug: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastPoll = 0;
  private inFlight: Promise<void> | null = null;

  constructor() {
    const sub = this.browser.becameVisible.subscribe(() => {
      if (this.slug && this.clock.now() - this.lastPoll > this.config.notificationPollMs / 2) void this.poll();
    });
    inject(DestroyRef).onDestroy(() => {
      sub.unsubscribe();
      this.stopTimer();
    });
  }

  start(): void {
    effect(() => {
      const slug = this.session.liveInstance()?.slug ?? null;
      untracked(() => this.follow(slug));
    }, { injector: this.injector });
  }

  /** Fetches now (the user opened the list). */
  refresh(): Promise<void> {
    return this.poll();
  }

  async archive(id: number): Promise<void> {
    const slug = this.slug;
    if (!slug) return;
    try {
      await this.api.archiveNotification(slug, id);
      this.store.archived(id);
    } catch (err) {
      this.store.failed(`Could not archive the notification: ${describeHubError(hubErrorOf(err))}`);
    }
  }

  private follow(slug: string | null) {
    if (slug === this.slug) return;
    this.slug = slug;
    this.stopTimer();
    this.store.clear();
    this.failures = 0;
    if (slug) void this.poll();
  }

  private poll(): Promise<void> {
    this.inFlight ??= this.fetch().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async fetch(): Promise<void> {
    const slug = this.slug;
    if (!slug) return;
    this.stopTimer();
    this.lastPoll = this.clock.now();
    let wait = this.config.notificationPollMs;
    try {
      const list = await this.api.notifications(slug);
      if (slug !== this.slug) return;
      this.failures = 0;
      this.store.received(list);
    } catch (err) {
      if (slug !== this.slug) return;
      const error = hubErrorOf(err);
      this.failures++;
      wait = Math.min(MAX_BACKOFF_MS, this.config.notificationPollMs * 2 ** this.failures);
      if (error.kind === 'rate-limited') {
        wait = Math.max(wait, error.retryAfterSeconds * 1000);
        this.status.rateLimited(this.clock.now() + error.retryAfterSeconds * 1000);
      }
      if (error.kind !== 'unreachable') this.store.failed(describeHubError(error));
    }
    this.schedule(wait);
  }

  private schedule(ms: number) {
    this.stopTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      // Hidden pages do not poll; becoming visible polls at once.
      if (this.browser.visible()) void this.poll();
      else this.schedule(this.config.notificationPollMs);
    }, ms);
  }

  private stopTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
