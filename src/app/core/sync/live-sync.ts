import { DestroyRef, Injectable, Injector, effect, inject, untracked } from '@angular/core';
import { Subject } from 'rxjs';
import { mergeDefinition } from '../../domain/component-update';
import { parseJson } from '../../domain/json';
import { parsePermsChanged } from '../../domain/feed';
import { controlReplyFilter, feedFilters, isPermsChangedTopic, parseFeedTopic, permsChangedTopic } from '../../domain/topics';
import { CategoriesStore } from '../../state/categories-store';
import { CommandsStore } from '../../state/commands-store';
import { ComponentsStore } from '../../state/components-store';
import { ConnectionStore } from '../../state/connection-store';
import { PeopleStore } from '../../state/people-store';
import { ZonesStore } from '../../state/zones-store';
import { HubApi } from '../hub-api/hub-api';
import { HubRequestError, type HubError } from '../hub-api/hub-error';
import type { Instance } from '../hub-api/models';
import { MediaCache } from '../media/media-cache';
import { MqttConnection } from '../mqtt/mqtt-connection';
import { SnapshotCache } from '../persistence/snapshot-cache';
import { CLOCK, FRAME_SCHEDULER, PAGE_LOCATION } from '../platform';
import { SessionStore } from '../session/session-store';
import { addToBatch, emptyBatch, type FeedBatch } from './feed-router';

/** Retry delay for a failed REST resync while MQTT is up. */
const RESYNC_RETRY_MS = 5_000;

/**
 * Socket → store. Keeps the stores equal to the hub for the selected instance:
 *
 * 1. On instance selection, the saved snapshot fills the stores at once (marked not live).
 * 2. On every connection: subscribe (feed filters, perms-changed, control replies), buffer the feed,
 *    fetch the REST snapshot, replace the stores, apply the buffered messages that are newer, go live
 *    (protocol reference §9.2).
 * 3. Live messages are applied once per animation frame, each entity only if the message is newer.
 * 4. perms-changed refetches the snapshot; a newer `last_modified` refetches that definition.
 */
@Injectable({ providedIn: 'root' })
export class LiveSync {
  private readonly session = inject(SessionStore);
  private readonly api = inject(HubApi);
  private readonly connection = inject(MqttConnection);
  private readonly cache = inject(SnapshotCache);
  private readonly clock = inject(CLOCK);
  private readonly scheduleFrame = inject(FRAME_SCHEDULER);
  private readonly location = inject(PAGE_LOCATION);
  private readonly components = inject(ComponentsStore);
  private readonly zones = inject(ZonesStore);
  private readonly categories = inject(CategoriesStore);
  private readonly people = inject(PeopleStore);
  private readonly status = inject(ConnectionStore);
  private readonly commands = inject(CommandsStore);
  private readonly injector = inject(Injector);
  private readonly media = inject(MediaCache);

  private instance: Instance | null = null;
  private userId: number | null = null;
  /** Feed messages held while a snapshot is being fetched. */
  private buffer: FeedBatch | null = emptyBatch();
  private pending: FeedBatch = emptyBatch();
  private frameRequested = false;
  private syncing = false;
  private syncAgain = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;

  private readonly _componentsUpdated = new Subject<readonly number[]>();
  /** Ids of components whose state changed from the feed (the control service confirms with it). */
  readonly componentsUpdated = this._componentsUpdated.asObservable();
  /** Feed messages dropped as malformed since start. */
  rejectedMessages = 0;

  constructor() {
    const subs = [
      this.connection.messages.subscribe((m) => this.onMessage(m.topic, m.payload)),
      this.connection.connected.subscribe(() => void this.resync()),
      this.connection.disconnected.subscribe(() => {
        this.buffer = emptyBatch();
        this.status.lost(this.clock.now());
      }),
    ];
    inject(DestroyRef).onDestroy(() => subs.forEach((s) => s.unsubscribe()));
  }

  /** Follows the session: which instance, which credentials. Called once at start-up. */
  start(): void {
    // The broker refusing our login means the key changed or the user is gone: sign in again.
    effect(() => {
      if (this.connection.state().kind === 'refused') untracked(() => this.session.credentialsRejected());
    }, { injector: this.injector });
    effect(() => {
      const instance = this.session.liveInstance();
      const userId = this.session.user()?.id ?? null;
      const credentials = instance ? this.session.credentials() : null;
      untracked(() => void this.follow(instance, userId, credentials));
    }, { injector: this.injector });
  }

  private async follow(instance: Instance | null, userId: number | null, credentials: { username: string; password: string } | null) {
    const switched = instance?.uid !== this.instance?.uid || userId !== this.userId;
    if (!instance || userId === null || !credentials) this.connection.stop();
    // A newer call (another switch while this one awaits) wins: this one stops after its awaits.
    const generation = switched ? ++this.generation : this.generation;
    if (switched) {
      this.instance = instance;
      this.userId = userId;
      this.buffer = emptyBatch();
      this.pending = emptyBatch();
      this.commands.clear();
      // Signed out: nothing of this user's home stays on the device. Otherwise what is pending for the
      // previous instance is written before the stores change.
      if (userId === null) await Promise.all([this.cache.clearAll(), this.media.clear()]);
      else await this.cache.flush();
      if (instance) await this.showSaved(instance.uid);
      else this.clearStores();
    }
    if (generation !== this.generation || !instance || userId === null || !credentials) return;
    this.connection.setFilters([...feedFilters(userId, instance.uid), permsChangedTopic(userId), controlReplyFilter(userId)]);
    if (this.connection.state().kind === 'idle' || this.connection.state().kind === 'refused') {
      const wsUrl = new URL('/mqtt/', this.location.href());
      wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
      this.connection.start({ url: wsUrl.toString(), username: credentials.username, password: credentials.password });
    } else if (switched && this.connection.state().kind === 'connected') {
      void this.resync();
    }
  }

  private async showSaved(uid: string) {
    const generation = this.generation;
    const saved = await this.cache.load(uid);
    if (generation !== this.generation) return;
    if (saved) {
      this.components.replaceAll(saved.components);
      this.zones.replaceAll(saved.zones);
      this.categories.replaceAll(saved.categories);
      this.people.replaceAll(saved.people);
    } else {
      this.clearStores();
    }
    this.status.showingSaved(saved ? saved.asOf : null);
  }

  private clearStores() {
    this.components.clear();
    this.zones.clear();
    this.categories.clear();
    this.people.clear();
    this.status.reset();
  }

  /** §9.2: buffer, snapshot, apply what is newer, go live. Concurrent requests fold into one more run. */
  private async resync(): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    if (this.syncing) {
      this.syncAgain = true;
      return;
    }
    this.syncing = true;
    this.clearRetry();
    const generation = this.generation;
    this.buffer ??= emptyBatch();
    this.status.syncing();
    try {
      const snapshot = await this.api.snapshot(instance.slug);
      if (generation !== this.generation) return;
      this.components.replaceAll(snapshot.components);
      this.zones.replaceAll(snapshot.zones);
      this.categories.replaceAll(snapshot.categories);
      this.people.replaceAll(snapshot.people);
      const buffered = this.buffer ?? emptyBatch();
      this.buffer = null;
      this.apply(buffered);
      if (this.connection.state().kind === 'connected') {
        this.status.live();
      } else {
        // The link dropped while the snapshot was on its way: good data, but not live.
        this.buffer = emptyBatch();
        this.status.showingSaved(this.clock.now());
      }
      this.cache.schedule(instance.uid);
    } catch (err) {
      if (generation !== this.generation) return;
      this.onSyncError(err instanceof HubRequestError ? err.error : { kind: 'malformed', what: String(err) });
    } finally {
      this.syncing = false;
      if (this.syncAgain && generation === this.generation) {
        this.syncAgain = false;
        void this.resync();
      }
    }
  }

  private onSyncError(error: HubError) {
    this.status.syncFailed(error);
    if (error.kind === 'unauthorized') {
      this.connection.stop();
      this.session.credentialsRejected();
      return;
    }
    const wait = error.kind === 'rate-limited' ? error.retryAfterSeconds * 1000 : RESYNC_RETRY_MS;
    if (error.kind === 'rate-limited') this.status.rateLimited(this.clock.now() + wait);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.connection.state().kind === 'connected') void this.resync();
    }, wait);
  }

  private clearRetry() {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private onMessage(topic: string, payload: string) {
    const instance = this.instance;
    if (!instance) return;
    if (isPermsChangedTopic(topic)) {
      // The payload names a numeric instance id we cannot map without another call; refetch ours.
      if (parsePermsChanged(parseJson(payload)) !== null) void this.resync();
      return;
    }
    // Parsed once here; control replies and anything that is not our instance's feed are not ours.
    const feed = parseFeedTopic(topic);
    if (!feed || feed.instanceUid !== instance.uid) return;
    if (this.buffer) {
      addToBatch(this.buffer, feed, payload);
      return;
    }
    addToBatch(this.pending, feed, payload);
    if (!this.frameRequested) {
      this.frameRequested = true;
      this.scheduleFrame(() => {
        this.frameRequested = false;
        const batch = this.pending;
        this.pending = emptyBatch();
        this.apply(batch);
      });
    }
  }

  private apply(batch: FeedBatch) {
    const instance = this.instance;
    if (!instance) return;
    this.rejectedMessages += batch.rejected;
    let changed = false;
    if (batch.components.length) {
      const { appliedIds, definitionsStale } = this.components.applyEvents(batch.components);
      if (appliedIds.length) {
        changed = true;
        this._componentsUpdated.next(appliedIds);
      }
      if (definitionsStale.length) void this.refetchDefinitions(instance, definitionsStale);
    }
    if (batch.zones.length && this.zones.applyEvents(batch.zones)) void this.refetch(instance, 'zones');
    if (batch.categories.length && this.categories.applyEvents(batch.categories)) void this.refetch(instance, 'categories');
    if (batch.people.length) this.people.applyEvents(batch.people);
    if (changed || batch.zones.length || batch.categories.length || batch.people.length) this.cache.schedule(instance.uid);
  }

  private async refetchDefinitions(instance: Instance, ids: number[]) {
    try {
      const fresh = await this.api.components(instance.slug, ids);
      if (this.instance?.uid !== instance.uid) return;
      this.components.upsert(fresh.map((c) => mergeDefinition(untracked(this.components.component(c.id)), c)));
    } catch {
      // The next resync brings it; a failed refetch must not disturb the live feed.
    }
  }

  private async refetch(instance: Instance, what: 'zones' | 'categories') {
    try {
      if (what === 'zones') {
        const zones = await this.api.zones(instance.slug);
        if (this.instance?.uid === instance.uid) this.zones.replaceAll(zones);
      } else {
        const categories = await this.api.categories(instance.slug);
        if (this.instance?.uid === instance.uid) this.categories.replaceAll(categories);
      }
    } catch {
      // As above.
    }
  }
}
