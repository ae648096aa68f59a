import { computed, effect, inject, linkedSignal, type Signal } from '@angular/core';
import { FRAME_SCHEDULER } from '../../core/platform';

export interface ProgressiveOptions {
  /** Items shown at once: about a screenful. */
  readonly first: number;
  /** Items added on each following frame. */
  readonly step: number;
}

/**
 * A long list shown a screenful first, then a step more each frame until all of it is there, so that a
 * room with thousands of components paints its first tiles at once and no frame renders them all.
 * Starts again from the first screenful when `key` changes (another room, another search). Call in an
 * injection context.
 */
export function progressiveList<T>(source: Signal<readonly T[]>, key: Signal<unknown>, options: ProgressiveOptions): Signal<readonly T[]> {
  const scheduleFrame = inject(FRAME_SCHEDULER);
  const limit = linkedSignal({ source: key, computation: () => options.first });
  let scheduled = false;
  effect(() => {
    // Both read every time: an effect that returned before reading them would never run again.
    const more = source().length > limit();
    if (scheduled || !more) return;
    scheduled = true;
    scheduleFrame(() => {
      scheduled = false;
      limit.update((n) => n + options.step);
    });
  });
  return computed(() => {
    const all = source();
    const n = limit();
    return n >= all.length ? all : all.slice(0, n);
  });
}
