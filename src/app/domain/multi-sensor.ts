import { isFiniteNumber } from './json';

/** One labelled reading of a multi-sensor or air-quality sensor: `[label, value, unit]`. */
export interface Reading {
  readonly label: string;
  readonly value: number | string;
  readonly unit: string;
}

/** Parses the list of `[label, value, unit]` triples; null when the shape is wrong. */
export function parseReadings(v: unknown): Reading[] | null {
  if (!Array.isArray(v)) return null;
  const out: Reading[] = [];
  for (const row of v) {
    if (!Array.isArray(row) || row.length < 2 || typeof row[0] !== 'string') return null;
    const value: unknown = row[1];
    if (!isFiniteNumber(value) && typeof value !== 'string') return null;
    out.push({ label: row[0], value, unit: typeof row[2] === 'string' ? row[2] : '' });
  }
  return out;
}

const LABELS: Record<string, string> = {
  temperature: 'Temperature',
  humidity: 'Humidity',
  real_feel: 'Feels like',
  tvoc: 'TVOC',
  co2: 'CO₂',
  aqi: 'Air quality index',
  pressure: 'Pressure',
};

export function readingLabel(label: string): string {
  return LABELS[label] ?? label.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** The hub writes "C" for Celsius in these triples. */
export function readingUnit(unit: string): string {
  if (unit === 'C') return '°C';
  if (unit === 'F') return '°F';
  return unit;
}
