import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SwUpdate, type VersionEvent } from '@angular/service-worker';
import { Subject } from 'rxjs';
import { BROWSER_STATUS, CLOCK, PAGE_LOCATION } from '../platform';
import { AppUpdates, QUIET_MS } from './app-updates';

describe('AppUpdates', () => {
  let now: number;
  let reloads: number;
  let checks: number;
  let activations: number;
  let versions: Subject<VersionEvent>;
  let unrecoverable: Subject<unknown>;
  let visible: Subject<void>;

  beforeEach(() => {
    now = 1_000_000;
    reloads = checks = activations = 0;
    versions = new Subject();
    unrecoverable = new Subject();
    visible = new Subject();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: CLOCK, useValue: { now: () => now, random: () => 0.5 } },
        {
          provide: SwUpdate,
          useValue: {
            isEnabled: true, versionUpdates: versions, unrecoverable,
            checkForUpdate: async () => (checks++, false), activateUpdate: async () => (activations++, true),
          },
        },
        { provide: PAGE_LOCATION, useValue: { reload: () => reloads++ } },
        { provide: BROWSER_STATUS, useValue: { cameOnline: new Subject<void>(), becameVisible: visible } },
      ],
    });
  });

  const ready = () => versions.next({ type: 'VERSION_READY', currentVersion: { hash: 'a' }, latestVersion: { hash: 'b' } });

  it('checks at start and when the page becomes visible, and offers a ready version', async () => {
    const updates = TestBed.inject(AppUpdates);
    expect(checks).toBe(1);
    visible.next();
    expect(checks).toBe(2);
    expect(updates.state()).toBe('current');
    ready();
    expect(updates.state()).toBe('ready');
    await updates.apply();
    expect(activations).toBe(1);
    expect(reloads).toBe(1);
  });

  it('applies by itself in a kiosk only after a quiet minute', async () => {
    const updates = TestBed.inject(AppUpdates);
    ready();
    updates.applyIfQuiet(now - QUIET_MS + 1);
    expect(activations).toBe(0);
    updates.applyIfQuiet(now - QUIET_MS);
    await Promise.resolve();
    expect(activations).toBe(1);
  });

  it('reloads when the worker cannot serve this version any more', () => {
    TestBed.inject(AppUpdates);
    unrecoverable.next({ type: 'UNRECOVERABLE_STATE', reason: 'evicted' });
    expect(reloads).toBe(1);
  });
});
