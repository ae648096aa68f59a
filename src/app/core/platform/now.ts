import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { CLOCK } from './clock';

/** How often `coarse` moves on. */
const COARSE_MS = 15_000;

/** The current time as signals: `value` ticks once a second (countdowns, clocks), `coarse` every 15 s. */
@Injectable({ providedIn: 'root' })
export class Now {
  private readonly clock = inject(CLOCK);
  private readonly _value = signal(this.clock.now());
  private readonly _coarse = signal(this.clock.now());
  readonly value = this._value.asReadonly();
  /**
   * For "changed 3 min ago" on every tile, where a second does not matter: thousands of tiles reading a
   * per-second clock would all be checked every second.
   */
  readonly coarse = this._coarse.asReadonly();

  constructor() {
    const timer = setInterval(() => {
      const t = this.clock.now();
      this._value.set(t);
      if (Math.abs(t - this._coarse()) >= COARSE_MS) this._coarse.set(t);
    }, 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
