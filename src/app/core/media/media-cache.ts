import { Injectable, inject } from '@angular/core';
import { HubApi } from '../hub-api/hub-api';
import { KEY_VALUE_STORE } from '../platform';

const KEY_PREFIX = 'media:';

/**
 * The hub's media (avatars, icons, category images) are protected: `<img src>` cannot send the `Secret`
 * header. They are fetched with the API's credentials, kept on the device (IndexedDB), and shown from
 * blob URLs. `version` (e.g. the avatar's `last_change`) replaces an outdated copy.
 */
@Injectable({ providedIn: 'root' })
export class MediaCache {
  private readonly api = inject(HubApi);
  private readonly kv = inject(KEY_VALUE_STORE);
  private readonly urls = new Map<string, Promise<string | null>>();
  /** Bumped by clear(): a download that started before a sign-out must not be saved after it. */
  private generation = 0;

  /** A blob URL for the file, or null when it cannot be had (the caller shows its fallback). */
  url(path: string, version: number | string = ''): Promise<string | null> {
    const key = `${path}@${version}`;
    let url = this.urls.get(key);
    if (!url) {
      url = this.load(path, key);
      this.urls.set(key, url);
      // A failure is not remembered: the next render tries again.
      void url.then((u) => u ?? this.urls.delete(key));
    }
    return url;
  }

  /** Forgets every file (sign-out). */
  async clear(): Promise<void> {
    this.generation++;
    for (const url of this.urls.values()) void url.then((u) => u && URL.revokeObjectURL(u));
    this.urls.clear();
    const keys = await this.kv.keys().catch(() => [] as string[]);
    await Promise.all(keys.filter((k) => k.startsWith(KEY_PREFIX)).map((k) => this.kv.del(k).catch(() => undefined)));
  }

  private async load(path: string, key: string): Promise<string | null> {
    const generation = this.generation;
    const saved = await this.kv.get<Blob>(KEY_PREFIX + key).catch(() => undefined);
    if (saved instanceof Blob) return URL.createObjectURL(saved);
    try {
      const blob = await this.api.media(path);
      if (generation !== this.generation) return null;
      // Older versions of the same file go; the new one is kept for offline starts.
      const keys = await this.kv.keys().catch(() => [] as string[]);
      await Promise.all(keys.filter((k) => k.startsWith(`${KEY_PREFIX}${path}@`)).map((k) => this.kv.del(k).catch(() => undefined)));
      await this.kv.set(KEY_PREFIX + key, blob).catch(() => undefined);
      // Cleared while this was being written: take it back out.
      if (generation !== this.generation) {
        await this.kv.del(KEY_PREFIX + key).catch(() => undefined);
        return null;
      }
      return URL.createObjectURL(blob);
    } catch {
      return null;
    }
  }
}
