import { isFiniteNumber, isObject, type JsonObject } from './json';

/** dimmer-plus (knob-plus): `{main, secondary}`, each within its own config range (§7.1). */
export interface DimmerPlusValue {
  readonly main: number;
  readonly secondary: number;
}

export interface ChannelRange {
  readonly min: number;
  readonly max: number;
}

export function parseDimmerPlus(v: unknown): DimmerPlusValue | null {
  if (!isObject(v) || !isFiniteNumber(v['main']) || !isFiniteNumber(v['secondary'])) return null;
  return { main: v['main'], secondary: v['secondary'] };
}

/** `main_min`/`main_max` or `secondary_min`/`secondary_max`, 0..1 by default. */
export function channelRange(config: JsonObject, channel: 'main' | 'secondary'): ChannelRange {
  const min = isFiniteNumber(config[`${channel}_min`]) ? (config[`${channel}_min`] as number) : 0;
  const rawMax = config[`${channel}_max`];
  const max = isFiniteNumber(rawMax) && rawMax > min ? rawMax : Math.max(min + 1, 1);
  return { min, max };
}

/** A level as a share of its range, 0-100, for people. */
export function percentOf(level: number, range: ChannelRange): number {
  return Math.round(((level - range.min) / (range.max - range.min)) * 100);
}

/** The hub level for a percentage chosen in the UI. */
export function levelFor(percent: number, range: ChannelRange): number {
  const p = Math.min(100, Math.max(0, percent));
  return Math.round((range.min + ((range.max - range.min) * p) / 100) * 1000) / 1000;
}
