import { isFiniteNumber, type JsonObject } from './json';

/** dimmer: a number within `config.min`…`config.max` (default 0-100, §7.1). */
export interface DimmerRange {
  readonly min: number;
  readonly max: number;
}

export function dimmerRange(config: JsonObject): DimmerRange {
  const min = isFiniteNumber(config['min']) ? config['min'] : 0;
  const max = isFiniteNumber(config['max']) && config['max'] > min ? config['max'] : Math.max(min + 1, 100);
  return { min, max };
}

export function isDimmerValue(v: unknown): v is number {
  return isFiniteNumber(v);
}

/** Whether a dimmer at this level counts as on. */
export function dimmerIsOn(value: unknown, range: DimmerRange): boolean {
  return isDimmerValue(value) && value > range.min;
}

/** Clamps and rounds a level chosen in the UI to what the hub accepts. */
export function clampLevel(level: number, range: DimmerRange): number {
  return Math.min(range.max, Math.max(range.min, Math.round(level)));
}
