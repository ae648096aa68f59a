import { TestBed } from '@angular/core/testing';
import { SessionStore } from '../session/session-store';
import { ComponentsStore } from '../../state/components-store';
import { ConnectionStore } from '../../state/connection-store';
import { SNAPSHOT_VERSION, SnapshotCache } from '../persistence/snapshot-cache';
import { MqttConnection } from '../mqtt/mqtt-connection';
import { feedTopic, lamp, settle, setUpHarness, snapshotOf, UID, USER_ID, type Harness } from '../testing/harness';
import { LiveSync } from './live-sync';

describe('LiveSync', () => {
  let h: Harness;
  let components: InstanceType<typeof ComponentsStore>;
  let status: InstanceType<typeof ConnectionStore>;

  async function signInAndConnect(): Promise<void> {
    TestBed.inject(LiveSync).start();
    await TestBed.inject(SessionStore).signInWithKey('jane@example.com', 'secret', false);
    await settle();
    h.broker.last.accept();
    await settle();
  }

  beforeEach(() => {
    h = setUpHarness();
    components = TestBed.inject(ComponentsStore);
    status = TestBed.inject(ConnectionStore);
  });

  afterEach(() => TestBed.inject(MqttConnection).stop());

  it('subscribes to the feed, perms-changed and control replies, then fetches the snapshot and goes live', async () => {
    await signInAndConnect();
    const link = h.broker.last;
    expect(link.options.url).toBe('ws://hub.local/mqtt/');
    expect(link.options.username).toBe('jane@example.com');
    expect([...link.subscriptions].sort()).toEqual([
      `SIMO/user/${USER_ID}/control-resp/+`,
      `SIMO/user/${USER_ID}/feed/${UID}/Category/+`,
      `SIMO/user/${USER_ID}/feed/${UID}/Component/+`,
      `SIMO/user/${USER_ID}/feed/${UID}/InstanceUser/+`,
      `SIMO/user/${USER_ID}/feed/${UID}/Zone/+`,
      `SIMO/user/${USER_ID}/perms-changed`,
    ]);
    expect(status.phase()).toBe('syncing');
    h.api.answer(snapshotOf([lamp()]));
    await settle();
    expect(status.phase()).toBe('live');
    expect(components.entityMap()[101]?.value).toBeFalse();
  });

  it('buffers the feed during the snapshot and applies only what is newer than it', async () => {
    await signInAndConnect();
    const link = h.broker.last;
    // Retained message from before the snapshot's state, then one from after it.
    link.deliver(feedTopic('Component', 101), { value: true, timestamp: 90 });
    link.deliver(feedTopic('Component', 101), { value: true, timestamp: 150 });
    expect(components.entityMap()[101]).toBeUndefined();
    h.api.answer(snapshotOf([lamp({ value: false, syncedAt: 100, lastChange: 100 })]));
    await settle();
    expect(components.entityMap()[101]?.value).toBeTrue();
    expect(components.entityMap()[101]?.syncedAt).toBe(150);
  });

  it('applies live messages once per frame, ignoring unknown ids, other instances and garbage', async () => {
    await signInAndConnect();
    h.api.answer(snapshotOf([lamp()]));
    await settle();
    const link = h.broker.last;
    const before = components.entityMap();
    link.deliver(feedTopic('Component', 101), { value: true, timestamp: 200 });
    link.deliver(feedTopic('Component', 999), { value: true, timestamp: 200 });
    link.deliver(feedTopic('Component', 101, 'other-uid'), { value: false, timestamp: 300 });
    link.deliver(feedTopic('Component', 101), '{oops');
    link.deliver(`SIMO/user/${USER_ID}/feed/${UID}/Component/abc`, '{}');
    expect(components.entityMap()).toBe(before);
    expect(h.frames.length).toBe(1);
    h.flushFrames();
    expect(components.entityMap()[101]?.value).toBeTrue();
    expect(components.ids()).toEqual([101]);
    // The unparseable payload is counted; the topic that is not a feed topic is simply not ours.
    expect(TestBed.inject(LiveSync).rejectedMessages).toBe(1);
  });

  it('refetches the snapshot on perms-changed: components come and go', async () => {
    await signInAndConnect();
    h.api.answer(snapshotOf([lamp()]));
    await settle();
    h.broker.last.deliver(`SIMO/user/${USER_ID}/perms-changed`, { instance_id: 1, timestamp: 1736101330 });
    await settle();
    expect(h.api.snapshots.length).toBe(1);
    h.api.answer(snapshotOf([lamp({ id: 102, name: 'Fan' })]));
    await settle();
    expect(components.ids()).toEqual([102]);
  });

  it('shows the saved snapshot before connecting, and marks the data offline when the link drops', async () => {
    const saved = {
      v: SNAPSHOT_VERSION, instanceUid: UID, asOf: 1_600_000_000_000,
      components: [lamp({ value: true })], zones: [], categories: [], people: [],
    };
    await h.kv.set(`snapshot:${UID}`, saved);
    TestBed.inject(LiveSync).start();
    await TestBed.inject(SessionStore).signInWithKey('jane@example.com', 'secret', false);
    await settle();
    expect(status.phase()).toBe('saved');
    expect(status.dataAsOf()).toBe(1_600_000_000_000);
    expect(components.entityMap()[101]?.value).toBeTrue();
    h.broker.last.accept();
    await settle();
    h.api.answer(snapshotOf([lamp({ value: false })]));
    await settle();
    expect(status.phase()).toBe('live');
    h.broker.last.drop();
    expect(status.phase()).toBe('saved');
    expect(status.dataAsOf()).toBe(h.clock.now);
  });

  it('discards a corrupt saved snapshot', async () => {
    await h.kv.set(`snapshot:${UID}`, { v: SNAPSHOT_VERSION, instanceUid: UID, asOf: 1, components: [{ id: 'x' }], zones: [], categories: [], people: [] });
    expect(await TestBed.inject(SnapshotCache).load(UID)).toBeNull();
    expect(h.kv.data.has(`snapshot:${UID}`)).toBeFalse();
    await h.kv.set(`snapshot:${UID}`, { v: SNAPSHOT_VERSION - 1 });
    expect(await TestBed.inject(SnapshotCache).load(UID)).toBeNull();
  });

  it('signs out when the hub no longer accepts the key during a resync', async () => {
    await signInAndConnect();
    h.api.snapshots.shift()!.reject({ kind: 'unauthorized' });
    await settle();
    const session = TestBed.inject(SessionStore);
    expect(session.status()).toBe('signed-out');
    expect(session.error()).toEqual({ kind: 'key-rejected' });
    expect(TestBed.inject(MqttConnection).state().kind).toBe('idle');
  });

  it('signs out, keeping the saved dashboard, when the broker refuses the key', async () => {
    await signInAndConnect();
    h.api.answer(snapshotOf([lamp()]));
    await settle();
    await new Promise((r) => setTimeout(r, 40)); // the debounced save
    h.broker.last.drop();
    await settle();
    await new Promise((r) => setTimeout(r, 600)); // the first retry (backoff with random 0.5)
    h.broker.last.refuse();
    await settle();
    expect(TestBed.inject(SessionStore).error()).toEqual({ kind: 'key-rejected' });
    expect(h.kv.data.has(`snapshot:${UID}`)).toBeTrue();
  });

  it('saves at most once per debounce, however many messages arrive', async () => {
    await signInAndConnect();
    h.api.answer(snapshotOf([lamp()]));
    await settle();
    const cache = TestBed.inject(SnapshotCache);
    const before = cache.writes;
    for (let i = 0; i < 50; i++) {
      h.broker.last.deliver(feedTopic('Component', 101), { value: i % 2 === 0, timestamp: 200 + i });
      h.flushFrames();
    }
    await new Promise((r) => setTimeout(r, 60));
    expect(cache.writes - before).toBe(1);
    const saved = await h.kv.get<{ components: { value: unknown }[] }>(`snapshot:${UID}`);
    expect(saved?.components[0]?.value).toBeFalse();
  });
});
