import { Injectable, inject } from '@angular/core';
import type { HubComponent } from '../../domain/component';
import { isInt, isObject } from '../../domain/json';
import type { Category, Person, Zone } from '../../domain/place';
import { CategoriesStore } from '../../state/categories-store';
import { ComponentsStore } from '../../state/components-store';
import { ConnectionStore } from '../../state/connection-store';
import { PeopleStore } from '../../state/people-store';
import { ZonesStore } from '../../state/zones-store';
import { DASHBOARD_CONFIG } from '../config';
import { CLOCK, KEY_VALUE_STORE } from '../platform';

/** Bump when the saved shape changes: an older cache is discarded, never misread. */
export const SNAPSHOT_VERSION = 1;
const KEY_PREFIX = 'snapshot:';
/**
 * The next save waits at least this many times as long as the last one took (and at most 30 s): a
 * small home saves within the debounce, a home of thousands under a busy feed (where each save copies
 * them all, a long task on a slow tablet) saves every few seconds instead of every second.
 */
const SAVE_SPACING = 20;
const MAX_WAIT_MS = 30_000;

export interface SavedSnapshot {
  readonly v: number;
  readonly instanceUid: string;
  /** Epoch ms the data was last known current. */
  readonly asOf: number;
  readonly components: readonly HubComponent[];
  readonly zones: readonly Zone[];
  readonly categories: readonly Category[];
  readonly people: readonly Person[];
}

/**
 * The current instance's stores, saved on this device so that the dashboard paints at once on the next
 * start, even with the hub unreachable. Saves are debounced: one IndexedDB write per flush, however many
 * feed messages arrived in between, and spaced by what the last one cost.
 */
@Injectable({ providedIn: 'root' })
export class SnapshotCache {
  private readonly kv = inject(KEY_VALUE_STORE);
  private readonly config = inject(DASHBOARD_CONFIG);
  private readonly clock = inject(CLOCK);
  private readonly components = inject(ComponentsStore);
  private readonly zones = inject(ZonesStore);
  private readonly categories = inject(CategoriesStore);
  private readonly people = inject(PeopleStore);
  private readonly connection = inject(ConnectionStore);

  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingUid: string | null = null;
  private lastSaveMs = 0;
  /** Write transactions issued so far (the benchmarks read it). */
  writes = 0;

  /** The saved snapshot of an instance, or null; a corrupt or outdated one is deleted. */
  async load(instanceUid: string): Promise<SavedSnapshot | null> {
    let saved: unknown;
    try {
      saved = await this.kv.get(KEY_PREFIX + instanceUid);
    } catch {
      return null;
    }
    if (saved === undefined) return null;
    if (isValidSnapshot(saved, instanceUid)) return saved;
    await this.kv.del(KEY_PREFIX + instanceUid).catch(() => undefined);
    return null;
  }

  /** Asks for a save of the stores as they will be when the debounce ends. */
  schedule(instanceUid: string): void {
    this.pendingUid = instanceUid;
    if (this.timer !== null) return;
    const wait = Math.max(this.config.persistDebounceMs, Math.min(MAX_WAIT_MS, SAVE_SPACING * this.lastSaveMs));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Writes now what is pending (on page hide, sign-out, instance switch). */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const uid = this.pendingUid;
    this.pendingUid = null;
    if (!uid) return;
    const snapshot: SavedSnapshot = {
      v: SNAPSHOT_VERSION,
      instanceUid: uid,
      asOf: this.clock.now(),
      components: this.components.entities(),
      zones: this.zones.entities(),
      categories: this.categories.entities(),
      people: this.people.entities(),
    };
    this.writes++;
    const started = this.clock.now();
    try {
      await this.kv.set(KEY_PREFIX + uid, snapshot);
      this.lastSaveMs = this.clock.now() - started;
      if (this.connection.saveError() !== null) this.connection.saveFailed(null);
    } catch (err) {
      const quota = err instanceof DOMException && err.name === 'QuotaExceededError';
      this.connection.saveFailed(
        quota
          ? 'This device is out of storage: the dashboard cannot save its state for offline use.'
          : 'The dashboard could not save its state on this device; it keeps working, but will not start offline.',
      );
    }
  }

  /** Forgets every saved snapshot (sign-out). */
  async clearAll(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pendingUid = null;
    const keys = await this.kv.keys().catch(() => [] as string[]);
    await Promise.all(keys.filter((k) => k.startsWith(KEY_PREFIX)).map((k) => this.kv.del(k).catch(() => undefined)));
  }
}

function isValidSnapshot(v: unknown, uid: string): v is SavedSnapshot {
  if (!isObject(v) || v['v'] !== SNAPSHOT_VERSION || v['instanceUid'] !== uid || typeof v['asOf'] !== 'number') return false;
  const lists = ['components', 'zones', 'categories', 'people'] as const;
  if (!lists.every((k) => Array.isArray(v[k]))) return false;
  const components = v['components'] as unknown[];
  return components.every(
    (c) => isObject(c) && isInt(c['id']) && typeof c['name'] === 'string' && typeof c['baseType'] === 'string' && typeof c['syncedAt'] === 'number',
  ) && (v['zones'] as unknown[]).every((z) => isObject(z) && isInt(z['id']) && Array.isArray(z['componentIds']));
}
