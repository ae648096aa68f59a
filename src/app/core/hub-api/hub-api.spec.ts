import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HubApi } from './hub-api';
import { HubAuth } from './hub-auth';
import { HubRequestError } from './hub-error';

describe('HubApi', () => {
  let api: HubApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(HubApi);
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(HubAuth).use('secret-key');
  });

  afterEach(() => http.verify());

  const component = (id: number) => ({
    id, name: `C${id}`, base_type: 'switch', value: false, last_change: 100, last_modified: 50, app_widget: {}, controller_methods: [],
  });

  it('fetches the snapshot with the Secret header, following every page on this origin', async () => {
    const result = api.snapshot('home');
    http.expectOne('/api/home/core/states/').flush({ component_values: [{ id: 1, value: true, last_change: 200, alive: false }], zones: [], categories: [], users: [] });
    const first = http.expectOne('/api/home/core/components/');
    expect(first.request.headers.get('Secret')).toBe('secret-key');
    first.flush({ count: 3, next: 'https://hub.example:8443/api/home/core/components/?page=2', previous: null, results: [component(1), component(2)] });
    http.expectOne('/api/home/core/zones/').flush({ count: 1, next: null, previous: null, results: [{ id: 1, name: 'Hall', components: [1, 2, 3] }] });
    http.expectOne('/api/home/core/categories/').flush({ count: 0, next: null, previous: null, results: [] });
    http.expectOne('/api/home/users/instance-users/').flush([{ id: 7, user_id: 3, name: 'Jane', at_home: true, last_seen: 5 }]);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/home/core/components/?page=2').flush({ count: 3, next: null, previous: null, results: [component(3), { broken: true }] });
    const snapshot = await result;
    expect(snapshot.components.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(snapshot.skipped).toBe(1);
    // core/states is newer for component 1: its value wins.
    expect(snapshot.components[0]?.value).toBeTrue();
    expect(snapshot.components[0]?.alive).toBeFalse();
    expect(snapshot.zones[0]?.componentIds).toEqual([1, 2, 3]);
    expect(snapshot.people[0]?.atHome).toBeTrue();
  });

  const errors: [number, Record<string, string>, string | object, object][] = [
    [401, { 'WWW-Authenticate': 'None' }, { detail: 'Authentication credentials were not provided.' }, { kind: 'unauthorized' }],
    [403, {}, { detail: 'You have no role in this SIMO.io instance.' }, { kind: 'forbidden', detail: 'You have no role in this SIMO.io instance.' }],
    [404, {}, '<html>Not Found</html>', { kind: 'not-found' }],
    [429, { 'Retry-After': '120' }, { detail: 'throttled' }, { kind: 'rate-limited', retryAfterSeconds: 120 }],
    [502, {}, 'Bad Gateway', { kind: 'unreachable' }],
    [500, {}, 'oops', { kind: 'server', status: 500 }],
  ];
  for (const [status, headers, body, expected] of errors) {
    it(`turns HTTP ${status} into ${JSON.stringify(expected)}`, async () => {
      const result = api.whoami();
      http.expectOne('/users/whoami/').flush(body, { status, statusText: 'x', headers });
      await expectAsync(result).toBeRejectedWith(new HubRequestError(expected as never));
      const err = await result.catch((e: HubRequestError) => e);
      expect((err as HubRequestError).error).toEqual(expected as never);
    });
  }

  it('reports a network failure as unreachable and a body it cannot read as malformed', async () => {
    const offline = api.whoami();
    http.expectOne('/users/whoami/').error(new ProgressEvent('error'));
    expect(((await offline.catch((e) => e)) as HubRequestError).error).toEqual({ kind: 'unreachable' });
    const odd = api.whoami();
    http.expectOne('/users/whoami/').flush({ user: 'x' });
    expect(((await odd.catch((e) => e)) as HubRequestError).error.kind).toBe('malformed');
  });

  it('reads mqtt-credentials, and null when the hub answers with its login page', async () => {
    const ok = api.mqttCredentials();
    http.expectOne('/users/mqtt-credentials/').flush(JSON.stringify({ username: 'jane@example.com', password: 'k', user_id: 3 }));
    expect(await ok).toEqual({ username: 'jane@example.com', password: 'k', userId: 3 });
    const none = api.mqttCredentials();
    http.expectOne('/users/mqtt-credentials/').flush('<!doctype html><form action="/login/">');
    expect(await none).toBeNull();
  });
});
