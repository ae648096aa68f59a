import { TestBed } from '@angular/core/testing';
import { HubApi } from '../hub-api/hub-api';
import { HubRequestError } from '../hub-api/hub-error';
import { SessionStore } from '../session/session-store';
import { NotificationsStore } from '../../state/notifications-store';
import { ConnectionStore } from '../../state/connection-store';
import type { HubNotification } from '../../domain/notification';
import { DASHBOARD_CONFIG } from '../config';
import { settle, setUpHarness, TEST_CONFIG, type Harness } from '../testing/harness';
import { NotificationPoller } from './notification-poller';

const note = (id: number, title = `N${id}`): HubNotification => ({ id, datetime: id, severity: 'info', title, body: '', componentId: null });

describe('NotificationPoller', () => {
  let h: Harness;
  let answers: (HubNotification[] | HubRequestError)[];
  let calls: string[];

  beforeEach(() => {
    h = setUpHarness();
    answers = [];
    calls = [];
  });

  function fakeApi() {
    const api = TestBed.inject(HubApi) as unknown as Record<string, unknown>;
    api['notifications'] = (slug: string) => {
      calls.push(slug);
      const next = answers.shift() ?? [];
      return next instanceof HubRequestError ? Promise.reject(next) : Promise.resolve(next);
    };
    api['archiveNotification'] = (_slug: string, id: number) =>
      id === 99 ? Promise.reject(new HubRequestError({ kind: 'server', status: 500 })) : Promise.resolve();
  }

  async function start() {
    fakeApi();
    TestBed.inject(NotificationPoller).start();
    await TestBed.inject(SessionStore).signInWithKey('jane@example.com', 'secret', false);
    await settle();
  }

  it('polls the selected home at once and announces only what is new since the last poll', async () => {
    answers.push([note(1), note(2)], [note(1), note(2), note(3, 'Leak')]);
    await start();
    const store = TestBed.inject(NotificationsStore);
    expect(calls).toEqual(['home']);
    expect(store.newestFirst().map((n) => n.id)).toEqual([2, 1]);
    expect(store.fresh()).toEqual([]);
    await TestBed.inject(NotificationPoller).refresh();
    expect(store.fresh().map((n) => n.title)).toEqual(['Leak']);
  });

  it('polls again after the interval, later after a failure', async () => {
    TestBed.overrideProvider(DASHBOARD_CONFIG, { useValue: { ...TEST_CONFIG, notificationPollMs: 60 } });
    answers.push(new HubRequestError({ kind: 'unreachable' }), [], []);
    const startedAt = performance.now();
    await start();
    expect(calls.length).toBe(1);
    const times: number[] = [];
    while (calls.length < 3) {
      const before = calls.length;
      await new Promise((r) => setTimeout(r, 5));
      if (calls.length > before) times.push(performance.now() - startedAt);
    }
    // After the failure the wait doubles (120 ms), then it is back to the interval (60 ms).
    expect(times[0]!).toBeGreaterThanOrEqual(115);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(55);
  });

  it('respects the hub ban on 429 and explains failed archiving', async () => {
    answers.push(new HubRequestError({ kind: 'rate-limited', retryAfterSeconds: 120 }));
    await start();
    expect(TestBed.inject(ConnectionStore).limitedUntil()).toBe(h.clock.now + 120_000);
    await TestBed.inject(NotificationPoller).archive(99);
    expect(TestBed.inject(NotificationsStore).error()).toContain('Could not archive');
  });
});
