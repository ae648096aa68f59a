import { Injectable, inject } from '@angular/core';
import { isObject } from '../../domain/json';
import { KEY_VALUE_STORE, SUBTLE_CRYPTO } from '../platform';

const KEY_ID = 'vault:key:v1';
const SECRET_ID = 'vault:secret:v1';

interface Sealed {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

/**
 * Keeps the secret key on this device only when the user asks to be remembered, and then only encrypted:
 * AES-GCM under a key that WebCrypto generates as non-extractable. IndexedDB stores the CryptoKey object,
 * which script can use but never read out, and the ciphertext. Nothing goes to localStorage.
 */
@Injectable({ providedIn: 'root' })
export class CredentialsVault {
  private readonly kv = inject(KEY_VALUE_STORE);
  private readonly subtle = inject(SUBTLE_CRYPTO);

  /** False outside a secure context, where WebCrypto is missing: the key then lives in memory only. */
  get available(): boolean {
    return this.subtle !== null;
  }

  async save(secret: string): Promise<boolean> {
    const subtle = this.subtle;
    if (!subtle) return false;
    let key = await this.kv.get<CryptoKey>(KEY_ID);
    if (!(key instanceof CryptoKey)) {
      key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      await this.kv.set(KEY_ID, key);
    }
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(secret));
    await this.kv.set(SECRET_ID, { iv, data } satisfies Sealed);
    return true;
  }

  /** The remembered secret, or null (none, no crypto, or it cannot be decrypted any more). */
  async load(): Promise<string | null> {
    const subtle = this.subtle;
    if (!subtle) return null;
    try {
      const key = await this.kv.get<CryptoKey>(KEY_ID);
      const sealed = await this.kv.get<Sealed>(SECRET_ID);
      if (!(key instanceof CryptoKey) || !isObject(sealed) || !(sealed.iv instanceof Uint8Array)) return null;
      const plain = await subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
      return new TextDecoder().decode(plain);
    } catch {
      return null;
    }
  }

  async wipe(): Promise<void> {
    await Promise.all([this.kv.del(SECRET_ID), this.kv.del(KEY_ID)]).catch(() => undefined);
  }
}
