import type { ComponentChanges } from '../../model/db.js';
import type { ComponentRow, JsonObject, JsonValue } from '../../model/types.js';
import { typeError, validationError } from '../python-error.js';

/**
 * What a simulated controller method does. It validates its arguments at once (errors become
 * tracebacks in the control reply) and returns what the device will report afterwards: like the real
 * hub, the reply says "dispatched" and the new value arrives later on the feed.
 */
export interface Effect {
  /** The method's return value, sent as `result`; `undefined` when it is not JSON serialisable. */
  result?: JsonValue;
  notSerializable?: string;
  /** What the device reports, in order; the first after 50-300 ms, the rest after their own delays. */
  steps?: { afterMs?: number; changes: ComponentChanges }[];
}

export type Args = JsonValue[];
export type Method = (c: ComponentRow, args: Args, kwargs: JsonObject) => Effect;

export function report(changes: ComponentChanges, ...later: { afterMs: number; changes: ComponentChanges }[]): Effect {
  return { result: null, steps: [{ changes }, ...later] };
}

export function arg(args: Args, kwargs: JsonObject, index: number, name: string, fn: string): JsonValue {
  if (args.length > index) return args[index];
  if (name in kwargs) return kwargs[name];
  throw typeError(`${fn}() missing 1 required positional argument: '${name}'`);
}

export function optionalArg(args: Args, kwargs: JsonObject, index: number, name: string): JsonValue | undefined {
  if (args.length > index) return args[index];
  return name in kwargs ? kwargs[name] : undefined;
}

export function num(v: JsonValue | undefined, what = 'value'): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw validationError(`${what} must be a number`);
}

export function configNumber(c: ComponentRow, key: string, fallback: number): number {
  const v = c.config[key];
  return typeof v === 'number' ? v : fallback;
}

export function toBool(v: JsonValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  throw validationError('Boolean required.');
}

export const sensorSend = (check: (v: JsonValue) => boolean, message: string): Method => (c, a, k) => {
  const v = arg(a, k, 0, 'value', 'send');
  if (!check(v)) throw validationError(message);
  return report({ value: v });
};

// ---- timers (TimerMixin, core/controllers.py:551-641) ---------------------------------------------

export const timerMethods: Record<string, Method> = {
  set_timer: (c, args, kwargs) => {
    const to = num(arg(args, kwargs, 0, 'to_timestamp', 'set_timer'), 'to_timestamp');
    if (to <= Date.now() / 1000) throw validationError('Timer must be in the future.');
    const event = optionalArg(args, kwargs, 1, 'event') ?? 'toggle';
    return report({ meta: { ...(c.meta as JsonObject), timer_to: to, timer_start: Date.now() / 1000, timer_event: event } });
  },
  pause_timer: (c) => {
    const meta = c.meta as JsonObject;
    const left = typeof meta['timer_to'] === 'number' ? Math.max(0, meta['timer_to'] - Date.now() / 1000) : 0;
    return report({ meta: { ...meta, timer_to: 0, timer_left: left } });
  },
  resume_timer: (c) => {
    const meta = c.meta as JsonObject;
    const left = typeof meta['timer_left'] === 'number' ? meta['timer_left'] : 0;
    return report({ meta: { ...meta, timer_to: Date.now() / 1000 + left, timer_left: 0 } });
  },
  stop_timer: (c) => report({ meta: { ...(c.meta as JsonObject), timer_to: 0, timer_left: 0, timer_start: 0 } }),
  timer_engaged: (c) => ({ result: Boolean((c.meta as JsonObject)['timer_to']) }),
};
