import { installTrustedTypesDefaultPolicy } from './trusted-types';

describe('installTrustedTypesDefaultPolicy', () => {
  function fakeWindow() {
    const created: { name: string; rules: { createScriptURL?: (s: string) => string } }[] = [];
    const win = {
      location: { href: 'https://dash.example/sign-in', origin: 'https://dash.example' },
      trustedTypes: {
        defaultPolicy: null,
        createPolicy: (name: string, rules: { createScriptURL?: (s: string) => string }) => created.push({ name, rules }),
      },
    };
    return { win: win as unknown as Window & typeof globalThis, created };
  }

  it('lets only the service worker script of this origin through', () => {
    const { win, created } = fakeWindow();
    installTrustedTypesDefaultPolicy(win);
    expect(created.length).toBe(1);
    const policy = created[0]!;
    expect(policy.name).toBe('default');
    const createScriptURL = policy.rules.createScriptURL!;
    expect(createScriptURL('ngsw-worker.js')).toBe('ngsw-worker.js');
    expect(createScriptURL('/ngsw-worker.js')).toBe('/ngsw-worker.js');
    expect(createScriptURL('/dash/ngsw-worker.js')).toBe('/dash/ngsw-worker.js');
    expect(() => createScriptURL('https://evil.example/ngsw-worker.js')).toThrowError(TypeError);
    expect(() => createScriptURL('/main.js')).toThrowError(TypeError);
    expect(Object.keys(policy.rules)).toEqual(['createScriptURL']);
  });

  it('does nothing without Trusted Types or when a default policy exists', () => {
    const bare = { location: { href: 'https://x/' } } as unknown as Window & typeof globalThis;
    expect(() => installTrustedTypesDefaultPolicy(bare)).not.toThrow();
    const { win, created } = fakeWindow();
    (win as unknown as { trustedTypes: { defaultPolicy: unknown } }).trustedTypes.defaultPolicy = {};
    installTrustedTypesDefaultPolicy(win);
    expect(created).toEqual([]);
  });
});
