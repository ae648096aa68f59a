import type { ComponentRow, JsonValue } from '../../model/types.js';
import { alarmGroupArm, alarmGroupMethods, alarmMethods, blindsMethods, BUTTON_EVENTS, gateMethods, lockMethods } from './access.js';
import { alarmClockMethods, scriptMethods, stateSelectMethods, wateringMethods } from './automation.js';
import { thermostatMethods } from './climate.js';
import { dimmerMethods, dimmerPlusMethods, rgbwMethods } from './lights.js';
import { cameraMethods, playerMethods } from './media.js';
import { arg, sensorSend, timerMethods, type Method } from './method.js';
import { multiSwitchMethods, switchMethods } from './switches.js';

export type { Effect } from './method.js';

/** The controller methods of the simulated devices, per base type (protocol reference §7.1). */
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
