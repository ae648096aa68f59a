import { isFiniteNumber } from './json';

/** numeric-sensor: a number with `value_units` (§7.1). */
export function isNumericValue(v: unknown): v is number {
  return isFiniteNumber(v);
}

/** A reading for people: at most two decimals, units as the hub names them. */
// One formatter for every reading: toLocaleString builds a new one per call, slow at a thousand a second.
const READING = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatReading(value: number, units: string | null): string {
  // The formatter rounds by itself; rounding with arithmetic first would overflow huge readings to ∞.
  const text = READING.format(value);
  if (!units) return text;
  return units === '%' || units.startsWith('°') ? `${text}${units}` : `${text} ${units}`;
}

/** One graph band of a numeric sensor: `config.limits` holds at most three `{value, name}` (§7.1). */
export interface Limit {
  readonly value: number;
  readonly name: string;
}

export function parseLimits(config: Record<string, unknown>): Limit[] {
  const raw = config['limits'];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((l): l is { value: number; name?: unknown } => typeof l === 'object' && l !== null && isFiniteNumber((l as { value?: unknown }).value))
    .slice(0, 3)
    .map((l) => ({ value: l.value, name: typeof l.name === 'string' ? l.name : '' }))
    .sort((a, b) => a.value - b.value);
}
