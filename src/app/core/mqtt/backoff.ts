/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): the
 * n-th retry waits a uniformly random time between 0 and min(cap, base × 2^(n-1)). Full jitter spreads a
 * house full of tablets that lost the hub at the same moment, so they do not all come back at once.
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  // A small floor keeps a hub that refuses instantly from being hammered in a tight loop.
  return Math.max(MIN_DELAY_MS, Math.floor(random() * ceiling));
}

export const MIN_DELAY_MS = 100;
