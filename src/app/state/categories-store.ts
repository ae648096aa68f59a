import { patchState, signalStore, withMethods } from '@ngrx/signals';
import { updateEntity } from '@ngrx/signals/entities';
import type { NamedEvent } from '../domain/feed';
import type { Category } from '../domain/place';
import { withOrderedEntities } from './with-ordered-entities';

/** The instance's categories, in the hub's order; one of them may be the special "All". */
export const CategoriesStore = signalStore(
  { providedIn: 'root' },
  withOrderedEntities<Category>(),
  withMethods((store) => ({
    /** Applies renames; returns true when a newer `last_modified` asks for a refetch (icons, images). */
    applyEvents(events: readonly NamedEvent[]): boolean {
      let refetch = false;
      for (const e of events) {
        const category = store.entityMap()[e.id];
        if (!category) continue;
        if (e.lastModified !== null && category.lastModified !== null && e.lastModified > category.lastModified) refetch = true;
        if (e.name !== null && e.name !== category.name) patchState(store, updateEntity({ id: e.id, changes: { name: e.name } }));
      }
      return refetch;
    },
  })),
);
