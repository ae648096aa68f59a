import { ApplicationRef, InjectionToken, inject } from '@angular/core';

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
 * Runs a callback before the next paint, and renders what it changed in that same frame. Feed messages
 * are applied once per frame, however many arrive.
 */
export type FrameScheduler = (callback: () => void) => void;

export const FRAME_SCHEDULER = new InjectionToken<FrameScheduler>('FRAME_SCHEDULER', {
  providedIn: 'root',
  factory: () => {
    const app = inject(ApplicationRef);
    return (cb) => {
      // requestAnimationFrame does not run in a hidden tab; the timeout keeps the store current there.
      let done = false;
      const run = () => {
        if (done) return;
        done = true;
        cb();
        // Angular would render on its own a moment later, after this frame has been painted: one frame
        // of latency for every update. Rendering here puts the change in this frame.
        app.tick();
      };
      requestAnimationFrame(run);
      setTimeout(run, 100);
    };
  },
});
