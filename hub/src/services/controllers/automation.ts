import type { ComponentRow, JsonObject } from '../../model/types.js';
import { validationError } from '../python-error.js';
import { arg, num, optionalArg, report, type Effect, type Method } from './method.js';

/** state-select, script, watering and alarm-clock (§7.1). */

export const stateSelectMethods: Record<string, Method> = {
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    const states = (c.config['states'] as JsonObject[] | undefined) ?? [];
    if (!states.some((s) => s['slug'] === v)) throw validationError(`Unsupported value ${JSON.stringify(v)}!`);
    return report({ value: v });
  },
};

export const scriptMethods: Record<string, Method> = {
  start: () => report({ value: 'running' }),
  play: () => report({ value: 'running' }),
  stop: () => report({ value: 'stopped' }),
  toggle: (c) => report({ value: c.value === 'running' ? 'stopped' : 'running' }),
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (v === 'start') return report({ value: 'running' });
    if (v === 'stop') return report({ value: 'stopped' });
    throw validationError('Script accepts start or stop.');
  },
};

function watering(c: ComponentRow, status: string, progress?: number): Effect {
  const cur = c.value as JsonObject;
  return report({ value: { status, program_progress: progress ?? (cur['program_progress'] as number) ?? 0 } });
}

export const wateringMethods: Record<string, Method> = {
  start: (c) => watering(c, 'running_program'),
  play: (c) => watering(c, 'running_program'),
  pause: (c) => watering(c, 'paused_program'),
  reset: (c) => watering(c, 'stopped', 0),
  stop: (c) => watering(c, 'stopped', 0),
  set_program_progress: (c, a, k) => {
    const minute = num(arg(a, k, 0, 'program_minute', 'set_program_progress'));
    return watering(c, optionalArg(a, k, 1, 'run') === false ? 'paused_program' : 'running_program', minute);
  },
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (v === 'start') return watering(c, 'running_program');
    if (v === 'pause') return watering(c, 'paused_program');
    if (v === 'reset') return watering(c, 'stopped', 0);
    throw validationError('Watering accepts start, pause or reset.');
  },
};

export const alarmClockMethods: Record<string, Method> = {
  snooze: (c, a, k) => {
    const mins = num(arg(a, k, 0, 'mins', 'snooze'));
    const value = { ...(c.value as JsonObject), in_alarm: false, alarm_timestamp: Date.now() / 1000 + mins * 60 };
    return { result: value, steps: [{ changes: { value } }] };
  },
  cancel_all: (c) => {
    const value = { ...(c.value as JsonObject), in_alarm: false, events_triggered: [] };
    return { result: value, steps: [{ changes: { value } }] };
  },
  play_all: (c) => {
    const value = { ...(c.value as JsonObject), in_alarm: true };
    return { result: value, steps: [{ changes: { value } }] };
  },
  send: () => {
    throw validationError('Alarm clock does not accept values.');
  },
};
