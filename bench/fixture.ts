import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BENCH_ZONE = 7;
export const FIRST_SENSOR = 10_000;
export const FIRST_SWITCH = 19_000;
/** The owner's role in the demo home. */
const OWNER_ROLE = 2;

/**
 * The demo home plus a "Bench" zone, first in order, with `count` components the owner may read and
 * control: numeric sensors, and ten switches for the control round trip.
 */
export function writeBenchFixture(count: number): string {
  const data = JSON.parse(readFileSync(resolve(__dirname, '..', 'hub', 'fixtures', 'demo-home.json'), 'utf8'));
  data.zones.push({ id: BENCH_ZONE, instance: 1, name: 'Bench', order: -1 });
  const base = data.components.find((c: { id: number }) => c.id === 112);
  const lamp = data.components.find((c: { id: number }) => c.id === 101);
  for (let i = 0; i < count; i++) {
    const isSwitch = i >= count - 10;
    const id = isSwitch ? FIRST_SWITCH + (i - (count - 10)) : FIRST_SENSOR + i;
    const template = isSwitch ? lamp : base;
    data.components.push({
      ...structuredClone(template),
      id,
      name: `${isSwitch ? 'Switch' : 'Sensor'} ${String(i).padStart(4, '0')}`,
      zone: BENCH_ZONE,
      battery_level: null,
      value: isSwitch ? false : 20,
    });
    data.permissions.push({ role: OWNER_ROLE, component: id, read: true, write: true });
  }
  const file = join(tmpdir(), `simo-bench-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}
