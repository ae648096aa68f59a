import { computed } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods } from '@ngrx/signals';
import { removeAllEntities, setAllEntities, setEntities, withEntities } from '@ngrx/signals/entities';
import type { PresenceEvent } from '../domain/feed';
import type { Person } from '../domain/place';

/** Members of the instance and their presence; ids are InstanceUser ids, as on the feed. */
export const PeopleStore = signalStore(
  { providedIn: 'root' },
  withEntities<Person>(),
  withComputed(({ entities }) => ({
    atHome: computed(() => entities().filter((p) => p.isActive && p.atHome)),
  })),
  withMethods((store) => ({
    replaceAll(people: readonly Person[]): void {
      patchState(store, setAllEntities([...people]));
    },
    applyEvents(events: readonly PresenceEvent[]): void {
      const changed = new Map<number, Person>();
      for (const e of events) {
        const p = changed.get(e.id) ?? store.entityMap()[e.id];
        if (!p || e.timestamp <= p.syncedAt) continue;
        changed.set(e.id, {
          ...p,
          atHome: e.atHome ?? p.atHome,
          lastSeen: e.lastSeen ?? p.lastSeen,
          isActive: e.isActive ?? p.isActive,
          syncedAt: e.timestamp,
        });
      }
      if (changed.size) patchState(store, setEntities([...changed.values()]));
    },
    clear(): void {
      patchState(store, removeAllEntities());
    },
  })),
);
