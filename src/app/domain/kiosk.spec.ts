import { DEFAULT_KIOSK, isValidPin, nightlyReloadDue, parseKioskProfile, pinDigest, shouldSleep, withinSchedule } from './kiosk';

describe('kiosk profile', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(parseKioskProfile(null)).toEqual(DEFAULT_KIOSK);
    const p = parseKioskProfile({
      enabled: true, view: { kind: 'category', id: 4 }, pin: { salt: 's', digest: 'd' },
      night: { mode: 'idle', from: '25:00', to: '6:15', idleMinutes: 0, style: 'dim' }, nightlyReload: false, watchdogMinutes: 1, doorbell: 117,
    });
    expect(p).toEqual({
      enabled: true, view: { kind: 'category', id: 4 }, pin: { salt: 's', digest: 'd' },
      night: { mode: 'idle', from: '22:00', to: '6:15', idleMinutes: 5, style: 'dim' }, nightlyReload: false, watchdogMinutes: 10, doorbell: 117,
    });
    expect(parseKioskProfile({ view: { kind: 'hall' } }).view).toEqual({ kind: 'zone', id: null });
  });

  const schedule: [string, string, string, boolean][] = [
    ['22:00', '06:30', '23:15', true], ['22:00', '06:30', '03:00', true], ['22:00', '06:30', '06:30', false], ['22:00', '06:30', '12:00', false],
    ['13:00', '14:00', '13:30', true], ['13:00', '14:00', '14:00', false], ['08:00', '08:00', '08:00', false],
  ];
  for (const [from, to, at, want] of schedule) {
    it(`${at} is ${want ? '' : 'not '}within ${from}–${to}`, () => {
      const [h, m] = at.split(':').map(Number);
      expect(withinSchedule(from, to, new Date(2026, 11, 4, h!, m!))).toBe(want);
    });
  }

  it('sleeps on schedule unless touched in the last minute, or after the idle time', () => {
    const night = new Date(2026, 11, 4, 23, 0).getTime();
    const scheduled = { ...DEFAULT_KIOSK, night: { ...DEFAULT_KIOSK.night, mode: 'schedule' as const } };
    expect(shouldSleep(scheduled, night, night - 120_000)).toBeTrue();
    expect(shouldSleep(scheduled, night, night - 30_000)).toBeFalse();
    const idle = { ...DEFAULT_KIOSK, night: { ...DEFAULT_KIOSK.night, mode: 'idle' as const, idleMinutes: 5 } };
    expect(shouldSleep(idle, night, night - 299_000)).toBeFalse();
    expect(shouldSleep(idle, night, night - 300_000)).toBeTrue();
    expect(shouldSleep(DEFAULT_KIOSK, night, 0)).toBeFalse();
  });

  it('digests PINs with their salt and accepts 4 to 8 digits', () => {
    expect(pinDigest('2468', 'a')).toBe(pinDigest('2468', 'a'));
    expect(pinDigest('2468', 'a')).not.toBe(pinDigest('2468', 'b'));
    expect(pinDigest('2468', 'a')).not.toBe(pinDigest('2469', 'a'));
    expect(['123', '1234', '12345678', '123456789', '12a4'].map(isValidPin)).toEqual([false, true, true, false, false]);
  });

  it('reloads at night only once the page has been up an hour', () => {
    const at = (h: number, m: number) => new Date(2026, 11, 4, h, m).getTime();
    expect(nightlyReloadDue(at(3, 31), at(1, 0))).toBeTrue();
    expect(nightlyReloadDue(at(3, 31), at(3, 0))).toBeFalse();
    expect(nightlyReloadDue(at(4, 0), at(1, 0))).toBeFalse();
  });
});
