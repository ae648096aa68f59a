import { MIN_DELAY_MS, backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const cases: [number, number, number][] = [
    // attempt, random, expected (base 1000, cap 30000)
    [1, 0.5, 500],
    [2, 0.5, 1000],
    [3, 0.5, 2000],
    [5, 0.999, 15984],
    [6, 0.999, 29970],
    [20, 0.999, 29970],
    [3, 0, MIN_DELAY_MS],
    [0, 0.5, 500],
  ];
  for (const [attempt, random, expected] of cases) {
    it(`waits ${expected} ms before attempt ${attempt} with random ${random}`, () => {
      expect(backoffDelay(attempt, 1000, 30000, () => random)).toBe(expected);
    });
  }

  const outages: [number, number, number][] = [
    // attempt, outage so far (ms), expected with random 0.999 (base 1000, cap 30000)
    [8, 2500, 1998],
    [8, 20_000, 4995],
    [8, 60_000, 14985],
    [8, 600_000, 29970],
    [2, 600_000, 1998],
  ];
  for (const [attempt, outage, expected] of outages) {
    it(`waits at most ${expected} ms before attempt ${attempt} after ${outage} ms without a connection`, () => {
      expect(backoffDelay(attempt, 1000, 30000, () => 0.999, outage)).toBe(expected);
    });
  }
});
