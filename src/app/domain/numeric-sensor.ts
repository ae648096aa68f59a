import { isFiniteNumber } from './json';

/** numeric-sensor: a number with `value_units` (§7.1). */
export function isNumericValue(v: unknown): v is number {
  return isFiniteNumber(v);
}

/** A reading for people: at most two decimals, units as the hub names them. */
export function formatReading(value: number, units: string | null): string {
  const rounded = Math.round(value * 100) / 100;
  const text = rounded.toLocaleString(undefined, { maximumFractionDigits: 2 });
  if (!units) return text;
  return units === '%' || units.startsWith('°') ? `${text}${units}` : `${text} ${units}`;
}
