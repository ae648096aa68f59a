import type { ComponentRow } from './types.js';

/** core/models.py:853-859: what "in alarm" means per base type. */
export function isInAlarm(c: Pick<ComponentRow, 'base_type' | 'value'>): boolean {
  if (c.base_type === 'gate') return typeof c.value === 'string' && c.value.startsWith('closed');
  if (c.base_type === 'alarm-group') return c.value === 'breached';
  if (Array.isArray(c.value)) return c.value.length > 0;
  return Boolean(c.value);
}
