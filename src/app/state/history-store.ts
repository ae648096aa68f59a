import { computed, effect, inject, untracked } from '@angular/core';
import { patchState, signalStore, withHooks, withMethods, withState } from '@ngrx/signals';
import { ComponentsStore } from './components-store';
import { describeHubError, HubApi, hubErrorOf } from '../core/hub-api';
import { CLOCK } from '../core/platform';
import { SessionStore } from '../core/session';
import type { ChartSeries, HistoryEntry } from '../domain/history';

/** What the app knows of one component's past: a day of readings, the change log, and how fetching went. */
export interface ComponentPast {
  readonly chart: ChartSeries | null;
  readonly log: readonly HistoryEntry[] | null;
  readonly status: 'loading' | 'loaded' | 'failed';
  /** Why the last fetch failed, in words. */
  readonly error: string | null;
  readonly fetchedAt: number;
}

interface HistoryState {
  readonly byComponent: Readonly<Record<number, ComponentPast>>;
}

/** A chart older than this is fetched again when asked for; live values fill in between. */
const FRESH_MS = 5 * 60_000;
const DAY_S = 24 * 3600;

/**
 * History from the hub's REST API (`core/component_history/`), fetched on demand: for a graph tile and for
 * the detail view. Failures are kept as text next to the data, never thrown at the widget.
 */
export const HistoryStore = signalStore(
  { providedIn: 'root' },
  withState<HistoryState>({ byComponent: {} }),
  withMethods((store, api = inject(HubApi), session = inject(SessionStore), clock = inject(CLOCK)) => {
    const set = (id: number, patch: Partial<ComponentPast>) => {
      const prev = store.byComponent()[id] ?? { chart: null, log: null, status: 'loading', error: null, fetchedAt: 0 };
      patchState(store, { byComponent: { ...store.byComponent(), [id]: { ...prev, ...patch } } });
    };
    return {
      /** Fetches a day of readings (and the change log with `withLog`) unless fresh ones are here. */
      async load(id: number, withLog = false): Promise<void> {
        const slug = session.liveInstance()?.slug;
        const known = store.byComponent()[id];
        const now = clock.now();
        if (!slug || (known?.status === 'loading')) return;
        if (known?.status === 'loaded' && now - known.fetchedAt < FRESH_MS && (!withLog || known.log)) return;
        set(id, { status: 'loading', error: null });
        try {
          const [chart, log] = await Promise.all([
            api.componentChart(slug, id, 'hour', now / 1000 - DAY_S),
            withLog ? api.componentLog(slug, id) : Promise.resolve(known?.log ?? null),
          ]);
          set(id, { chart: chart[0] ?? null, log, status: 'loaded', fetchedAt: clock.now() });
        } catch (err) {
          set(id, { status: 'failed', error: `Could not load the history: ${describeHubError(hubErrorOf(err))}` });
        }
      },
      clear(): void {
        patchState(store, { byComponent: {} });
      },
    };
  }),
  withHooks({
    /** Graph tiles need their day of readings without asking: fetch them whenever the set of graphs changes. */
    onInit(store, components = inject(ComponentsStore), session = inject(SessionStore)) {
      const graphs = computed(
        () => components.listing().filter((c) => c.widgetType === 'numeric-sensor-graph').map((c) => c.id).join(),
      );
      // Another home or user: what was fetched belongs to them.
      let shownUid: string | null = null;
      effect(() => {
        const uid = session.liveInstance()?.uid ?? null;
        if (uid !== shownUid) untracked(() => store.clear());
        shownUid = uid;
      });
      effect(() => {
        const ids = graphs();
        if (!session.liveInstance()) return;
        untracked(() => {
          for (const id of ids ? ids.split(',').map(Number) : []) void store.load(id);
        });
      });
    },
  }),
);
