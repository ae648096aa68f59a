import type { ComponentSave } from './db.js';
import type { ComponentRow, JsonValue } from './types.js';

/**
 * The hub's ComponentHistory (core/api.py:354-540, protocol reference §2.2): one row per value change and
 * per arm-status change, newest first, plus the chart vectors the app's graphs read.
 */
export interface HistoryRow {
  id: number;
  component: number;
  /** Epoch seconds. */
  date: number;
  type: 'value' | 'security';
  value: JsonValue;
  alive: boolean;
  /** The acting user's name, or null for a device or the system. */
  user: string | null;
}

/** Bucket widths of `?interval=` in seconds. */
const INTERVALS: Record<string, number> = { min: 60, hour: 3600, day: 86400, week: 7 * 86400, month: 30 * 86400 };
const MAX_BUCKETS = 120;
const MAX_ROWS_PER_COMPONENT = 2000;

export class ComponentHistory {
  private rows: HistoryRow[] = [];
  private nextId = 1;

  /** A day of hourly readings for each numeric sensor, so graphs have something true to show at start. */
  seed(components: readonly ComponentRow[], now = Date.now() / 1000): void {
    for (const c of components) {
      if (c.base_type !== 'numeric-sensor' || typeof c.value !== 'number') continue;
      const amplitude = Math.max(0.5, Math.abs(c.value) * 0.15);
      for (let h = 24; h >= 1; h--) {
        // A smooth daily wave ending at the current value: deterministic, so screenshots are stable.
        const v = c.value + amplitude * (Math.sin(((24 - h) / 24) * 2 * Math.PI + c.id) - Math.sin(2 * Math.PI + c.id));
        this.push({ component: c.id, date: now - h * 3600, type: 'value', value: Math.round(v * 10) / 10, alive: c.alive, user: null });
      }
    }
  }

  /** Records what a save changed, as the hub's post-save signal does. */
  record(save: ComponentSave, user: string | null, now = Date.now() / 1000): void {
    const c = save.component;
    if ('value' in save.dirty) this.push({ component: c.id, date: now, type: 'value', value: c.value, alive: c.alive, user });
    if ('arm_status' in save.dirty) {
      this.push({ component: c.id, date: now, type: 'security', value: c.arm_status, alive: c.alive, user });
    }
  }

  /** `?component=&type=`: newest first. */
  list(componentId: number, type: string | null): HistoryRow[] {
    return this.rows.filter((r) => r.component === componentId && (!type || r.type === type)).reverse();
  }

  /**
   * `?interval=&component=&start_from=`: one vector of the last known value per bucket from `start_from`
   * until now, or null when the component has no value history.
   */
  chart(component: ComponentRow, interval: string, startFrom: number, now = Date.now() / 1000) {
    const width = INTERVALS[interval];
    if (!width) return null;
    const rows = this.rows.filter((r) => r.component === component.id && r.type === 'value');
    if (rows.length === 0) return null;
    const numeric = rows.every((r) => typeof r.value === 'number' || typeof r.value === 'boolean');
    const from = Math.max(startFrom, now - width * MAX_BUCKETS);
    const labels: string[] = [];
    const data: (JsonValue | null)[] = [];
    let i = 0;
    let last: JsonValue | null = null;
    for (let t = from; t < now; t += width) {
      const end = Math.min(t + width, now);
      while (i < rows.length && rows[i]!.date < end) last = rows[i++]!.value;
      labels.push(new Date(t * 1000).toISOString());
      data.push(typeof last === 'boolean' ? Number(last) : last);
    }
    return [{ name: component.name, type: numeric ? 'numeric' : 'icon', labels, data }];
  }

  /**
   * `value_history/?period=day` (core/controllers.py:226-262): 24 hourly entries of the last value in
   * each hour, oldest first, with one metadata entry per series.
   */
  valueHistory(component: ComponentRow, now = Date.now() / 1000) {
    const chart = this.chart(component, 'hour', now - 24 * 3600, now);
    const data = chart?.[0]?.data ?? [];
    return {
      metadata: [{ label: component.name, style: component.base_type === 'binary-sensor' ? 'binary' : 'line' }],
      entries: Array.from({ length: 24 }, (_, h) => [data[h] ?? null]),
    };
  }

  private push(row: Omit<HistoryRow, 'id'>): void {
    this.rows.push({ id: this.nextId++, ...row });
    const mine = this.rows.filter((r) => r.component === row.component);
    if (mine.length > MAX_ROWS_PER_COMPONENT) this.rows.splice(this.rows.indexOf(mine[0]!), 1);
  }
}
