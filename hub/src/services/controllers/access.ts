import { isInAlarm } from '../../model/alarm.js';
import type { ComponentRow, JsonObject } from '../../model/types.js';
import { validationError } from '../python-error.js';
import { arg, configNumber, num, report, type Effect, type Method } from './method.js';

/** lock, gate, blinds and alarm-group, and arm/disarm on any alarmable component (§7.1, §8). */

export const BUTTON_EVENTS = ['up', 'down', 'hold', 'click', 'double-click', 'triple-click', 'quadruple-click', 'quintuple-click'];

export const lockMethods: Record<string, Method> = {
  lock: () => report({ value: 'locking' }, { afterMs: 600, changes: { value: 'locked' } }),
  unlock: () => report({ value: 'unlocking' }, { afterMs: 600, changes: { value: 'unlocked' } }),
  // Switch.toggle negates the string value, which is always false: toggle always unlocks (inferred quirk).
  toggle: () => report({ value: 'unlocking' }, { afterMs: 600, changes: { value: 'unlocked' } }),
  turn_on: (c, a, k) => lockMethods['lock']!(c, a, k),
  turn_off: (c, a, k) => lockMethods['unlock']!(c, a, k),
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (typeof v !== 'boolean') throw validationError('Boolean required: true locks, false unlocks.');
    return lockMethods[v ? 'lock' : 'unlock']!(c, a, k);
  },
};

function gateMove(c: ComponentRow, action: string): Effect {
  if (c.config['action_method'] === 'click' && action !== 'call') throw validationError('This gate only accepts call.');
  const open = action === 'open' || (action === 'call' && String(c.value).startsWith('closed'));
  const duration = configNumber(c, 'open_duration', 2) * 1000;
  return report(
    { value: open ? 'open_moving' : 'closed_moving' },
    { afterMs: Math.min(duration, 1500), changes: { value: open ? 'open' : 'closed' } },
  );
}

export const gateMethods: Record<string, Method> = {
  open: (c) => gateMove(c, 'open'),
  close: (c) => gateMove(c, 'close'),
  call: (c) => gateMove(c, 'call'),
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (v !== 'open' && v !== 'close' && v !== 'call') throw validationError('Gate accepts open, close or call.');
    return gateMove(c, v);
  },
  is_in_alarm: (c) => ({ result: isInAlarm(c) }),
};

function blindsTarget(c: ComponentRow, target: number, angle?: number): Effect {
  const cur = c.value as JsonObject;
  const max = configNumber(c, 'open_duration', 30) * 1000;
  if (target === -1) return report({ value: { ...cur, target: -1 } });
  if (target < 0 || target > max) throw validationError('Target out of range.');
  const next: JsonObject = { ...cur, target };
  if (angle !== undefined) {
    if (angle < 0 || angle > 180) throw validationError('Angle must be 0-180.');
    next['angle'] = angle;
  }
  return report({ value: next }, { afterMs: 800, changes: { value: { ...next, position: target } } });
}

export const blindsMethods: Record<string, Method> = {
  open: (c) => blindsTarget(c, 0),
  close: (c) => blindsTarget(c, configNumber(c, 'open_duration', 30) * 1000),
  stop: (c) => blindsTarget(c, -1),
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (typeof v === 'number') return blindsTarget(c, v);
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw validationError('Dictionary with target required.');
    const angle = v['angle'] === undefined ? undefined : num(v['angle'], 'angle');
    return blindsTarget(c, num(v['target'], 'target'), angle);
  },
};

export const alarmGroupMethods: Record<string, Method> = {
  refresh_status: () => ({ result: null }),
  get_children: () => ({ notSerializable: 'QuerySet' }),
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (v !== 'armed' && v !== 'disarmed' && v !== 'breached') throw validationError('Unsupported alarm group value.');
    return report({ value: v, arm_status: v });
  },
};

export const alarmMethods: Record<string, Method> = {
  arm: (c) => {
    if (c.arm_status === 'breached' && !isInAlarm(c)) return report({ arm_status: 'armed' });
    return report({ arm_status: isInAlarm(c) ? 'pending-arm' : 'armed' });
  },
  disarm: () => report({ arm_status: 'disarmed' }),
};

export const alarmGroupArm: Record<string, Method> = {
  arm: () => report({ value: 'armed', arm_status: 'armed' }),
  disarm: () => report({ value: 'disarmed', arm_status: 'disarmed' }),
};

/** The callable methods of a component, or null when it has no controller (unknown `controller_uid`). */
