import { signal, untracked, type Signal, type WritableSignal } from '@angular/core';
import { patchState, signalStore, withMethods, withProps } from '@ngrx/signals';
import { removeAllEntities, removeEntity, setEntity, withEntities } from '@ngrx/signals/entities';

/**
 * Where a component's latest command stands. `accepted` means the hub dispatched it (`ok: true`) and we
 * wait for the device's value on the feed; `confirmed` when it came; `unconfirmed` when the hub accepted
 * it but the device reported no change in time.
 */
export type CommandStatus = 'sending' | 'accepted' | 'confirmed' | 'unconfirmed' | 'failed' | 'timed-out' | 'not-sent';

export interface CommandState {
  readonly componentId: number;
  readonly requestId: string;
  readonly method: string;
  readonly args: readonly unknown[];
  /** What the user asked for, in words ("Turning on"), shown while the command is in flight. */
  readonly intent: string;
  readonly status: CommandStatus;
  /** For `failed`: the line worth showing, and the hub's full text (a traceback) for details. */
  readonly error?: { readonly summary: string; readonly full: string };
  readonly at: number;
}

export function isInFlight(c: CommandState | undefined): boolean {
  return c?.status === 'sending' || c?.status === 'accepted';
}

/**
 * The latest command of each component, keyed by component id. A tile reads `command(id)`, which changes
 * only when that component's command does (thousands of tiles must not all look when one command moves).
 */
export const CommandsStore = signalStore(
  { providedIn: 'root' },
  withEntities<CommandState>(),
  withProps(() => ({ _cells: new Map<number, WritableSignal<CommandState | undefined>>() })),
  withMethods((store) => {
    const changed = (componentId: number) => store._cells.get(componentId)?.set(store.entityMap()[componentId]);
    return {
      /** The latest command on this component as a signal of its own; undefined when there is none. */
      command(componentId: number): Signal<CommandState | undefined> {
        let cell = store._cells.get(componentId);
        if (!cell) {
          cell = signal(untracked(() => store.entityMap()[componentId]));
          store._cells.set(componentId, cell);
        }
        return cell.asReadonly();
      },
      set(state: CommandState): void {
        patchState(store, setEntity(state, { selectId: (c) => c.componentId }));
        changed(state.componentId);
      },
      /** Moves a command on, unless a newer command for the same component has replaced it. */
      advance(componentId: number, requestId: string, changes: Partial<Pick<CommandState, 'status' | 'error' | 'at'>>): void {
        const current = store.entityMap()[componentId];
        if (!current || current.requestId !== requestId) return;
        patchState(store, setEntity({ ...current, ...changes }, { selectId: (c) => c.componentId }));
        changed(componentId);
      },
      dismiss(componentId: number): void {
        patchState(store, removeEntity(componentId));
        changed(componentId);
      },
      clear(): void {
        patchState(store, removeAllEntities());
        for (const cell of store._cells.values()) cell.set(undefined);
      },
    };
  }),
);
