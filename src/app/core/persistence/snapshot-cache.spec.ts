import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DASHBOARD_CONFIG } from '../config';
import { CLOCK, KEY_VALUE_STORE, memoryKeyValueStore } from '../platform';
import { TEST_CONFIG } from '../testing/harness';
import { SnapshotCache } from './snapshot-cache';

describe('SnapshotCache spacing', () => {
  let now: number;
  /** How long each save takes on the fake clock. */
  let saveMs: number;
  let cache: SnapshotCache;

  beforeEach(() => {
    now = 1_000_000;
    saveMs = 0;
    const kv = memoryKeyValueStore();
    const set = kv.set;
    kv.set = async (key, value) => {
      now += saveMs;
      return set(key, value);
    };
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: KEY_VALUE_STORE, useValue: kv },
        { provide: DASHBOARD_CONFIG, useValue: { ...TEST_CONFIG, persistDebounceMs: 1000 } },
        { provide: CLOCK, useValue: { now: () => now, random: () => 0.5 } },
      ],
    });
    cache = TestBed.inject(SnapshotCache);
    jasmine.clock().install();
  });
  afterEach(() => jasmine.clock().uninstall());

  /** Lets the timers due within `ms` run, and the saves they start finish. */
  async function pass(ms: number) {
    jasmine.clock().tick(ms);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }

  it('saves within the debounce while saves are quick', async () => {
    saveMs = 10;
    cache.schedule('home');
    await pass(1000);
    expect(cache.writes).toBe(1);
    cache.schedule('home');
    await pass(1000);
    expect(cache.writes).toBe(2);
  });

  it('spaces saves by twenty times what the last one took, at most 30 s', async () => {
    saveMs = 150;
    cache.schedule('home');
    await pass(1000);
    expect(cache.writes).toBe(1);
    cache.schedule('home');
    await pass(2999);
    expect(cache.writes).toBe(1);
    await pass(1);
    expect(cache.writes).toBe(2);
    saveMs = 5000;
    cache.schedule('home');
    await pass(3000);
    expect(cache.writes).toBe(3);
    cache.schedule('home');
    await pass(29_999);
    expect(cache.writes).toBe(3);
    await pass(1);
    expect(cache.writes).toBe(4);
  });
});
