import { computed } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods } from '@ngrx/signals';
import { removeAllEntities, setAllEntities, updateEntity, withEntities } from '@ngrx/signals/entities';
import type { NamedEvent } from '../domain/feed';
import type { Zone } from '../domain/place';

/** The instance's zones, in the hub's order. */
export const ZonesStore = signalStore(
  { providedIn: 'root' },
  withEntities<Zone>(),
  withComputed(({ entities }) => ({
    ordered: computed(() => [...entities()].sort((a, b) => a.order - b.order || a.id - b.id)),
  })),
  withMethods((store) => ({
    replaceAll(zones: readonly Zone[]): void {
      patchState(store, setAllEntities([...zones]));
    },
    /** Applies renames; returns true when an order change means the list must be fetched again. */
    applyEvents(events: readonly NamedEvent[]): boolean {
      let refetch = false;
      for (const e of events) {
        const zone = store.entityMap()[e.id];
        if (!zone) continue;
        if (e.needsRefetch) refetch = true;
        if (e.name !== null && e.name !== zone.name) patchState(store, updateEntity({ id: e.id, changes: { name: e.name } }));
      }
      return refetch;
    },
    clear(): void {
      patchState(store, removeAllEntities());
    },
  })),
);
