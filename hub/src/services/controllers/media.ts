import type { ComponentRow, JsonObject, JsonValue } from '../../model/types.js';
import { validationError } from '../python-error.js';
import { arg, num, report, toBool, type Method } from './method.js';

/** audio-player, video-player and ip-camera (§7.1). */

export const playerMethods: Record<string, Method> = {
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

export const cameraMethods: Record<string, Method> = {
  get_stream_socket_url: () => ({ notSerializable: 'SafeString' }),
  send: () => {
    throw validationError('Camera does not accept values.');
  },
};
