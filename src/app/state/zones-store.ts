import { patchState, signalStore, withMethods } from '@ngrx/signals';
import { updateEntity } from '@ngrx/signals/entities';
import type { NamedEvent } from '../domain/feed';
import type { Zone } from '../domain/place';
import { withOrderedEntities } from './with-ordered-entities';

/** The instance's zones, in the hub's order. */
export const ZonesStore = signalStore(
  { providedIn: 'root' },
  withOrderedEntities<Zone>(),
  withMethods((store) => ({
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
  })),
);
