import { computed } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods } from '@ngrx/signals';
import { removeAllEntities, setAllEntities, updateEntity, withEntities } from '@ngrx/signals/entities';
import type { NamedEvent } from '../domain/feed';
import type { Category } from '../domain/place';

/** The instance's categories, in the hub's order; one of them may be the special "All". */
export const CategoriesStore = signalStore(
  { providedIn: 'root' },
  withEntities<Category>(),
  withComputed(({ entities }) => ({
    ordered: computed(() => [...entities()].sort((a, b) => a.order - b.order || a.id - b.id)),
  })),
  withMethods((store) => ({
    replaceAll(categories: readonly Category[]): void {
      patchState(store, setAllEntities([...categories]));
    },
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
    clear(): void {
      patchState(store, removeAllEntities());
    },
  })),
);
