import { InjectionToken } from '@angular/core';
import { createStore, del, get, keys, set } from 'idb-keyval';

/** Durable key-value storage (IndexedDB through idb-keyval); tests swap in a Map. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export const KEY_VALUE_STORE = new InjectionToken<KeyValueStore>('KEY_VALUE_STORE', {
  providedIn: 'root',
  factory: () => {
    const store = createStore('simo-dashboard', 'kv');
    return {
      get: <T>(key: string) => get<T>(key, store),
      set: (key, value) => set(key, value, store),
      del: (key) => del(key, store),
      keys: async () => (await keys(store)).map(String),
    };
  },
});

/** An in-memory KeyValueStore for tests and for browsers without IndexedDB. */
export function memoryKeyValueStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    get: async <T>(key: string) => structuredClone(data.get(key)) as T | undefined,
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}
