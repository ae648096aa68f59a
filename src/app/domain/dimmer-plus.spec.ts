import { channelRange, levelFor, parseDimmerPlus, percentOf } from './dimmer-plus';

describe('dimmer-plus', () => {
  const cases: [unknown, ReturnType<typeof parseDimmerPlus>][] = [
    [{ main: 0.6, secondary: 0.3 }, { main: 0.6, secondary: 0.3 }],
    [{ main: 1 }, null],
    [{ main: '1', secondary: 0 }, null],
    [0.5, null],
    [null, null],
  ];
  for (const [raw, want] of cases) it(`parses ${JSON.stringify(raw)}`, () => expect(parseDimmerPlus(raw)).toEqual(want));

  it('reads each channel range with 0..1 by default and converts to and from percent', () => {
    expect(channelRange({}, 'main')).toEqual({ min: 0, max: 1 });
    expect(channelRange({ secondary_min: 10, secondary_max: 50 }, 'secondary')).toEqual({ min: 10, max: 50 });
    expect(channelRange({ main_min: 1, main_max: 0 }, 'main')).toEqual({ min: 1, max: 2 });
    expect(percentOf(0.25, { min: 0, max: 1 })).toBe(25);
    expect(levelFor(40, { min: 10, max: 50 })).toBe(26);
    expect(levelFor(140, { min: 0, max: 1 })).toBe(1);
  });
});
