import { InjectionToken } from '@angular/core';

/** WebCrypto's SubtleCrypto (only in secure contexts: https or localhost), or null where it is missing. */
export const SUBTLE_CRYPTO = new InjectionToken<SubtleCrypto | null>('SUBTLE_CRYPTO', {
  providedIn: 'root',
  factory: () => globalThis.crypto?.subtle ?? null,
});
