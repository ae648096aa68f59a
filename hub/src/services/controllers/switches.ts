import type { JsonObject } from '../../model/types.js';
import { validationError } from '../python-error.js';
import { arg, num, report, toBool, type Method } from './method.js';

/** switch and switch-double … switch-quintuple (§7.1). */

export const switchMethods: Record<string, Method> = {
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

export function multiSwitchMethods(channels: number): Record<string, Method> {
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
