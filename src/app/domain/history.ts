import { parseHubTime } from './hub-time';
import { isFiniteNumber, isInt, isObject } from './json';

/** `core/component_history/?interval=…`: chart vectors, or null when the hub has none (§2.2). */
export interface ChartSeries {
  readonly name: string;
  /** Epoch milliseconds per point, where the label is a date; otherwise null. */
  readonly times: readonly (number | null)[];
  readonly labels: readonly string[];
  /** Numbers, or null where the hub has no reading. */
  readonly data: readonly (number | null)[];
}

export function parseChart(raw: unknown): ChartSeries[] {
  if (!Array.isArray(raw)) return [];
  const out: ChartSeries[] = [];
  for (const s of raw) {
    if (!isObject(s) || s['type'] !== 'numeric' || !Array.isArray(s['data'])) continue;
    const data = s['data'].map((v) => (isFiniteNumber(v) ? v : typeof v === 'boolean' ? Number(v) : null));
    const labels = Array.isArray(s['labels']) ? s['labels'].map((l) => String(l)) : [];
    out.push({
      name: typeof s['name'] === 'string' ? s['name'] : '',
      labels: data.map((_, i) => labels[i] ?? ''),
      times: data.map((_, i) => {
        const t = Date.parse(labels[i] ?? '');
        return Number.isFinite(t) ? t : null;
      }),
      data,
    });
  }
  return out;
}

/** One entry of the change log (`core/component_history/?component=&type=`). */
export interface HistoryEntry {
  readonly id: number;
  /** Epoch seconds. */
  readonly date: number;
  readonly type: 'value' | 'security';
  readonly value: unknown;
  readonly alive: boolean;
  readonly user: string | null;
}

export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  if (!isObject(raw) || !isInt(raw['id'])) return null;
  const date = parseHubTime(raw['date']);
  if (date === null || (raw['type'] !== 'value' && raw['type'] !== 'security')) return null;
  return {
    id: raw['id'],
    date,
    type: raw['type'],
    value: raw['value'] ?? null,
    alive: raw['alive'] !== false,
    user: typeof raw['user'] === 'string' && raw['user'] ? raw['user'] : null,
  };
}

/** The range of a series, ignoring gaps; null when it has no reading. */
export function seriesRange(data: readonly (number | null)[]): { min: number; max: number } | null {
  const values = data.filter((v): v is number => v !== null);
  if (!values.length) return null;
  return { min: Math.min(...values), max: Math.max(...values) };
}
