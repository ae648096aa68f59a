import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/**
 * Small settings that belong to this device, not to the signed-in user (theme, favourites, later the
 * kiosk profile): they survive sign-out, which wipes IndexedDB. Backed by localStorage; a full or
 * blocked storage answers false from `write` instead of throwing.
 */
export interface LocalSettings {
  read(key: string): unknown;
  write(key: string, value: unknown): boolean;
}

export const LOCAL_SETTINGS = new InjectionToken<LocalSettings>('LOCAL_SETTINGS', {
  providedIn: 'root',
  factory: () => {
    const storage = (() => {
      try {
        return inject(DOCUMENT).defaultView?.localStorage ?? null;
      } catch {
        return null;
      }
    })();
    return {
      read(key) {
        try {
          const text = storage?.getItem(`simo:${key}`);
          return text ? (JSON.parse(text) as unknown) : undefined;
        } catch {
          return undefined;
        }
      },
      write(key, value) {
        try {
          storage?.setItem(`simo:${key}`, JSON.stringify(value));
          return storage !== null;
        } catch {
          return false;
        }
      },
    };
  },
});

/** An in-memory LocalSettings for tests. */
export function memoryLocalSettings(): LocalSettings & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    read: (key) => structuredClone(data.get(key)),
    write: (key, value) => (data.set(key, structuredClone(value)), true),
  };
}
