import { TestBed } from '@angular/core/testing';
import { KEY_VALUE_STORE, SUBTLE_CRYPTO, memoryKeyValueStore } from '../platform';
import { CredentialsVault } from './credentials-vault';

describe('CredentialsVault', () => {
  it('keeps the secret only encrypted, under a key that cannot be exported', async () => {
    const kv = memoryKeyValueStore();
    TestBed.configureTestingModule({ providers: [{ provide: KEY_VALUE_STORE, useValue: kv }] });
    const vault = TestBed.inject(CredentialsVault);
    expect(await vault.save('0wnerK3y1a2b3c4d5e6f')).toBeTrue();
    const stored = JSON.stringify([...kv.data.values()].map((v) => (v instanceof CryptoKey ? 'key' : v)), (_k, v) =>
      v instanceof Uint8Array || v instanceof ArrayBuffer ? Array.from(new Uint8Array(v instanceof ArrayBuffer ? v : v.buffer)) : v,
    );
    expect(stored).not.toContain('0wnerK3y');
    const key = [...kv.data.values()].find((v): v is CryptoKey => v instanceof CryptoKey)!;
    expect(key.extractable).toBeFalse();
    await expectAsync(crypto.subtle.exportKey('raw', key)).toBeRejected();
    expect(await vault.load()).toBe('0wnerK3y1a2b3c4d5e6f');
    await vault.wipe();
    expect(await vault.load()).toBeNull();
    expect(kv.data.size).toBe(0);
  });

  it('remembers nothing where WebCrypto is missing (no secure context)', async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: KEY_VALUE_STORE, useValue: memoryKeyValueStore() },
        { provide: SUBTLE_CRYPTO, useValue: null },
      ],
    });
    const vault = TestBed.inject(CredentialsVault);
    expect(vault.available).toBeFalse();
    expect(await vault.save('x')).toBeFalse();
    expect(await vault.load()).toBeNull();
  });
});
