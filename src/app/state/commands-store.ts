import { patchState, signalStore, withMethods } from '@ngrx/signals';
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

/** The latest command of each component, keyed by component id. */
export const CommandsStore = signalStore(
  { providedIn: 'root' },
  withEntities<CommandState>(),
  withMethods((store) => ({
    set(state: CommandState): void {
      patchState(store, setEntity(state, { selectId: (c) => c.componentId }));
    },
    /** Moves a command on, unless a newer command for the same component has replaced it. */
    advance(componentId: number, requestId: string, changes: Partial<Pick<CommandState, 'status' | 'error' | 'at'>>): void {
      const current = store.entityMap()[componentId];
      if (!current || current.requestId !== requestId) return;
      patchState(store, setEntity({ ...current, ...changes }, { selectId: (c) => c.componentId }));
    },
    dismiss(componentId: number): void {
      patchState(store, removeEntity(componentId));
    },
    clear(): void {
      patchState(store, removeAllEntities());
    },
  })),
);
