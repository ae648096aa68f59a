import { Injectable, signal } from '@angular/core';

/**
 * The credential REST calls carry: the secret key (sent as `Secret`), or none when the hub session
 * cookie does the work. Held in memory only; see core/session for what is kept on the device.
 */
@Injectable({ providedIn: 'root' })
export class HubAuth {
  private readonly _secret = signal<string | null>(null);
  readonly secret = this._secret.asReadonly();

  use(secret: string | null): void {
    this._secret.set(secret);
  }
}
