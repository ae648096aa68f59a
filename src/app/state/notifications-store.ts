import { computed } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods, withState } from '@ngrx/signals';
import { removeAllEntities, removeEntity, setAllEntities, withEntities } from '@ngrx/signals/entities';
import type { HubNotification } from '../domain/notification';

interface NotificationsState {
  /** Newest notifications that arrived since the previous poll (the first poll announces none). */
  readonly fresh: readonly HubNotification[];
  readonly polled: boolean;
  /** Why the last poll or archive failed, in words; null when it worked. */
  readonly error: string | null;
}

/** The hub's notifications for this user, newest first; archived ones leave. */
export const NotificationsStore = signalStore(
  { providedIn: 'root' },
  withEntities<HubNotification>(),
  withState<NotificationsState>({ fresh: [], polled: false, error: null }),
  withComputed(({ entities }) => ({
    newestFirst: computed(() => [...entities()].sort((a, b) => b.datetime - a.datetime)),
  })),
  withMethods((store) => ({
    /** The result of a poll: replaces the list, and remembers which ones are new since the last poll. */
    received(list: readonly HubNotification[]): void {
      const known = store.entityMap();
      const fresh = store.polled() ? list.filter((n) => !known[n.id]) : [];
      patchState(store, setAllEntities([...list]), { fresh, polled: true, error: null });
    },
    failed(error: string): void {
      patchState(store, { error });
    },
    archived(id: number): void {
      patchState(store, removeEntity(id));
    },
    clear(): void {
      patchState(store, removeAllEntities(), { fresh: [], polled: false, error: null });
    },
  })),
);
