import { isFiniteNumber, isInt, isObject, type JsonObject } from './json';

/**
 * blinds and slides: `{target, position, angle}` in milliseconds of travel, 0 = fully open and
 * `open_duration * 1000` = fully closed; target -1 means "stop" (§7.1).
 */
export interface BlindsValue {
  readonly target: number;
  readonly position: number;
  readonly angle: number | null;
}

export function parseBlinds(v: unknown): BlindsValue | null {
  if (isFiniteNumber(v)) return { target: v, position: v, angle: null };
  if (!isObject(v) || !isFiniteNumber(v['position'])) return null;
  const target = isFiniteNumber(v['target']) ? v['target'] : v['position'];
  const angle = isInt(v['angle']) && v['angle'] >= 0 && v['angle'] <= 180 ? v['angle'] : null;
  return { target, position: v['position'], angle };
}

/** Full travel in ms, from `open_duration` (seconds). */
export function travelMs(config: JsonObject): number {
  const s = config['open_duration'];
  return isFiniteNumber(s) && s > 0 ? s * 1000 : 30_000;
}

/** How far open a position is, 0-100 %. */
export function percentOpen(positionMs: number, travel: number): number {
  return Math.round(100 - (Math.min(travel, Math.max(0, positionMs)) / travel) * 100);
}

/** The target in ms for a chosen percentage open. */
export function targetForPercent(percent: number, travel: number): number {
  return Math.round(((100 - Math.min(100, Math.max(0, percent))) / 100) * travel);
}

/** Moving while the target is set and not yet reached. */
export function blindsMoving(v: BlindsValue): boolean {
  return v.target >= 0 && Math.abs(v.target - v.position) > 1;
}

/** Slats turn only where the config gives them a travel time. */
export function hasSlats(config: JsonObject): boolean {
  return isFiniteNumber(config['slats_angle_duration']) && config['slats_angle_duration'] > 0;
}
