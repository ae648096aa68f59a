import { formatReading } from '../../domain/numeric-sensor';

const MAX = 80;

/** A value of any shape as one short line of text. */
export function describeValue(value: unknown, units: string | null): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (typeof value === 'number') return Number.isFinite(value) ? formatReading(value, units) : '—';
  if (typeof value === 'string') return humanize(value);
  if (Array.isArray(value)) return value.every((v) => typeof v === 'boolean') ? value.map((v) => (v ? 'On' : 'Off')).join(' · ') : clip(JSON.stringify(value));
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => typeof v !== 'object' || v === null)
    .map(([k, v]) => `${humanize(k)}: ${typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)}`);
  return parts.length ? clip(parts.join(', ')) : '…';
}

function humanize(s: string): string {
  const t = s.replace(/[_-]+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function clip(s: string): string {
  return s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s;
}
