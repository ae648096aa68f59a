import { TestBed } from '@angular/core/testing';
import { CommandsStore } from '../../state/commands-store';
import { ConnectionStore } from '../../state/connection-store';
import { MqttConnection } from '../mqtt/mqtt-connection';
import { SessionStore } from '../session/session-store';
import { LiveSync } from '../sync/live-sync';
import { feedTopic, lamp, settle, setUpHarness, snapshotOf, UID, USER_ID, type Harness } from '../testing/harness';
import { ControlService } from './control-service';

describe('ControlService', () => {
  let h: Harness;
  let control: ControlService;
  let commands: InstanceType<typeof CommandsStore>;

  beforeEach(async () => {
    h = setUpHarness();
    control = TestBed.inject(ControlService);
    commands = TestBed.inject(CommandsStore);
    TestBed.inject(LiveSync).start();
    await TestBed.inject(SessionStore).signInWithKey('jane@example.com', 'secret', false);
    await settle();
    h.broker.last.accept();
    await settle();
    h.api.answer(snapshotOf([lamp({ controllerMethods: ['send', 'turn_on'] })]));
    await settle();
  });

  afterEach(() => TestBed.inject(MqttConnection).stop());

  function lastCommand() {
    const sent = h.broker.last.published.at(-1)!;
    return { topic: sent.topic, body: JSON.parse(sent.payload) as { request_id: string; method: string; args: unknown[] } };
  }

  it('publishes the request and is accepted, then confirmed when the device reports', async () => {
    const outcome = control.send(101, 'turn_on', [], 'Turning on');
    await settle();
    const { topic, body } = lastCommand();
    expect(topic).toBe(`SIMO/user/${USER_ID}/control/${UID}/Component/101`);
    expect(body).toEqual(jasmine.objectContaining({ method: 'turn_on', args: [], kwargs: {}, subcomponent_id: null }));
    expect(commands.entityMap()[101]?.status).toBe('sending');
    h.broker.last.deliver(`SIMO/user/${USER_ID}/control-resp/${body.request_id}`, { ok: true, result: null });
    expect(await outcome).toEqual({ kind: 'accepted' });
    expect(commands.entityMap()[101]?.status).toBe('accepted');
    h.broker.last.deliver(feedTopic('Component', 101), { value: true, timestamp: 500 });
    h.flushFrames();
    expect(commands.entityMap()[101]?.status).toBe('confirmed');
  });

  it('says so when the device never reports after an accepted command', async () => {
    const outcome = control.send(101, 'turn_on');
    await settle();
    h.broker.last.deliver(`SIMO/user/${USER_ID}/control-resp/${lastCommand().body.request_id}`, { ok: true });
    await outcome;
    await new Promise((r) => setTimeout(r, 400));
    expect(commands.entityMap()[101]?.status).toBe('unconfirmed');
  });

  it('shows the last line of a hub traceback and keeps the whole text', async () => {
    const outcome = control.send(101, 'send', [150]);
    await settle();
    const error = "Traceback (most recent call last):\n  File \"x\", line 1\ndjango.core.exceptions.ValidationError: ['Value to big.']";
    h.broker.last.deliver(`SIMO/user/${USER_ID}/control-resp/${lastCommand().body.request_id}`, { ok: false, error });
    expect(await outcome).toEqual({ kind: 'rejected', summary: 'Value to big.', full: error });
    expect(commands.entityMap()[101]?.error).toEqual({ summary: 'Value to big.', full: error });
  });

  it('explains the hub rate limit and sends nothing more until the ban is over', async () => {
    const outcome = control.send(101, 'turn_on');
    await settle();
    h.broker.last.deliver(`SIMO/user/${USER_ID}/control-resp/${lastCommand().body.request_id}`, { ok: false, error: 'Rate limit exceeded' });
    const result = await outcome;
    expect(result.kind === 'rejected' && result.summary).toContain('up to 5 minutes');
    expect(TestBed.inject(ConnectionStore).limitedUntil()).toBe(h.clock.now + 300_000);
    h.clock.now += 60_000;
    expect(await control.send(101, 'turn_on')).toEqual({ kind: 'not-sent', reason: 'rate-limited' });
    expect(commands.entityMap()[101]?.error?.summary).toContain('for another 4 min');
    expect(h.broker.last.published.length).toBe(1);
    h.clock.now += 240_001;
    void control.send(101, 'turn_on');
    await settle();
    expect(h.broker.last.published.length).toBe(2);
  });

  it('times out when no reply comes, and ignores replies to other requests', async () => {
    const outcome = control.send(101, 'turn_on');
    await settle();
    h.broker.last.deliver(`SIMO/user/${USER_ID}/control-resp/someone-else`, { ok: true });
    expect(await outcome).toEqual({ kind: 'timed-out' });
    expect(commands.entityMap()[101]?.status).toBe('timed-out');
    expect(h.broker.last.published.length).toBe(1);
  });

  it('does not send while offline or a method the component does not have', async () => {
    expect(await control.send(101, 'explode')).toEqual({ kind: 'not-sent', reason: 'not-allowed' });
    expect(await control.send(999, 'turn_on')).toEqual({ kind: 'not-sent', reason: 'not-allowed' });
    h.broker.last.drop();
    expect(await control.send(101, 'turn_on')).toEqual({ kind: 'not-sent', reason: 'offline' });
    expect(commands.entityMap()[101]?.status).toBe('not-sent');
  });
});
