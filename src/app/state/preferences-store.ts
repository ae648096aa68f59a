import { DOCUMENT, effect, inject } from '@angular/core';
import { patchState, signalStore, withHooks, withMethods, withState } from '@ngrx/signals';
import { LOCAL_SETTINGS } from '../core/platform';
import { isObject } from '../domain/json';

export type ThemeChoice = 'system' | 'light' | 'dark';

interface PreferencesState {
  /** Favourite component ids per instance uid, in the order they were starred. */
  readonly favourites: Readonly<Record<string, readonly number[]>>;
  readonly theme: ThemeChoice;
  /** Why the last change could not be kept on this device, in words. */
  readonly saveError: string | null;
}

const KEY = 'preferences';

function parse(raw: unknown): Partial<PreferencesState> {
  if (!isObject(raw)) return {};
  const theme = raw['theme'] === 'light' || raw['theme'] === 'dark' ? raw['theme'] : 'system';
  const favourites: Record<string, number[]> = {};
  if (isObject(raw['favourites'])) {
    for (const [uid, ids] of Object.entries(raw['favourites'])) {
      if (Array.isArray(ids)) favourites[uid] = ids.filter((id): id is number => Number.isInteger(id));
    }
  }
  return { theme, favourites };
}

/** This device's preferences: favourites per home and the theme. Saved on the device, kept across sign-out. */
export const PreferencesStore = signalStore(
  { providedIn: 'root' },
  withState<PreferencesState>({ favourites: {}, theme: 'system', saveError: null }),
  withMethods((store, settings = inject(LOCAL_SETTINGS)) => {
    const save = () => {
      const ok = settings.write(KEY, { favourites: store.favourites(), theme: store.theme() });
      patchState(store, { saveError: ok ? null : 'This device did not keep the change (its storage is full or blocked).' });
    };
    return {
      isFavourite(instanceUid: string | null, id: number): boolean {
        return !!instanceUid && (store.favourites()[instanceUid] ?? []).includes(id);
      },
      toggleFavourite(instanceUid: string, id: number): void {
        const list = store.favourites()[instanceUid] ?? [];
        const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
        patchState(store, { favourites: { ...store.favourites(), [instanceUid]: next } });
        save();
      },
      setTheme(theme: ThemeChoice): void {
        patchState(store, { theme });
        save();
      },
    };
  }),
  withHooks({
    onInit(store, settings = inject(LOCAL_SETTINGS), doc = inject(DOCUMENT)) {
      patchState(store, parse(settings.read(KEY)));
      // Material's tokens use light-dark(): the colour scheme on <html> picks the theme.
      effect(() => {
        const theme = store.theme();
        doc.documentElement.style.colorScheme = theme === 'system' ? '' : theme;
      });
    },
  }),
);
