import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import type { HubError } from '../core/hub-api/hub-error';

/**
 * How current the dashboard's data is. `empty`: nothing yet. `saved`: what this device saved earlier,
 * not live. `syncing`: connected, fetching the snapshot. `live`: snapshot applied, the feed flows.
 */
export type SyncPhase = 'empty' | 'saved' | 'syncing' | 'live';

export interface ConnectionState {
  readonly phase: SyncPhase;
  /** Epoch ms the shown data was last known to be current (saved, or when the live feed was lost). */
  readonly dataAsOf: number | null;
  /** The last failed REST sync, shown until the next successful one. */
  readonly syncError: HubError | null;
  /** Saving to this device failed (storage full, private mode): shown, not fatal. */
  readonly saveError: string | null;
  /** Epoch ms until which the hub refuses this account (its 300 s ban after too many requests). */
  readonly limitedUntil: number | null;
}

export const ConnectionStore = signalStore(
  { providedIn: 'root' },
  withState<ConnectionState>({ phase: 'empty', dataAsOf: null, syncError: null, saveError: null, limitedUntil: null }),
  withMethods((store) => ({
    showingSaved(savedAt: number | null): void {
      patchState(store, { phase: savedAt === null ? 'empty' : 'saved', dataAsOf: savedAt });
    },
    syncing(): void {
      patchState(store, { phase: 'syncing' });
    },
    live(): void {
      patchState(store, { phase: 'live', dataAsOf: null, syncError: null });
    },
    /** The live feed stopped at `at`: what is shown is from then. */
    lost(at: number): void {
      if (store.phase() === 'live') patchState(store, { phase: 'saved', dataAsOf: at });
      else if (store.phase() === 'syncing') patchState(store, { phase: store.dataAsOf() === null ? 'empty' : 'saved' });
    },
    syncFailed(error: HubError): void {
      patchState(store, { syncError: error, phase: store.dataAsOf() === null ? 'empty' : 'saved' });
    },
    /** The hub said "too many": it refuses this account until `until` (a later ban wins). */
    rateLimited(until: number): void {
      const current = store.limitedUntil();
      if (current === null || until > current) patchState(store, { limitedUntil: until });
    },
    saveFailed(message: string | null): void {
      patchState(store, { saveError: message });
    },
    reset(): void {
      patchState(store, { phase: 'empty', dataAsOf: null, syncError: null, saveError: null, limitedUntil: null });
    },
  })),
);
