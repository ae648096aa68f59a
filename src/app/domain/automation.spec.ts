import { alarmSettings, describeWeekDays, parseAlarmClock } from './alarm-clock';
import { formatDuration, playerInfo } from './player';
import { isScriptState } from './script';
import { parseStates } from './state-select';
import { parseWatering, programMinutes, wateringRunning } from './watering';

describe('players, state-select, script, watering and alarm clock', () => {
  it('reads player meta and ignores what it cannot trust', () => {
    expect(playerInfo({ volume: 130, title: 'Song', image_url: 'javascript:alert(1)', has_next: true })).toEqual({
      title: 'Song', imageUrl: null, volume: 100, hasNext: true, hasPrevious: false, duration: null, position: null,
    });
    expect(playerInfo(null).title).toBeNull();
    expect(formatDuration(215)).toBe('3:35');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('keeps the states with a slug, once each', () => {
    expect(parseStates({ states: [{ slug: 'day', name: 'Day', icon: 'sun' }, { slug: 'day' }, { name: 'x' }, { slug: 'away', help_text: 'Out' }] }))
      .toEqual([{ slug: 'day', name: 'Day', icon: 'sun', help: null }, { slug: 'away', name: 'away', icon: null, help: 'Out' }]);
    expect(parseStates({ states: 'day' })).toEqual([]);
  });

  const scripts: [unknown, boolean][] = [['running', true], ['finished', true], ['error', true], ['paused', false], [1, false]];
  for (const [v, ok] of scripts) it(`script state ${JSON.stringify(v)}`, () => expect(isScriptState(v)).toBe(ok));

  const waterings: [unknown, ReturnType<typeof parseWatering>][] = [
    [{ status: 'running_program', program_progress: 7 }, { status: 'running_program', progress: 7 }],
    [{ status: 'paused_custom' }, { status: 'paused_custom', progress: 0 }],
    [{ status: 'raining' }, null],
    ['stopped', null],
  ];
  for (const [raw, want] of waterings) it(`parses watering ${JSON.stringify(raw)}`, () => expect(parseWatering(raw)).toEqual(want));

  it('knows a running program and its length', () => {
    expect(wateringRunning('running_custom')).toBeTrue();
    expect(programMinutes({ program: { duration: 20 } })).toBe(20);
    expect(programMinutes({})).toBeNull();
  });

  it('reads the alarm clock value and the alarms in meta', () => {
    expect(parseAlarmClock({ in_alarm: false, alarm_timestamp: 1700000000, alarm_name: 'Work' })).toEqual({
      inAlarm: false, next: 1700000000, name: 'Work',
    });
    expect(parseAlarmClock({ alarm_timestamp: 1 })).toBeNull();
    expect(alarmSettings([{ name: 'Weekdays', week_days: [1, 2, 3, 4, 5, 9], time: '7:00' }, { time: 'soon' }, 3])).toEqual([
      { name: 'Weekdays', time: '7:00', weekDays: [1, 2, 3, 4, 5], enabled: true },
    ]);
    expect(alarmSettings({})).toEqual([]);
    expect(describeWeekDays([5, 4, 3, 2, 1])).toBe('Weekdays');
    expect(describeWeekDays([1, 3])).toBe('Mon, Wed');
    expect(describeWeekDays([])).toBe('Never');
  });
});
