import { parseHubTime } from './hub-time';

describe('parseHubTime', () => {
  const cases: [string, unknown, number | null][] = [
    ['REST float seconds', 1736101330.12, 1736101330.12],
    ['DRF "%s.%f" string', '1736101330.123456', 1736101330.123456],
    ['Django datetime with microseconds', '2025-01-05 18:22:10.123456+00:00', 1736101330.123456],
    ['Django datetime without fraction', '2025-01-05 18:22:10+00:00', 1736101330],
    ['another offset', '2025-01-05 20:22:10+02:00', 1736101330],
    ['ISO with Z', '2025-01-05T18:22:10.5Z', 1736101330.5],
    ['no zone means UTC', '2025-01-05 18:22:10', 1736101330],
    ['negative number', -5, null],
    ['NaN', Number.NaN, null],
    ['garbage string', 'yesterday', null],
    ['null', null, null],
    ['object', {}, null],
  ];
  for (const [name, input, expected] of cases) {
    it(`reads ${name}`, () => {
      const got = parseHubTime(input);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(expected, 5);
    });
  }
});
