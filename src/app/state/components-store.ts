import { computed } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods } from '@ngrx/signals';
import { removeAllEntities, setAllEntities, setEntities, withEntities } from '@ngrx/signals/entities';
import type { HubComponent } from '../domain/component';
import { applyComponentEvent } from '../domain/component-update';
import type { ComponentEvent } from '../domain/feed';

/**
 * Every component of the current instance, definition and live state. A feed batch replaces only the
 * entities it changes, so widgets bound to other components see nothing happen.
 */
export const ComponentsStore = signalStore(
  { providedIn: 'root' },
  withEntities<HubComponent>(),
  withComputed(({ entityMap }) => ({
    /** Components the hub wants shown (`show_in_app`). */
    visibleIds: computed(() => new Set(Object.values(entityMap()).filter((c) => c.showInApp).map((c) => c.id))),
  })),
  withMethods((store) => ({
    replaceAll(components: readonly HubComponent[]): void {
      patchState(store, setAllEntities([...components]));
    },
    /** Fresh definitions from REST (after a definition change or a permission change). */
    upsert(components: readonly HubComponent[]): void {
      patchState(store, setEntities([...components]));
    },
    /**
     * Applies a batch of feed messages in arrival order; messages for ids REST did not return are
     * ignored (§9.2 step 6). Returns the ids that changed, and those whose definition must be fetched
     * again.
     */
    applyEvents(events: readonly ComponentEvent[]): { appliedIds: number[]; definitionsStale: number[] } {
      const map = store.entityMap();
      const changed = new Map<number, HubComponent>();
      const stale = new Set<number>();
      for (const event of events) {
        const current = changed.get(event.id) ?? map[event.id];
        if (!current) continue;
        const outcome = applyComponentEvent(current, event);
        if (!outcome.applied) continue;
        changed.set(event.id, outcome.component);
        if (outcome.definitionStale) stale.add(event.id);
      }
      if (changed.size) patchState(store, setEntities([...changed.values()]));
      return { appliedIds: [...changed.keys()], definitionsStale: [...stale] };
    },
    clear(): void {
      patchState(store, removeAllEntities());
    },
  })),
);
