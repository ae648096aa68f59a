import { isInt, isObject } from './json';

/** rgbw-light: five colour scenes, the active one and on/off (§7.1). */
export interface RgbwValue {
  readonly scenes: readonly string[];
  readonly active: number;
  readonly isOn: boolean;
}

const HEX = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i;

export function parseRgbw(v: unknown): RgbwValue | null {
  if (!isObject(v) || typeof v['is_on'] !== 'boolean') return null;
  const scenes = v['scenes'];
  if (!Array.isArray(scenes) || scenes.length !== 5 || !scenes.every((s) => typeof s === 'string' && HEX.test(s))) return null;
  const active = v['active'];
  if (!isInt(active) || active < 0 || active > 4) return null;
  return { scenes: scenes as string[], active, isOn: v['is_on'] };
}

/** The CSS colour of a scene (`#rrggbb`), and its white channel 0-255 when the light has one. */
export function sceneColour(scene: string): { rgb: string; white: number | null } {
  return { rgb: scene.slice(0, 7), white: scene.length === 9 ? parseInt(scene.slice(7, 9), 16) : null };
}
