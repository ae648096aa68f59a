import { TestBed } from '@angular/core/testing';
import { HubAuth } from '../hub-api/hub-auth';
import { setUpHarness, WHO, type Harness } from '../testing/harness';
import { CredentialsVault } from './credentials-vault';
import { SessionStore } from './session-store';

describe('SessionStore', () => {
  let h: Harness;
  let session: InstanceType<typeof SessionStore>;

  beforeEach(() => {
    h = setUpHarness();
    session = TestBed.inject(SessionStore);
  });

  it('signs in with a key, picks the first home, and keeps the key only in memory unless remembered', async () => {
    await session.restore();
    expect(session.status()).toBe('signed-out');
    expect(await session.signInWithKey(' Jane@Example.com ', ' secret ', false)).toBeTrue();
    expect(session.status()).toBe('signed-in');
    expect(session.instance()?.slug).toBe('home');
    expect(session.credentials()).toEqual({ username: 'jane@example.com', password: 'secret' });
    expect(TestBed.inject(HubAuth).secret()).toBe('secret');
    const stored = JSON.stringify([...h.kv.data.values()]);
    expect(stored).not.toContain('secret');
    expect(await TestBed.inject(CredentialsVault).load()).toBeNull();
  });

  const failures: [string, () => void, object][] = [
    ['a key the hub does not know', () => (h.api.whoamiResult = { kind: 'unauthorized' }), { kind: 'wrong-credentials' }],
    ['an unreachable hub', () => (h.api.whoamiResult = { kind: 'unreachable' }), { kind: 'hub', error: { kind: 'unreachable' } }],
    ['a user with no homes', () => (h.api.whoamiResult = { ...WHO, instances: [] }), { kind: 'no-homes' }],
  ];
  for (const [name, arrange, error] of failures) {
    it(`refuses ${name} with a clear reason and forgets the key`, async () => {
      arrange();
      expect(await session.signInWithKey('jane@example.com', 'k', true)).toBeFalse();
      expect(session.status()).toBe('signed-out');
      expect(session.error()).toEqual(error as never);
      expect(TestBed.inject(HubAuth).secret()).toBeNull();
    });
  }

  it('refuses a key that belongs to another email (the MQTT login would fail)', async () => {
    expect(await session.signInWithKey('someone@else.org', 'k', false)).toBeFalse();
    expect(session.error()).toEqual({ kind: 'email-mismatch' });
  });

  it('restores a remembered session with its key, and asks again when the key was not kept', async () => {
    await session.signInWithKey('jane@example.com', 'secret', true);
    session.selectInstance('cabin-uid');
    await new Promise((r) => setTimeout(r));

    TestBed.resetTestingModule();
    const again = setUpHarness(Object.fromEntries(h.kv.data));
    const restored = TestBed.inject(SessionStore);
    await restored.restore();
    expect(restored.status()).toBe('signed-in');
    expect(restored.instance()?.slug).toBe('cabin');
    expect(restored.credentials()?.password).toBe('secret');

    await TestBed.inject(CredentialsVault).wipe();
    TestBed.resetTestingModule();
    setUpHarness(Object.fromEntries(again.kv.data));
    const forgotten = TestBed.inject(SessionStore);
    await forgotten.restore();
    expect(forgotten.status()).toBe('signed-out');
    expect(forgotten.error()).toEqual({ kind: 'key-not-kept' });
    expect(forgotten.user()?.email).toBe('jane@example.com');
  });

  it('signs out: nothing of the session is left on the device', async () => {
    await session.signInWithKey('jane@example.com', 'secret', true);
    await session.signOut();
    expect(session.status()).toBe('signed-out');
    expect(session.user()).toBeNull();
    expect(h.kv.data.size).toBe(0);
  });
});
