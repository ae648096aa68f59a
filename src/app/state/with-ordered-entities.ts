import { computed } from '@angular/core';
import { patchState, signalStoreFeature, withComputed, withMethods } from '@ngrx/signals';
import { removeAllEntities, setAllEntities, withEntities } from '@ngrx/signals/entities';

/**
 * Entities that the hub lists in its own order (zones, categories): `ordered`, and the whole list
 * replaced at once after each REST fetch.
 */
export function withOrderedEntities<E extends { id: number; order: number }>() {
  return signalStoreFeature(
    withEntities<E>(),
    withComputed(({ entities }) => ({
      ordered: computed(() => [...entities()].sort((a, b) => a.order - b.order || a.id - b.id)),
    })),
    withMethods((store) => ({
      replaceAll(list: readonly E[]): void {
        patchState(store, setAllEntities([...list]));
      },
      clear(): void {
        patchState(store, removeAllEntities());
      },
    })),
  );
}
