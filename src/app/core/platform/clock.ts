import { InjectionToken } from '@angular/core';

/** Wall-clock time in milliseconds and a source of randomness (backoff jitter, request ids). */
export interface Clock {
  now(): number;
  random(): number;
}

export const CLOCK = new InjectionToken<Clock>('CLOCK', {
  providedIn: 'root',
  factory: () => ({ now: () => Date.now(), random: () => Math.random() }),
});

/**
 * Runs a callback before the next paint. Feed messages are applied once per frame, however many arrive.
 */
export type FrameScheduler = (callback: () => void) => void;

export const FRAME_SCHEDULER = new InjectionToken<FrameScheduler>('FRAME_SCHEDULER', {
  providedIn: 'root',
  factory: () => (cb) => {
    // requestAnimationFrame does not run in a hidden tab; the timeout keeps the store current there.
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      cb();
    };
    requestAnimationFrame(run);
    setTimeout(run, 100);
  },
});
