import type { ComponentRow, JsonObject, JsonValue } from '../../model/types.js';
import { validationError } from '../python-error.js';
import { arg, configNumber, num, report, type Method } from './method.js';

/** dimmer, dimmer-plus and rgbw-light (§7.1). */

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

export const dimmerMethods: Record<string, Method> = {
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

export const dimmerPlusMethods: Record<string, Method> = {
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

export const rgbwMethods: Record<string, Method> = {
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
