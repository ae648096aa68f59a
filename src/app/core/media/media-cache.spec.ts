import { TestBed } from '@angular/core/testing';
import { HubApi } from '../hub-api/hub-api';
import { HubRequestError } from '../hub-api/hub-error';
import { setUpHarness, type Harness } from '../testing/harness';
import { MediaCache } from './media-cache';

describe('MediaCache', () => {
  let h: Harness;
  let fetched: string[];

  beforeEach(() => {
    h = setUpHarness();
    fetched = [];
    (TestBed.inject(HubApi) as unknown as Record<string, unknown>)['media'] = (path: string) => {
      fetched.push(path);
      return path.includes('missing')
        ? Promise.reject(new HubRequestError({ kind: 'not-found' }))
        : Promise.resolve(new Blob([`<svg>${path}</svg>`], { type: 'image/svg+xml' }));
    };
  });

  it('fetches a file once, keeps it on the device, and serves it as a blob URL', async () => {
    const media = TestBed.inject(MediaCache);
    const url = await media.url('/media/avatars/a.svg', 1);
    expect(url).toMatch(/^blob:/);
    expect(await media.url('/media/avatars/a.svg', 1)).toBe(url);
    expect(fetched).toEqual(['/media/avatars/a.svg']);
    expect(h.kv.data.has('media:/media/avatars/a.svg@1')).toBeTrue();
    // A new version replaces the old copy.
    await media.url('/media/avatars/a.svg', 2);
    expect([...h.kv.data.keys()].filter((k) => k.startsWith('media:'))).toEqual(['media:/media/avatars/a.svg@2']);
    await media.clear();
    expect([...h.kv.data.keys()].filter((k) => k.startsWith('media:'))).toEqual([]);
  });

  it('gives null for what cannot be had, and tries again next time', async () => {
    const media = TestBed.inject(MediaCache);
    expect(await media.url('/media/missing.svg')).toBeNull();
    expect(await media.url('/media/missing.svg')).toBeNull();
    expect(fetched.length).toBe(2);
  });

  it('does not keep a download that finishes after a sign-out cleared the cache', async () => {
    let finish: (b: Blob) => void = () => undefined;
    (TestBed.inject(HubApi) as unknown as Record<string, unknown>)['media'] = () => new Promise<Blob>((r) => (finish = r));
    const media = TestBed.inject(MediaCache);
    const url = media.url('/media/avatars/slow.svg', 1);
    await new Promise((r) => setTimeout(r));
    await media.clear();
    finish(new Blob(['<svg/>']));
    expect(await url).toBeNull();
    expect([...h.kv.data.keys()].filter((k) => k.startsWith('media:'))).toEqual([]);
  });
});
