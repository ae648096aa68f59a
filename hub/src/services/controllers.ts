import type { ComponentChanges } from '../model/db.js';
import { isInAlarm } from '../model/alarm.js';
import type { ComponentRow, JsonObject, JsonValue } from '../model/types.js';
import { PythonError, typeError, validationError } from './python-error.js';

/**
 * The controller methods of the simulated devices, per base type (protocol reference §7.1). A method
 * validates its arguments at once (errors become tracebacks in the control reply) and returns what the
 * device will report afterwards: like the real hub, the reply says "dispatched" and the new value arrives
 * later on the feed.
 */
export interface Effect {
  /** The method's return value, sent as `result`; `undefined` when it is not JSON serialisable. */
  result?: JsonValue;
  notSerializable?: string;
  /** What the device reports, in order; the first after 50-300 ms, the rest after their own delays. */
  steps?: { afterMs?: number; changes: ComponentChanges }[];
}

type Args = JsonValue[];
type Method = (c: ComponentRow, args: Args, kwargs: JsonObject) => Effect;

function report(changes: ComponentChanges, ...later: { afterMs: number; changes: ComponentChanges }[]): Effect {
  return { result: null, steps: [{ changes }, ...later] };
}

function arg(args: Args, kwargs: JsonObject, index: number, name: string, fn: string): JsonValue {
  if (args.length > index) return args[index];
  if (name in kwargs) return kwargs[name];
  throw typeError(`${fn}() missing 1 required positional argument: '${name}'`);
}

function optionalArg(args: Args, kwargs: JsonObject, index: number, name: string): JsonValue | undefined {
  if (args.length > index) return args[index];
  return name in kwargs ? kwargs[name] : undefined;
}

function num(v: JsonValue | undefined, what = 'value'): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw validationError(`${what} must be a number`);
}

function configNumber(c: ComponentRow, key: string, fallback: number): number {
  const v = c.config[key];
  return typeof v === 'number' ? v : fallback;
}

// ---- timers (TimerMixin, core/controllers.py:551-641) ---------------------------------------------

const timerMethods: Record<string, Method> = {
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

// ---- per base type --------------------------------------------------------------------------------

function toBool(v: JsonValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  throw validationError('Boolean required.');
}

const switchMethods: Record<string, Method> = {
  turn_on: () => report({ value: true }),
  turn_off: () => report({ value: false }),
  toggle: (c) => report({ value: !c.value }),
  send: (c, a, k) => report({ value: toBool(arg(a, k, 0, 'value', 'send')) }),
  click: () => report({ value: true }, { afterMs: 1000, changes: { value: false } }),
  pulse: (c, a, k) => {
    const frame = num(arg(a, k, 0, 'frame_length_s', 'pulse'));
    const duty = num(arg(a, k, 1, 'on_percentage', 'pulse'));
    return report({ meta: { ...(c.meta as JsonObject), pulse: { frame, duty } } });
  },
};

function multiSwitchMethods(channels: number): Record<string, Method> {
  return {
    send: (c, a, k) => {
      const v = arg(a, k, 0, 'value', 'send');
      if (typeof v === 'boolean') return report({ value: Array(channels).fill(v) });
      if (!Array.isArray(v) || v.length !== channels || !v.every((x) => typeof x === 'boolean')) {
        throw validationError(`List of ${channels} booleans required.`);
      }
      return report({ value: v });
    },
  };
}

function dimmerLevel(c: ComponentRow, v: JsonValue): number {
  const min = configNumber(c, 'min', 0);
  const max = configNumber(c, 'max', 100);
  if (typeof v === 'boolean') {
    if (!v) return min;
    const prev = typeof c.value_previous === 'number' && c.value_previous > min ? c.value_previous : max;
    return typeof c.value === 'number' && c.value > min ? c.value : prev;
  }
  const n = num(v);
  if (n > max) throw validationError('Value to big.');
  if (n < min) throw validationError('Value to small.');
  return n;
}

const dimmerMethods: Record<string, Method> = {
  send: (c, a, k) => report({ value: dimmerLevel(c, arg(a, k, 0, 'value', 'send')) }),
  turn_on: (c) => report({ value: dimmerLevel(c, true) }),
  turn_off: (c) => report({ value: dimmerLevel(c, false) }),
  toggle: (c) => report({ value: dimmerLevel(c, !(typeof c.value === 'number' && c.value > configNumber(c, 'min', 0))) }),
  max_out: (c) => report({ value: configNumber(c, 'max', 100) }),
  output_percent: (c, a, k) => {
    const p = num(arg(a, k, 0, 'value', 'output_percent'));
    if (p < 0 || p > 100) throw validationError('Percent must be between 0 and 100.');
    const min = configNumber(c, 'min', 0);
    return report({ value: min + ((configNumber(c, 'max', 100) - min) * p) / 100 });
  },
};

function dimmerPlusValue(c: ComponentRow, v: JsonValue): JsonObject {
  const cur = (c.value && typeof c.value === 'object' ? c.value : { main: 0, secondary: 0 }) as JsonObject;
  if (typeof v === 'boolean') return { ...cur, main: v ? configNumber(c, 'main_max', 1) : configNumber(c, 'main_min', 0) };
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw validationError('Dictionary with main and/or secondary required.');
  const next = { ...cur };
  for (const key of ['main', 'secondary']) {
    if (key in v) {
      const n = num(v[key], key);
      if (n > configNumber(c, `${key}_max`, 1)) throw validationError('Value to big.');
      if (n < configNumber(c, `${key}_min`, 0)) throw validationError('Value to small.');
      next[key] = n;
    }
  }
  return next;
}

const dimmerPlusMethods: Record<string, Method> = {
  send: (c, a, k) => report({ value: dimmerPlusValue(c, arg(a, k, 0, 'value', 'send')) }),
  turn_on: (c) => report({ value: dimmerPlusValue(c, true) }),
  turn_off: (c) => report({ value: dimmerPlusValue(c, false) }),
  toggle: (c) => report({ value: dimmerPlusValue(c, !((c.value as JsonObject)?.['main'] as number > 0)) }),
};

const HEX = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;

function rgbwValue(c: ComponentRow, patch: JsonObject): JsonObject {
  const cur = c.value as JsonObject;
  const next = { ...cur, ...patch };
  const scenes = next['scenes'];
  if (!Array.isArray(scenes) || scenes.length !== 5 || !scenes.every((s) => typeof s === 'string' && HEX.test(s))) {
    throw validationError('Five colour scenes required.');
  }
  const active = next['active'];
  if (typeof active !== 'number' || active < 0 || active > 4 || !Number.isInteger(active)) {
    throw validationError('Active scene must be 0-4.');
  }
  if (typeof next['is_on'] !== 'boolean') throw validationError('is_on must be a boolean.');
  return next;
}

const rgbwMethods: Record<string, Method> = {
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (typeof v === 'boolean') return report({ value: rgbwValue(c, { is_on: v }) });
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw validationError('Dictionary required.');
    return report({ value: rgbwValue(c, v) });
  },
  turn_on: (c) => report({ value: rgbwValue(c, { is_on: true }) }),
  turn_off: (c) => report({ value: rgbwValue(c, { is_on: false }) }),
  toggle: (c) => report({ value: rgbwValue(c, { is_on: !(c.value as JsonObject)['is_on'] }) }),
};

const sensorSend = (check: (v: JsonValue) => boolean, message: string): Method => (c, a, k) => {
  const v = arg(a, k, 0, 'value', 'send');
  if (!check(v)) throw validationError(message);
  return report({ value: v });
};

const BUTTON_EVENTS = ['up', 'down', 'hold', 'click', 'double-click', 'triple-click', 'quadruple-click', 'quintuple-click'];

const lockMethods: Record<string, Method> = {
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

const gateMethods: Record<string, Method> = {
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

const blindsMethods: Record<string, Method> = {
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

const alarmGroupMethods: Record<string, Method> = {
  refresh_status: () => ({ result: null }),
  get_children: () => ({ notSerializable: 'QuerySet' }),
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (v !== 'armed' && v !== 'disarmed' && v !== 'breached') throw validationError('Unsupported alarm group value.');
    return report({ value: v, arm_status: v });
  },
};

function thermostatTarget(conf: JsonObject, fallback: number): number {
  const eco = conf['eco'] as JsonObject | undefined;
  if (eco?.['active']) return eco['lower_limit'] as number;
  const hard = conf['hard'] as JsonObject | undefined;
  if (hard?.['active'] && typeof hard['target'] === 'number') return hard['target'];
  const daily = conf['daily'] as JsonObject | undefined;
  const h24 = (daily?.['options'] as JsonObject | undefined)?.['24h'] as JsonObject | undefined;
  return typeof h24?.['target'] === 'number' ? h24['target'] : fallback;
}

function thermostatUpdate(c: ComponentRow, conf: JsonObject): Effect {
  const value = { ...(c.value as JsonObject) };
  value['target_temp'] = thermostatTarget(conf, value['target_temp'] as number);
  const current = value['current_temp'] as number;
  value['heating'] = value['mode'] !== 'cooler' && current < (value['target_temp'] as number) - 0.3;
  value['cooling'] = value['mode'] === 'cooler' && current > (value['target_temp'] as number) + 0.3;
  return report({ config: { ...c.config, user_config: conf }, value });
}

const thermostatMethods: Record<string, Method> = {
  send: () => {
    throw validationError('Thermostat does not accept values.');
  },
  hold: (c, a, k) => {
    const t = optionalArg(a, k, 0, 'temperature');
    const conf = structuredClone(c.config['user_config'] as JsonObject);
    if (t === undefined || t === null) conf['hard'] = { ...(conf['hard'] as JsonObject), active: false };
    else {
      const n = num(t, 'temperature');
      if (n < configNumber(c, 'min', 4) || n > configNumber(c, 'max', 36)) throw validationError('Temperature out of range.');
      conf['hard'] = { active: true, target: n };
    }
    return thermostatUpdate(c, conf);
  },
  enable_eco_mode: (c) => {
    const conf = structuredClone(c.config['user_config'] as JsonObject);
    conf['eco'] = { ...(conf['eco'] as JsonObject), active: true };
    return thermostatUpdate(c, conf);
  },
  disable_eco_mode: (c) => {
    const conf = structuredClone(c.config['user_config'] as JsonObject);
    conf['eco'] = { ...(conf['eco'] as JsonObject), active: false };
    return thermostatUpdate(c, conf);
  },
  update_user_conf: (c, a, k) => {
    const conf = arg(a, k, 0, 'new_conf', 'update_user_conf');
    if (!conf || typeof conf !== 'object' || Array.isArray(conf)) {
      throw new PythonError('simo.core.utils.config_values.ConfigException', "{'__all__': 'Dictionary required.'}");
    }
    return thermostatUpdate(c, { ...(c.config['user_config'] as JsonObject), ...conf });
  },
  get_current_target_temperature: (c) => ({ result: (c.value as JsonObject)['target_temp'] ?? null }),
};

const playerMethods: Record<string, Method> = {
  play: () => report({ value: 'playing' }),
  pause: () => report({ value: 'paused' }),
  stop: () => report({ value: 'stopped' }),
  toggle: (c) => report({ value: c.value === 'playing' ? 'paused' : 'playing' }),
  next: (c) => report({ meta: { ...(c.meta as JsonObject), position: 0, title: nextTitle(c, 1) } }),
  previous: (c) => report({ meta: { ...(c.meta as JsonObject), position: 0, title: nextTitle(c, -1) } }),
  seek: (c, a, k) => report({ meta: { ...(c.meta as JsonObject), position: num(arg(a, k, 0, 'second', 'seek')) } }),
  set_volume: (c, a, k) => {
    const v = num(arg(a, k, 0, 'volume', 'set_volume'), 'volume');
    if (v < 0 || v > 100) throw validationError('Volume must be 0-100.');
    return report({ meta: { ...(c.meta as JsonObject), volume: v } });
  },
  get_volume: (c) => ({ result: (c.meta as JsonObject)['volume'] ?? null }),
  set_shuffle_play: (c, a, k) => report({ meta: { ...(c.meta as JsonObject), shuffle: toBool(arg(a, k, 0, 'val', 'set_shuffle_play')) } }),
  set_loop_play: (c, a, k) => report({ meta: { ...(c.meta as JsonObject), loop: toBool(arg(a, k, 0, 'val', 'set_loop_play')) } }),
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    if (typeof v === 'boolean') return report({ value: v ? 'playing' : 'paused' });
    const actions: Record<string, string> = { play: 'playing', pause: 'paused', stop: 'stopped' };
    if (typeof v === 'string' && v in actions) return report({ value: actions[v]! });
    if (v === 'next' || v === 'previous') return playerMethods[v]!(c, [], {});
    throw validationError('Unsupported player command.');
  },
};

function nextTitle(c: ComponentRow, step: number): JsonValue {
  const playlist = (c.meta as JsonObject)['playlist'];
  if (!Array.isArray(playlist) || playlist.length === 0) return (c.meta as JsonObject)['title'] ?? null;
  const i = playlist.indexOf((c.meta as JsonObject)['title'] ?? '');
  return playlist[(i + step + playlist.length) % playlist.length]!;
}

const stateSelectMethods: Record<string, Method> = {
  send: (c, a, k) => {
    const v = arg(a, k, 0, 'value', 'send');
    const states = (c.config['states'] as JsonObject[] | undefined) ?? [];
    if (!states.some((s) => s['slug'] === v)) throw validationError(`Unsupported value ${JSON.stringify(v)}!`);
    return report({ value: v });
  },
};

const scriptMethods: Record<string, Method> = {
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

const wateringMethods: Record<string, Method> = {
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

const alarmClockMethods: Record<string, Method> = {
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

const cameraMethods: Record<string, Method> = {
  get_stream_socket_url: () => ({ notSerializable: 'SafeString' }),
  send: () => {
    throw validationError('Camera does not accept values.');
  },
};

const anyJson = () => true;
const isBool = (v: JsonValue) => typeof v === 'boolean';
const isNumber = (v: JsonValue) => typeof v === 'number' && Number.isFinite(v);

const BY_BASE_TYPE: Record<string, { methods: Record<string, Method>; timers: boolean }> = {
  switch: { methods: switchMethods, timers: true },
  'switch-double': { methods: multiSwitchMethods(2), timers: false },
  'switch-triple': { methods: multiSwitchMethods(3), timers: false },
  'switch-quadruple': { methods: multiSwitchMethods(4), timers: false },
  'switch-quintuple': { methods: multiSwitchMethods(5), timers: false },
  dimmer: { methods: dimmerMethods, timers: true },
  'dimmer-plus': { methods: dimmerPlusMethods, timers: true },
  'rgbw-light': { methods: rgbwMethods, timers: true },
  'binary-sensor': { methods: { send: sensorSend(isBool, 'Boolean required.') }, timers: false },
  'numeric-sensor': { methods: { send: sensorSend(isNumber, 'Number required.') }, timers: false },
  'multi-sensor': {
    methods: {
      send: sensorSend((v) => Array.isArray(v), 'List of [label, value, unit] required.'),
      get_val: (c, a, k) => {
        const label = arg(a, k, 0, 'label', 'get_val');
        const row = (c.value as JsonValue[]).find((r) => Array.isArray(r) && r[0] === label) as JsonValue[] | undefined;
        return { result: row ? row[1]! : null };
      },
    },
    timers: false,
  },
  button: {
    methods: {
      send: sensorSend((v) => typeof v === 'string' && BUTTON_EVENTS.includes(v), 'Unsupported button event.'),
      is_down: (c) => ({ result: c.value === 'down' || c.value === 'hold' }),
      is_held: (c) => ({ result: c.value === 'hold' }),
    },
    timers: false,
  },
  lock: { methods: lockMethods, timers: true },
  gate: { methods: gateMethods, timers: true },
  blinds: { methods: blindsMethods, timers: true },
  'alarm-group': { methods: alarmGroupMethods, timers: false },
  thermostat: { methods: thermostatMethods, timers: false },
  weather: { methods: { send: sensorSend(anyJson, '') }, timers: false },
  'ip-camera': { methods: cameraMethods, timers: false },
  'audio-player': { methods: playerMethods, timers: true },
  'video-player': { methods: playerMethods, timers: true },
  'state-select': { methods: stateSelectMethods, timers: false },
  script: { methods: scriptMethods, timers: true },
  watering: { methods: wateringMethods, timers: false },
  'alarm-clock': { methods: alarmClockMethods, timers: false },
};

/** Methods every component has when it carries an alarm category (core/models.py:826-874). */
const alarmMethods: Record<string, Method> = {
  arm: (c) => {
    if (c.arm_status === 'breached' && !isInAlarm(c)) return report({ arm_status: 'armed' });
    return report({ arm_status: isInAlarm(c) ? 'pending-arm' : 'armed' });
  },
  disarm: () => report({ arm_status: 'disarmed' }),
};

const alarmGroupArm: Record<string, Method> = {
  arm: () => report({ value: 'armed', arm_status: 'armed' }),
  disarm: () => report({ value: 'disarmed', arm_status: 'disarmed' }),
};

/** The callable methods of a component, or null when it has no controller (unknown `controller_uid`). */
export function controllerOf(c: ComponentRow): Record<string, Method> | null {
  const spec = BY_BASE_TYPE[c.base_type];
  if (!spec || !c.controller_uid) return null;
  const methods: Record<string, Method> = { poke: () => ({ result: null }), ...spec.methods };
  if (spec.timers) Object.assign(methods, timerMethods);
  if (c.base_type === 'alarm-group') Object.assign(methods, alarmGroupArm);
  else if (c.alarm_category) Object.assign(methods, alarmMethods);
  return methods;
}

/** `controller_methods` as REST reports it: alphabetical public methods, `arm`/`disarm` when alarmable. */
export function controllerMethods(c: ComponentRow): string[] {
  const methods = controllerOf(c);
  return methods ? Object.keys(methods).sort() : [];
}
