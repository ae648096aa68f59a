import { formatWait } from './wait';

describe('formatWait', () => {
  const cases: [number, string][] = [[0, '0 s'], [0.2, '1 s'], [45, '45 s'], [60, '1 min'], [250, '4 min 10 s'], [300, '5 min'], [-3, '0 s']];
  for (const [seconds, text] of cases) it(`says ${text} for ${seconds} s`, () => expect(formatWait(seconds)).toBe(text));
});
