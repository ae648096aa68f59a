import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { DASHBOARD_CONFIG, type DashboardConfig } from '../config';
import { BROWSER_STATUS, CLOCK } from '../platform';
import { MqttConnection } from './mqtt-connection';
import { MQTT_LINK_LOADER } from './mqtt-link';
import { FakeBroker } from './testing';

const target = { url: 'ws://hub/mqtt/', username: 'jane@example.com', password: 'k' };

describe('MqttConnection', () => {
  let broker: FakeBroker;
  let connection: MqttConnection;
  let now: number;
  let online: Subject<void>;
  const config: DashboardConfig = {
    controlTimeoutMs: 1000,
    confirmTimeoutMs: 1000,
    keepaliveSeconds: 30,
    reconnect: { baseMs: 1000, capMs: 8000, goodConnectionMs: 10_000 },
    persistDebounceMs: 100,
    notificationPollMs: 60_000,
  };

  const settle = () => new Promise<void>((r) => setTimeout(r));

  beforeEach(() => {
    broker = new FakeBroker();
    now = 1_000_000;
    online = new Subject<void>();
    TestBed.configureTestingModule({
      providers: [
        { provide: MQTT_LINK_LOADER, useValue: broker.loader },
        { provide: DASHBOARD_CONFIG, useValue: config },
        { provide: CLOCK, useValue: { now: () => now, random: () => 0.5 } },
        { provide: BROWSER_STATUS, useValue: { online: () => true, visible: () => true, cameOnline: online, becameVisible: new Subject<void>() } },
      ],
    });
    connection = TestBed.inject(MqttConnection);
  });

  afterEach(() => connection.stop());

  it('connects with a fresh client id, clean session and the keepalive, then subscribes', async () => {
    connection.setFilters(['a/+', 'b']);
    connection.start(target);
    expect(connection.state()).toEqual({ kind: 'connecting', attempt: 1 });
    await settle();
    const link = broker.last;
    expect(link.options.keepaliveSeconds).toBe(30);
    expect(link.options.clientId).toMatch(/^simo-dash-/);
    let connected = 0;
    connection.connected.subscribe(() => connected++);
    link.accept();
    expect(connection.state().kind).toBe('connected');
    expect([...link.subscriptions]).toEqual(['a/+', 'b']);
    expect(connected).toBe(1);
  });

  it('backs off with jitter after failures, resubscribes on reconnect, and uses new client ids', async () => {
    jasmine.clock().install();
    try {
      connection.setFilters(['feed/#']);
      connection.start(target);
      await Promise.resolve();
      await Promise.resolve();
      broker.last.drop(); // attempt 1 fails
      expect(connection.state()).toEqual({ kind: 'waiting', retryAt: now + 500, attempt: 2 });
      jasmine.clock().tick(499);
      expect(broker.links.length).toBe(1);
      jasmine.clock().tick(1);
      expect(broker.links.length).toBe(2);
      broker.last.drop(); // attempt 2 fails: up to 2 s, half of it with random 0.5
      expect(connection.state()).toEqual({ kind: 'waiting', retryAt: now + 1000, attempt: 3 });
      jasmine.clock().tick(1000);
      const third = broker.last;
      expect(broker.links.length).toBe(3);
      third.accept();
      expect([...third.subscriptions]).toEqual(['feed/#']);
      expect(new Set(broker.links.map((l) => l.options.clientId)).size).toBe(3);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('starts the backoff afresh after a connection that was good for a while', async () => {
    jasmine.clock().install();
    try {
      connection.start(target);
      await Promise.resolve();
      await Promise.resolve();
      broker.last.drop();
      jasmine.clock().tick(500);
      broker.last.accept();
      now += 10_000; // a good connection
      broker.last.drop();
      expect(connection.state()).toEqual({ kind: 'waiting', retryAt: now + 500, attempt: 1 });
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('tries at once when the browser comes back online', async () => {
    connection.start(target);
    await settle();
    broker.last.drop();
    expect(connection.state().kind).toBe('waiting');
    online.next();
    expect(connection.state().kind).toBe('connecting');
    expect(broker.links.length).toBe(2);
  });

  it('stops retrying when the hub refuses the login', async () => {
    connection.start(target);
    await settle();
    broker.last.refuse();
    expect(connection.state()).toEqual({ kind: 'refused' });
    online.next();
    expect(broker.links.length).toBe(1);
  });

  it('changes subscriptions on the live link when the filters change', async () => {
    connection.setFilters(['a', 'b']);
    connection.start(target);
    await settle();
    broker.last.accept();
    connection.setFilters(['b', 'c']);
    expect([...broker.last.subscriptions].sort()).toEqual(['b', 'c']);
  });

  it('refuses to publish while not connected, and closes the link on stop', async () => {
    await expectAsync(connection.publish('t', 'p')).toBeRejected();
    connection.start(target);
    await settle();
    const link = broker.last;
    link.accept();
    await connection.publish('t', 'p');
    expect(link.published).toEqual([{ topic: 't', payload: 'p' }]);
    connection.stop();
    expect(link.closed).toBeTrue();
    expect(connection.state()).toEqual({ kind: 'idle' });
  });

  it('drops a link that has heard nothing for 1.5 × keepalive, marks it lost and reconnects', async () => {
    connection.start(target);
    await settle();
    const link = broker.last;
    jasmine.clock().install();
    try {
      let lost = 0;
      connection.disconnected.subscribe(() => lost++);
      link.accept();
      now += 40_000;
      jasmine.clock().tick(40_000);
      expect(connection.state().kind).toBe('connected');
      link.activity$.next(); // a PINGRESP
      now += 44_000;
      jasmine.clock().tick(44_000);
      expect(connection.state().kind).toBe('connected');
      now += 2_000;
      jasmine.clock().tick(5_000);
      // Dropped: waiting for the retry, or already retrying (the first backoff is short).
      expect(['waiting', 'connecting']).toContain(connection.state().kind);
      expect(lost).toBe(1);
      expect(link.closed).toBeTrue();
    } finally {
      jasmine.clock().uninstall();
    }
  });
});
