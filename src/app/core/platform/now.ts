import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { CLOCK } from './clock';

/** The current time as a signal, ticking once a second: countdowns and "3 min ago" read it. */
@Injectable({ providedIn: 'root' })
export class Now {
  private readonly clock = inject(CLOCK);
  private readonly _value = signal(this.clock.now());
  readonly value = this._value.asReadonly();

  constructor() {
    const timer = setInterval(() => this._value.set(this.clock.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
