import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SwUpdate } from '@angular/service-worker';
import { Subject } from 'rxjs';
import { ConnectionStore } from '../../state/connection-store';
import { KioskStore } from '../../state/kiosk-store';
import { BROWSER_STATUS, CLOCK, LOCAL_SETTINGS, memoryLocalSettings, Now, PAGE_LOCATION, SCREEN_CONTROL } from '../platform';
import { KioskRuntime } from './kiosk-runtime';

describe('KioskRuntime', () => {
  const MIN = 60_000;
  let now: ReturnType<typeof signal<number>>;
  let reloads: number;
  let reachable: boolean;
  let visible: Subject<void>;
  let locks: number;
  let secure: boolean;

  function setUp() {
    now = signal(Date.UTC(2026, 11, 4, 12, 0));
    reloads = 0;
    reachable = true;
    visible = new Subject<void>();
    locks = 0;
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: CLOCK, useValue: { now: () => now(), random: () => 0.5 } },
        { provide: Now, useValue: { value: now } },
        { provide: LOCAL_SETTINGS, useValue: memoryLocalSettings() },
        { provide: SwUpdate, useValue: { isEnabled: false } },
        {
          provide: PAGE_LOCATION,
          useValue: { href: () => '', assign: () => undefined, replace: () => undefined, onHide: () => undefined, reload: () => reloads++, reachable: async () => reachable },
        },
        { provide: BROWSER_STATUS, useValue: { online: () => true, visible: () => true, cameOnline: new Subject<void>(), becameVisible: visible } },
        {
          provide: SCREEN_CONTROL,
          useValue: {
            secureContext: () => secure, wakeLockSupported: () => true, fullscreen: () => false, requestFullscreen: async () => undefined,
            keepAwake: async () => (locks++, { release: async () => undefined }),
          },
        },
      ],
    });
    return { runtime: TestBed.inject(KioskRuntime), connection: TestBed.inject(ConnectionStore), kiosk: TestBed.inject(KioskStore) };
  }

  const tick = async (ms: number) => {
    now.set(now() + ms);
    TestBed.tick();
    await new Promise((r) => setTimeout(r));
  };

  beforeEach(() => (secure = true));

  it('holds the screen on start and again whenever the page becomes visible', async () => {
    const { runtime } = setUp();
    runtime.start();
    await tick(0);
    expect(locks).toBe(1);
    expect(runtime.wakeLock()).toBe('held');
    visible.next();
    await tick(0);
    expect(locks).toBe(2);
  });

  it('says so instead of failing when the page is not in a secure context', async () => {
    secure = false;
    const { runtime } = setUp();
    runtime.start();
    await tick(0);
    expect(locks).toBe(0);
    expect(runtime.wakeLock()).toBe('insecure');
  });

  it('reloads after the watchdog time without a live connection, only if the page would load', async () => {
    const { runtime, connection } = setUp();
    runtime.start();
    connection.live();
    await tick(9 * MIN);
    connection.lost(now());
    await tick(9 * MIN);
    expect(reloads).toBe(0);
    reachable = false;
    await tick(2 * MIN);
    expect(reloads).toBe(0); // the origin does not answer: keep the saved dashboard on screen
    reachable = true;
    await tick(11 * MIN);
    expect(reloads).toBe(1);
  });

  it('does nothing while the kiosk view is not shown', async () => {
    const { runtime } = setUp();
    runtime.stop();
    await tick(60 * MIN);
    expect(reloads).toBe(0);
    expect(runtime.wakeLock()).toBe('off');
  });
});
