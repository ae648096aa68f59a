import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { aComponent } from '../../domain/testing';
import type { HubComponent } from '../../domain/component';
import type { Zone } from '../../domain/place';
import { DASHBOARD_CONFIG, type DashboardConfig } from '../config';
import { HubApi } from '../hub-api/hub-api';
import { HubRequestError, type HubError } from '../hub-api/hub-error';
import type { InstanceSnapshot, WhoAmI } from '../hub-api/models';
import { MQTT_LINK_LOADER } from '../mqtt/mqtt-link';
import { FakeBroker } from '../mqtt/testing';
import { CLOCK, FRAME_SCHEDULER, KEY_VALUE_STORE, PAGE_LOCATION, memoryKeyValueStore } from '../platform';

export const UID = 'home-uid';
export const USER_ID = 3;

export const WHO: WhoAmI = {
  user: { id: USER_ID, email: 'jane@example.com', name: 'Jane', isMaster: false },
  instances: [
    { uid: UID, slug: 'home', name: 'Home', timezone: 'UTC' },
    { uid: 'cabin-uid', slug: 'cabin', name: 'Cabin', timezone: 'UTC' },
  ],
};

export function snapshotOf(components: HubComponent[], zones?: Zone[]): InstanceSnapshot {
  return {
    components,
    zones: zones ?? [{ id: 1, name: 'Living room', componentIds: components.map((c) => c.id), order: 0 }],
    categories: [],
    people: [],
    skipped: 0,
  };
}

/** A HubApi whose answers the test sets; snapshot() waits until the test releases it. */
export class FakeHubApi {
  whoamiResult: WhoAmI | HubError = WHO;
  snapshots: { slug: string; resolve: (s: InstanceSnapshot) => void; reject: (e: HubError) => void }[] = [];

  whoami(): Promise<WhoAmI> {
    const r = this.whoamiResult;
    return 'kind' in r ? Promise.reject(new HubRequestError(r)) : Promise.resolve(r);
  }
  snapshot(slug: string): Promise<InstanceSnapshot> {
    return new Promise((resolve, reject) =>
      this.snapshots.push({ slug, resolve, reject: (e) => reject(new HubRequestError(e)) }),
    );
  }
  components(): Promise<HubComponent[]> {
    return Promise.resolve([]);
  }
  zones(): Promise<Zone[]> {
    return Promise.resolve([]);
  }
  categories() {
    return Promise.resolve([]);
  }
  /** Answers the oldest pending snapshot request. */
  answer(snapshot: InstanceSnapshot): void {
    const next = this.snapshots.shift();
    if (!next) throw new Error('no snapshot was requested');
    next.resolve(snapshot);
  }
}

export interface Harness {
  api: FakeHubApi;
  broker: FakeBroker;
  kv: ReturnType<typeof memoryKeyValueStore>;
  frames: (() => void)[];
  /** Runs the animation-frame callbacks queued so far. */
  flushFrames(): void;
  clock: { now: number };
}

export const TEST_CONFIG: DashboardConfig = {
  controlTimeoutMs: 1000,
  confirmTimeoutMs: 200,
  keepaliveSeconds: 30,
  reconnect: { baseMs: 1000, capMs: 8000, goodConnectionMs: 10_000 },
  persistDebounceMs: 20,
  notificationPollMs: 60_000,
};

/** TestBed with fakes for every browser API and for the hub. */
export function setUpHarness(kvInitial: Record<string, unknown> = {}): Harness {
  const api = new FakeHubApi();
  const broker = new FakeBroker();
  const kv = memoryKeyValueStore(kvInitial);
  const frames: (() => void)[] = [];
  const clock = { now: 1_700_000_000_000 };
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      { provide: HubApi, useValue: api },
      { provide: MQTT_LINK_LOADER, useValue: broker.loader },
      { provide: KEY_VALUE_STORE, useValue: kv },
      { provide: DASHBOARD_CONFIG, useValue: TEST_CONFIG },
      { provide: CLOCK, useValue: { now: () => clock.now, random: () => 0.5 } },
      { provide: FRAME_SCHEDULER, useValue: (cb: () => void) => frames.push(cb) },
      {
        provide: PAGE_LOCATION,
        useValue: { href: () => 'http://hub.local/', assign: () => undefined, replace: () => undefined, reload: () => undefined, reachable: async () => true, onHide: () => undefined },
      },
    ],
  });
  return {
    api,
    broker,
    kv,
    frames,
    clock,
    flushFrames: () => frames.splice(0).forEach((f) => f()),
  };
}

/** Lets pending promises and effects run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    TestBed.tick();
    await new Promise((r) => setTimeout(r));
  }
}

export function feedTopic(model: string, id: number, uid = UID): string {
  return `SIMO/user/${USER_ID}/feed/${uid}/${model}/${id}`;
}

export const lamp = (overrides: Partial<HubComponent> = {}) => aComponent({ id: 101, name: 'Lamp', ...overrides });
