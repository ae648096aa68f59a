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
});
