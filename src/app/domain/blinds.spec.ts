import { blindsMoving, hasSlats, parseBlinds, percentOpen, targetForPercent, travelMs } from './blinds';

describe('blinds', () => {
  const cases: [unknown, ReturnType<typeof parseBlinds>][] = [
    [{ target: 0, position: 0, angle: 90 }, { target: 0, position: 0, angle: 90 }],
    [{ target: -1, position: 12000 }, { target: -1, position: 12000, angle: null }],
    [{ position: 5000, angle: 300 }, { target: 5000, position: 5000, angle: null }],
    [15000, { target: 15000, position: 15000, angle: null }],
    [{ target: 5 }, null],
    ['open', null],
  ];
  for (const [raw, want] of cases) it(`parses ${JSON.stringify(raw)}`, () => expect(parseBlinds(raw)).toEqual(want));

  const percent: [number, number][] = [[0, 100], [15000, 50], [30000, 0], [45000, 0], [-10, 100]];
  for (const [ms, open] of percent) it(`${ms} ms of 30 s is ${open} % open`, () => expect(percentOpen(ms, 30000)).toBe(open));

  it('turns a percentage into a target and knows when it moves', () => {
    expect(targetForPercent(100, 30000)).toBe(0);
    expect(targetForPercent(25, 20000)).toBe(15000);
    expect(travelMs({ open_duration: 20 })).toBe(20000);
    expect(travelMs({})).toBe(30000);
    expect(blindsMoving({ target: 0, position: 3000, angle: null })).toBeTrue();
    expect(blindsMoving({ target: -1, position: 3000, angle: null })).toBeFalse();
    expect(hasSlats({ slats_angle_duration: 1.5 })).toBeTrue();
    expect(hasSlats({})).toBeFalse();
  });
});
