import type { ComponentRow, JsonObject } from '../../model/types.js';
import { PythonError, validationError } from '../python-error.js';
import { arg, configNumber, num, optionalArg, report, type Effect, type Method } from './method.js';

/** thermostat (§7.1, §7.2). */

function thermostatTarget(conf: JsonObject, fallback: number): number {
  const eco = conf['eco'] as JsonObject | undefined;
  if (eco?.['active']) return eco['lower_limit'] as number;
  const hard = conf['hard'] as JsonObject | undefined;
  if (hard?.['active'] && typeof hard['target'] === 'number') return hard['target'];
  const daily = conf['daily'] as JsonObject | undefined;
  const h24 = (daily?.['options'] as JsonObject | undefined)?.['24h'] as JsonObject | undefined;
  return typeof h24?.['target'] === 'number' ? h24['target'] : fallback;
}

function thermostatUpdate(c: ComponentRow, conf: JsonObject): Effect {
  const value = { ...(c.value as JsonObject) };
  value['target_temp'] = thermostatTarget(conf, value['target_temp'] as number);
  const current = value['current_temp'] as number;
  value['heating'] = value['mode'] !== 'cooler' && current < (value['target_temp'] as number) - 0.3;
  value['cooling'] = value['mode'] === 'cooler' && current > (value['target_temp'] as number) + 0.3;
  return report({ config: { ...c.config, user_config: conf }, value });
}

export const thermostatMethods: Record<string, Method> = {
  send: () => {
    throw validationError('Thermostat does not accept values.');
  },
  hold: (c, a, k) => {
    const t = optionalArg(a, k, 0, 'temperature');
    const conf = structuredClone(c.config['user_config'] as JsonObject);
    if (t === undefined || t === null) conf['hard'] = { ...(conf['hard'] as JsonObject), active: false };
    else {
      const n = num(t, 'temperature');
      if (n < configNumber(c, 'min', 4) || n > configNumber(c, 'max', 36)) throw validationError('Temperature out of range.');
      conf['hard'] = { active: true, target: n };
    }
    return thermostatUpdate(c, conf);
  },
  enable_eco_mode: (c) => {
    const conf = structuredClone(c.config['user_config'] as JsonObject);
    conf['eco'] = { ...(conf['eco'] as JsonObject), active: true };
    return thermostatUpdate(c, conf);
  },
  disable_eco_mode: (c) => {
    const conf = structuredClone(c.config['user_config'] as JsonObject);
    conf['eco'] = { ...(conf['eco'] as JsonObject), active: false };
    return thermostatUpdate(c, conf);
  },
  update_user_conf: (c, a, k) => {
    const conf = arg(a, k, 0, 'new_conf', 'update_user_conf');
    if (!conf || typeof conf !== 'object' || Array.isArray(conf)) {
      throw new PythonError('simo.core.utils.config_values.ConfigException', "{'__all__': 'Dictionary required.'}");
    }
    return thermostatUpdate(c, { ...(c.config['user_config'] as JsonObject), ...conf });
  },
  get_current_target_temperature: (c) => ({ result: (c.value as JsonObject)['target_temp'] ?? null }),
};
