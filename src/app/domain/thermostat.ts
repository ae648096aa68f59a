import { isFiniteNumber, isObject, type JsonObject } from './json';

/** thermostat: current and target temperature, heating/cooling and mode (§7.1, §7.2). */
export type ThermostatMode = 'auto' | 'heater' | 'cooler';

export interface ThermostatValue {
  readonly mode: ThermostatMode | null;
  readonly current: number | null;
  readonly target: number | null;
  readonly heating: boolean;
  readonly cooling: boolean;
}

export function parseThermostat(v: unknown): ThermostatValue | null {
  if (!isObject(v)) return null;
  const mode = v['mode'] === 'auto' || v['mode'] === 'heater' || v['mode'] === 'cooler' ? v['mode'] : null;
  const current = isFiniteNumber(v['current_temp']) ? v['current_temp'] : null;
  const target = isFiniteNumber(v['target_temp']) ? v['target_temp'] : null;
  if (current === null && target === null) return null;
  return { mode, current, target, heating: v['heating'] === true, cooling: v['cooling'] === true };
}

/** What the user has set: eco and a held target (the presets that win, §7.2). */
export interface ThermostatSettings {
  readonly eco: boolean;
  readonly hold: number | null;
  readonly min: number;
  readonly max: number;
}

export function thermostatSettings(config: JsonObject): ThermostatSettings {
  const conf = isObject(config['user_config']) ? config['user_config'] : {};
  const eco = isObject(conf['eco']) && conf['eco']['active'] === true;
  const hard = isObject(conf['hard']) ? conf['hard'] : {};
  const hold = hard['active'] === true && isFiniteNumber(hard['target']) ? hard['target'] : null;
  const min = isFiniteNumber(config['min']) ? config['min'] : 4;
  const max = isFiniteNumber(config['max']) && config['max'] > min ? config['max'] : Math.max(min + 1, 36);
  return { eco, hold, min, max };
}

export function thermostatActivity(v: ThermostatValue): string {
  if (v.heating) return 'Heating';
  if (v.cooling) return 'Cooling';
  return 'Idle';
}
