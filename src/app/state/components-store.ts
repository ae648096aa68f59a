import { computed, signal, untracked, type Signal, type WritableSignal } from '@angular/core';
import { signalStore, withComputed, withMethods, withProps } from '@ngrx/signals';
import type { HubComponent } from '../domain/component';
import { applyComponentEvent } from '../domain/component-update';
import type { ComponentEvent } from '../domain/feed';

/**
 * Every component of the current instance, definition and live state. Each component lives in a signal
 * of its own: a feed batch sets the ones it changes and nothing else, so a batch costs what it changes,
 * not what the home holds (a tile reads `component(id)`). Whole-home views (`entityMap`, `entities`) are
 * built when read; `listing` changes only with the home's shape, for lists of tiles.
 */
export const ComponentsStore = signalStore(
  { providedIn: 'root' },
  withProps(() => ({
    // One signal per id ever seen (undefined while the id is not in the home), so a holder never goes stale.
    _cells: new Map<number, WritableSignal<HubComponent | undefined>>(),
    _ids: signal<readonly number[]>([]),
    /** Moves on with every change to any component. */
    _version: signal(0),
    _listing: signal<readonly HubComponent[]>([]),
  })),
  withComputed(({ _cells, _ids, _version, _listing }) => {
    const entityMap = computed<Readonly<Record<number, HubComponent>>>(() => {
      _version();
      const map: Record<number, HubComponent> = {};
      untracked(() => {
        for (const id of _ids()) map[id] = _cells.get(id)!()!;
      });
      return map;
    });
    return {
      ids: _ids.asReadonly(),
      /** Every component by id, current. A new object after every change: read it on demand, not per frame. */
      entityMap,
      /** Every component in the hub's order, current. As `entityMap`. */
      entities: computed(() => {
        const map = entityMap();
        return untracked(_ids).map((id) => map[id]!);
      }),
      /**
       * The components as of the last definition change (REST): names, zones, categories and visibility
       * are current, live values may not be. Feed batches leave it alone, so lists of tiles built from it
       * are rebuilt only when the home's shape changes.
       */
      listing: _listing.asReadonly(),
    };
  }),
  withMethods((store) => {
    const cell = (id: number) => {
      let c = store._cells.get(id);
      if (!c) {
        c = signal<HubComponent | undefined>(undefined);
        store._cells.set(id, c);
      }
      return c;
    };
    const changed = () => store._version.update((v) => v + 1);
    const shapeChanged = () => store._listing.set(store._ids().map((id) => cell(id)()!));
    return {
      /** The component with this id as a signal that changes only when it does; undefined while unknown. */
      component(id: number): Signal<HubComponent | undefined> {
        return cell(id).asReadonly();
      },
      replaceAll(components: readonly HubComponent[]): void {
        const ids = components.map((c) => c.id);
        const keep = new Set(ids);
        for (const [id, c] of store._cells) if (!keep.has(id)) c.set(undefined);
        for (const c of components) cell(c.id).set(c);
        store._ids.set(ids);
        changed();
        shapeChanged();
      },
      /** Fresh definitions from REST (after a definition change or a permission change). */
      upsert(components: readonly HubComponent[]): void {
        const added = components.filter((c) => cell(c.id)() === undefined).map((c) => c.id);
        for (const c of components) cell(c.id).set(c);
        if (added.length) store._ids.update((ids) => [...ids, ...added]);
        changed();
        shapeChanged();
      },
      /**
       * Applies a batch of feed messages in arrival order; messages for ids REST did not return are
       * ignored (§9.2 step 6). Returns the ids that changed, and those whose definition must be fetched
       * again.
       */
      applyEvents(events: readonly ComponentEvent[]): { appliedIds: number[]; definitionsStale: number[] } {
        const updated = new Map<number, HubComponent>();
        const stale = new Set<number>();
        for (const event of events) {
          const current = updated.get(event.id) ?? store._cells.get(event.id)?.();
          if (!current) continue;
          const outcome = applyComponentEvent(current, event);
          if (!outcome.applied) continue;
          updated.set(event.id, outcome.component);
          if (outcome.definitionStale) stale.add(event.id);
        }
        if (updated.size) {
          for (const [id, c] of updated) cell(id).set(c);
          changed();
        }
        return { appliedIds: [...updated.keys()], definitionsStale: [...stale] };
      },
      clear(): void {
        for (const c of store._cells.values()) c.set(undefined);
        store._ids.set([]);
        changed();
        shapeChanged();
      },
    };
  }),
);
