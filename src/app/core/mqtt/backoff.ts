/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): the
 * n-th retry waits a uniformly random time between 0 and min(cap, base × 2^(n-1)). Full jitter spreads a
 * house full of tablets that lost the hub at the same moment, so they do not all come back at once.
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number, outageMs = Infinity): number {
  // Attempts fail fast while a broker restarts, so counting them alone would soon mean waiting half a
  // minute after a two-second outage. The window also stays within a quarter of the outage so far
  // (at least 2 × base): short outages end with the dashboard back within seconds, long ones still
  // reach the cap.
  const byTime = Math.max(2 * baseMs, outageMs / 4);
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1), byTime);
  // A small floor keeps a hub that refuses instantly from being hammered in a tight loop.
  return Math.max(MIN_DELAY_MS, Math.floor(random() * ceiling));
}

export const MIN_DELAY_MS = 100;
