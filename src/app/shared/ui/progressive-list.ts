import { computed, effect, inject, linkedSignal, type Signal } from '@angular/core';
import { CLOCK, FRAME_SCHEDULER } from '../../core/platform';

export interface ProgressiveOptions {
  /** Items shown at once: about a screenful. */
  readonly first: number;
  /** Items added on the first following frame; then more while frames stay short, fewer when they do not. */
  readonly step: number;
  /** A frame that took longer than this (ms, from one step to the next) halves the step. */
  readonly frameBudgetMs: number;
}

/**
 * A long list shown a screenful first, then a few more each frame until all of it is there, so that a
 * room with thousands of components paints its first tiles at once and no frame renders many of them:
 * the step grows while frames stay within budget and halves when one does not (a slow tablet, a busy
 * feed). Starts again from the first screenful when `key` changes (another room, another search). Call
 * in an injection context.
 */
export function progressiveList<T>(source: Signal<readonly T[]>, key: Signal<unknown>, options: ProgressiveOptions): Signal<readonly T[]> {
  const scheduleFrame = inject(FRAME_SCHEDULER);
  const clock = inject(CLOCK);
  const limit = linkedSignal({ source: key, computation: () => options.first });
  let scheduled = false;
  let step = options.step;
  let lastStepAt: number | null = null;
  effect(() => {
    // Both read every time: an effect that returned before reading them would never run again.
    const more = source().length > limit();
    if (scheduled || !more) {
      if (!more) lastStepAt = null;
      return;
    }
    scheduled = true;
    scheduleFrame(() => {
      scheduled = false;
      const now = clock.now();
      if (lastStepAt !== null) {
        step = now - lastStepAt > options.frameBudgetMs ? Math.max(1, Math.floor(step / 2)) : Math.min(options.first, step + Math.ceil(step / 2));
      }
      lastStepAt = now;
      limit.update((n) => n + step);
    });
  });
  return computed(() => {
    const all = source();
    const n = limit();
    return n >= all.length ? all : all.slice(0, n);
  });
}
