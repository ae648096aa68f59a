import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hub } from '../src/hub.js';
import {
  BROKERS, HOME_UID, INACTIVE, MASTER, MEMBER, OWNER, connectError, connectUser, control, sleep, startHub, subscribe, waitFor,
} from './helpers.js';

for (const broker of BROKERS) {
  describe(`simulated hub on ${broker}`, () => {
    let hub: Hub;
    before(async () => {
      hub = await startHub(broker);
    });
    after(async () => {
      await hub.stop();
    });

    it('refuses a wrong secret with CONNACK 5 and lets an inactive user connect', async () => {
      const err = await connectError(hub, { email: OWNER.email, secret: 'wrong-secret-0000000' });
      assert.equal(err.code, 5);
      const inactive = await connectUser(hub, INACTIVE);
      await subscribe(inactive.client, '#');
      await sleep(300);
      assert.deepEqual(inactive.received, [], 'an inactive user receives nothing');
      inactive.client.end(true);
    });

    it('delivers a normal user only their own prefix, whatever they subscribe to', async () => {
      const member = await connectUser(hub, MEMBER);
      await subscribe(member.client, '#');
      await waitFor(() => member.received.length > 0, 3000, 'retained feed');
      await sleep(200);
      assert.ok(member.received.every((m) => m.topic.startsWith(`SIMO/user/${MEMBER.id}/`)));
      // Only components the Guest role may read (plus never the unreadable ones).
      const ids = new Set(member.received.filter((m) => m.topic.includes('/Component/')).map((m) => Number(m.topic.split('/').pop())));
      assert.ok(ids.has(101) && ids.has(118));
      assert.ok(!ids.has(108) && !ids.has(125), 'unreadable components are not in the feed');
      member.client.end(true);
    });

    it('publishes retained feed messages with the real envelope', async () => {
      const owner = await connectUser(hub, OWNER);
      await subscribe(owner.client, `SIMO/user/${OWNER.id}/feed/${HOME_UID}/Component/+`);
      const retained = await waitFor(() => owner.received.find((m) => m.topic.endsWith('/Component/101')), 3000, 'retained 101');
      assert.equal(retained.retain, true);
      hub.saveComponent(101, { value: false }, { type: 'user', userId: OWNER.id });
      const live = await waitFor(
        () => owner.received.filter((m) => m.topic.endsWith('/Component/101')).find((m) => JSON.parse(m.payload).value === false),
        3000,
        'live change',
      );
      const body = JSON.parse(live.payload);
      assert.equal(typeof body.timestamp, 'number');
      assert.match(body.last_change, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?\+00:00$/);
      assert.deepEqual(Object.keys(body.dirty_fields).sort(), ['last_change', 'value', 'value_previous']);
      assert.equal(body.dirty_fields.value, false);
      assert.equal(body.actor_type, 'user');
      assert.equal(body.actor_user_id, OWNER.id);
      assert.equal(body.actor_instance_user_id, 7);
      assert.equal(body.actor, 'Olivia Owner is Owner on Home');
      assert.ok(!('error_msg' in body));
      owner.client.end(true);
    });

    it('sends a master echo for components that hold a changed slave', async () => {
      const owner = await connectUser(hub, OWNER);
      await subscribe(owner.client, `SIMO/user/${OWNER.id}/feed/${HOME_UID}/Component/134`);
      await waitFor(() => owner.received.length > 0, 3000, 'retained 134');
      const before = owner.received.length;
      hub.saveComponent(101, { value: true });
      const echo = await waitFor(() => owner.received.slice(before)[0], 3000, 'echo');
      const body = JSON.parse(echo.payload);
      assert.equal(body.slave_id, 101);
      assert.ok(!('dirty_fields' in body) && !('actor' in body));
      owner.client.end(true);
    });

    it('answers control commands in the real check order', async () => {
      const member = await connectUser(hub, MEMBER);
      await subscribe(member.client, `SIMO/user/${MEMBER.id}/control-resp/+`);
      await subscribe(member.client, `SIMO/user/${MEMBER.id}/feed/#`);
      assert.deepEqual(await control(member, MEMBER.id, 9999, { request_id: 'a1', method: 'turn_on' }), { ok: false, error: 'Component not found' });
      assert.deepEqual(await control(member, MEMBER.id, 133, { request_id: 'a2', method: 'turn_on' }), { ok: false, error: 'Permission denied' });
      assert.deepEqual(await control(member, MEMBER.id, 102, { request_id: 'a3', method: '_secret' }), { ok: false, error: 'Method not allowed' });
      assert.deepEqual(await control(member, MEMBER.id, 102, { request_id: 'a4', method: 'explode' }), { ok: false, error: 'Method explode not allowed' });
      assert.deepEqual(await control(member, MEMBER.id, 102, { request_id: 'a5', method: 'turn_on', subcomponent_id: 5 }), { ok: false, error: 'Subcomponent not found' });
      const tooBig = await control(member, MEMBER.id, 107, { request_id: 'a6', method: 'send', args: [150] });
      assert.equal(tooBig.ok, false);
      assert.match(tooBig.error!, /^Traceback \(most recent call last\):\n/);
      assert.ok(tooBig.error!.trimEnd().endsWith("django.core.exceptions.ValidationError: ['Value to big.']"));
      // A non-array `args` is dropped: send() is called without its argument.
      const noArgs = await control(member, MEMBER.id, 107, { request_id: 'a7', method: 'send', args: 50 });
      assert.match(noArgs.error!, /TypeError: send\(\) missing 1 required positional argument/);
      member.client.end(true);
    });

    it('replies ok at once and reports the new value on the feed afterwards', async () => {
      const member = await connectUser(hub, MEMBER);
      await subscribe(member.client, `SIMO/user/${MEMBER.id}/control-resp/+`);
      await subscribe(member.client, `SIMO/user/${MEMBER.id}/feed/${HOME_UID}/Component/102`);
      await waitFor(() => member.received.length > 0, 3000, 'retained 102');
      const reply = await control(member, MEMBER.id, 102, { request_id: 'b1', method: 'turn_on', args: [], kwargs: {} });
      assert.deepEqual(reply, { ok: true, result: null });
      assert.equal(hub.db.component(102)!.value, false, 'ok means dispatched, not done');
      const update = await waitFor(
        () => member.received.find((m) => m.topic.endsWith('/Component/102') && JSON.parse(m.payload).value === true),
        3000,
        'feed update',
      );
      assert.equal(JSON.parse(update.payload).actor_user_id, MEMBER.id);
      const replyMsg = member.received.find((m) => m.topic.endsWith('/control-resp/b1'))!;
      assert.equal(replyMsg.retain, false);
      member.client.end(true);
    });

    it('sends no reply without request_id or for a payload that is not JSON', async () => {
      const owner = await connectUser(hub, OWNER);
      await subscribe(owner.client, `SIMO/user/${OWNER.id}/control-resp/#`);
      owner.client.publish(`SIMO/user/${OWNER.id}/control/${HOME_UID}/Component/102`, JSON.stringify({ method: 'turn_on' }));
      owner.client.publish(`SIMO/user/${OWNER.id}/control/${HOME_UID}/Component/102`, '{not json');
      await sleep(500);
      assert.deepEqual(owner.received.filter((m) => m.topic.includes('control-resp')), []);
      owner.client.end(true);
    });

    it('sends perms-changed with the instance id when a permission row is saved', async () => {
      const member = await connectUser(hub, MEMBER);
      await subscribe(member.client, `SIMO/user/${MEMBER.id}/perms-changed`);
      hub.savePermission({ role: 3, component: 108, read: true, write: false });
      const msg = await waitFor(() => member.received.find((m) => m.topic.endsWith('/perms-changed')), 3000, 'perms-changed');
      const body = JSON.parse(msg.payload);
      assert.equal(body.instance_id, 1);
      assert.ok(Number.isInteger(body.timestamp));
      assert.equal(msg.retain, false);
      member.client.end(true);
    });

    it('keeps retained feed messages across a broker restart', async () => {
      hub.saveComponent(112, { value: 23.5 });
      await sleep(300);
      await hub.restartBroker(200);
      const owner = await connectUser(hub, OWNER);
      await subscribe(owner.client, `SIMO/user/${OWNER.id}/feed/${HOME_UID}/Component/112`);
      const msg = await waitFor(() => owner.received.find((m) => m.topic.endsWith('/Component/112')), 3000, 'retained after restart');
      assert.equal(JSON.parse(msg.payload).value, 23.5);
      owner.client.end(true);
    });

    it('drops the sessions of a user whose key changed, and refuses the old key afterwards', async () => {
      const member = await connectUser(hub, MEMBER);
      const closed = new Promise<void>((resolve) => member.client.once('close', () => resolve()));
      await hub.changeSecretKey(MEMBER.id, 'NewMemberKey00000000');
      await closed;
      const err = await connectError(hub, MEMBER);
      assert.equal(err.code, 5);
      const res = await fetch(`${hub.url}/users/whoami/`, { headers: { Secret: MEMBER.secret } });
      assert.equal(res.status, 401);
      const again = await connectUser(hub, { email: MEMBER.email, secret: 'NewMemberKey00000000' });
      again.client.end(true);
      await hub.changeSecretKey(MEMBER.id, MEMBER.secret);
    });

    it('bans a user for 300 s after 200 control messages in 10 s', async () => {
      const master = await connectUser(hub, MASTER);
      await subscribe(master.client, `SIMO/user/${MASTER.id}/control-resp/+`);
      for (let i = 0; i < 200; i++) {
        master.client.publish(`SIMO/user/${MASTER.id}/control/${HOME_UID}/Component/9999`, JSON.stringify({ request_id: `r${i}`, method: 'poke' }));
      }
      await waitFor(() => master.received.filter((m) => m.topic.includes('/control-resp/r')).length === 200, 10000, '200 replies');
      const limited = await control(master, MASTER.id, 102, { request_id: 'over', method: 'poke' });
      assert.deepEqual(limited, { ok: false, error: 'Rate limit exceeded' });
      const res = await fetch(`${hub.url}/api/home/core/states/`, { headers: { Secret: MASTER.secret } });
      assert.equal(res.status, 429);
      assert.equal(res.headers.get('retry-after'), '300');
      hub.throttle.reset();
      master.client.end(true);
    });
  });
}

describe('simulated hub REST', () => {
  let hub: Hub;
  before(async () => {
    hub = await startHub('aedes', { pageSize: 5 });
  });
  after(async () => {
    await hub.stop();
  });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${hub.url}${path}`, { headers, redirect: 'manual' });

  it('answers with the real status codes and bodies', async () => {
    const noAuth = await get('/api/home/core/states/');
    assert.equal(noAuth.status, 401);
    assert.equal(noAuth.headers.get('www-authenticate'), 'None');
    assert.deepEqual(await noAuth.json(), { detail: 'Authentication credentials were not provided.' });
    const unknown = await get('/api/nowhere/core/states/', { Secret: OWNER.secret });
    assert.equal(unknown.status, 404);
    assert.match(unknown.headers.get('content-type')!, /text\/html/);
    const nonMember = await get('/api/lake-cabin/core/states/', { Secret: MEMBER.secret });
    assert.equal(nonMember.status, 403);
    assert.deepEqual(await nonMember.json(), { detail: 'You have no role in this SIMO.io instance.' });
    const noSlash = await get('/api/home/core/states', { Secret: OWNER.secret });
    assert.equal(noSlash.status, 301);
    assert.equal(noSlash.headers.get('location'), '/api/home/core/states/');
    const info = await get('/api/home/core/info/');
    assert.equal(info.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await info.json(), { uid: HOME_UID });
    const inactive = await get('/users/whoami/', { Secret: INACTIVE.secret });
    assert.equal(inactive.status, 401);
  });

  it('paginates components and gives float timestamps, except users[].last_action', async () => {
    const first = await (await get('/api/home/core/components/', { Secret: OWNER.secret })).json();
    assert.equal(first.results.length, 5);
    assert.ok(first.count > 5);
    assert.match(first.next, /\/api\/home\/core\/components\/\?page=2$/);
    const states = await (await get('/api/home/core/states/', { Secret: OWNER.secret })).json();
    assert.equal(typeof states.component_values[0].last_change, 'number');
    assert.match(states.users[0].last_action, /^\d+\.\d{6}$/);
  });

  it('lets a session read mqtt-credentials and nothing else does', async () => {
    const noSession = await get('/users/mqtt-credentials/', { Secret: OWNER.secret });
    assert.equal(noSession.status, 302);
    assert.equal(noSession.headers.get('location'), '/login/?next=%2Fusers%2Fmqtt-credentials%2F');
    const login = await fetch(`${hub.url}/login/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: OWNER.email, password: 'demo-owner', next: '/?signed-in' }).toString(),
    });
    assert.equal(login.status, 302);
    assert.equal(login.headers.get('location'), '/?signed-in');
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const creds = await (await get('/users/mqtt-credentials/', { Cookie: cookies })).json();
    assert.deepEqual(creds, { username: OWNER.email, password: OWNER.secret, user_id: OWNER.id });
    const wrong = await fetch(`${hub.url}/login/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: OWNER.email, password: 'nope', next: '/' }).toString(),
    });
    assert.equal(wrong.status, 403);
  });

  it('serves notifications per user, newest first, and archives them per user', async () => {
    const owner = await (await get('/api/home/notifications/', { Secret: OWNER.secret })).json();
    assert.deepEqual(owner.results.map((n: { id: number }) => n.id), [3, 2, 1]);
    assert.equal(typeof owner.results[0].datetime, 'number');
    const member = await (await get('/api/home/notifications/', { Secret: MEMBER.secret })).json();
    assert.deepEqual(member.results.map((n: { id: number }) => n.id), [2]);
    const archived = await fetch(`${hub.url}/api/home/notifications/2/archive/`, { method: 'POST', headers: { Secret: MEMBER.secret } });
    assert.equal(archived.status, 200);
    assert.equal((await (await get('/api/home/notifications/', { Secret: MEMBER.secret })).json()).count, 0);
    assert.equal((await (await get('/api/home/notifications/?archived=1', { Secret: MEMBER.secret })).json()).count, 1);
    // Still unarchived for the owner.
    assert.equal((await (await get('/api/home/notifications/', { Secret: OWNER.secret })).json()).count, 3);
  });

  it('keeps a change log and chart vectors per component, for readers only', async () => {
    hub.saveComponent(101, { value: false }, { type: 'user', userId: OWNER.id });
    const log = await (await get('/api/home/core/component_history/?component=101&type=value', { Secret: OWNER.secret })).json();
    assert.equal(log.results[0].value, false);
    assert.equal(log.results[0].user, 'Olivia Owner');
    assert.equal(typeof log.results[0].date, 'number');
    const day = Date.now() / 1000 - 24 * 3600;
    const chart = await (await get(`/api/home/core/component_history/?interval=hour&component=112&start_from=${day}`, { Secret: OWNER.secret })).json();
    assert.equal(chart[0].type, 'numeric');
    assert.equal(chart[0].labels.length, chart[0].data.length);
    assert.ok(chart[0].data.length >= 24 && chart[0].data.every((v: unknown) => typeof v === 'number'));
    const perDay = await (await get('/api/home/core/components/112/value_history/?period=day', { Secret: OWNER.secret })).json();
    assert.equal(perDay.entries.length, 24);
    assert.equal(perDay.metadata[0].label, 'Living room temperature');
    // 108 is not readable by the Guest role: nothing about it.
    const hidden = await (await get('/api/home/core/component_history/?component=108', { Secret: MEMBER.secret })).json();
    assert.equal(hidden.count, 0);
    assert.equal((await get('/api/home/core/components/108/value_history/', { Secret: MEMBER.secret })).status, 404);
  });

  it('protects media: a session or the Secret header, otherwise 404', async () => {
    assert.equal((await get('/media/avatars/olivia.svg')).status, 404);
    const ok = await get('/media/avatars/olivia.svg', { Secret: MEMBER.secret });
    assert.equal(ok.status, 200);
    assert.match(ok.headers.get('content-type')!, /svg/);
    assert.equal((await get('/media/%2e%2e/demo-home.json', { Secret: MEMBER.secret })).status, 404);
    const states = await (await get('/api/home/core/states/', { Secret: OWNER.secret })).json();
    const olivia = states.users.find((u: { id: number }) => u.id === OWNER.id);
    assert.equal(olivia.avatar.url, `${hub.url}/media/avatars/olivia.svg`);
  });

  it('lists instances in whoami and selects the only one', async () => {
    const member = await (await get('/users/whoami/', { Secret: MEMBER.secret })).json();
    assert.deepEqual(member.instances.map((i: { slug: string }) => i.slug), ['home']);
    assert.equal(member.selected_instance.uid, HOME_UID);
    const master = await (await get('/users/whoami/', { Secret: MASTER.secret })).json();
    assert.equal(master.instances.length, 2);
    assert.ok(!('selected_instance' in master));
    assert.equal((await get('/users/whoami/?instance=nowhere', { Secret: MASTER.secret })).status, 404);
  });
});
