import { isFiniteNumber, isObject } from './json';

/** alarm-clock: the next alarm in `value`, the user's alarms as a list in `meta` (§7.1). */
export interface AlarmClockValue {
  readonly inAlarm: boolean;
  /** Epoch seconds of the next alarm, or null. */
  readonly next: number | null;
  readonly name: string | null;
}

export function parseAlarmClock(v: unknown): AlarmClockValue | null {
  if (!isObject(v) || typeof v['in_alarm'] !== 'boolean') return null;
  return {
    inAlarm: v['in_alarm'],
    next: isFiniteNumber(v['alarm_timestamp']) ? v['alarm_timestamp'] : null,
    name: typeof v['alarm_name'] === 'string' ? v['alarm_name'] : null,
  };
}

export interface AlarmSetting {
  readonly name: string;
  readonly time: string;
  readonly weekDays: readonly number[];
  readonly enabled: boolean;
}

/** The alarms the user set up (`meta` is a list for alarm clocks). */
export function alarmSettings(meta: unknown): AlarmSetting[] {
  if (!Array.isArray(meta)) return [];
  return meta
    .filter(isObject)
    .filter((a) => typeof a['time'] === 'string' && /^\d{1,2}:\d\d$/.test(a['time']))
    .map((a) => ({
      name: typeof a['name'] === 'string' ? a['name'] : 'Alarm',
      time: a['time'] as string,
      weekDays: Array.isArray(a['week_days']) ? a['week_days'].filter((d): d is number => Number.isInteger(d) && d >= 1 && d <= 7) : [],
      enabled: a['enabled'] !== false,
    }));
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon–Fri" style summary of ISO weekdays 1-7. */
export function describeWeekDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'Every day';
  if (sorted.join() === '1,2,3,4,5') return 'Weekdays';
  if (sorted.join() === '6,7') return 'Weekends';
  return sorted.map((d) => DAYS[d - 1]).join(', ') || 'Never';
}
