import { isBinaryValue } from './binary-sensor';
import { isDimmerValue } from './dimmer';
import { isFiniteNumber, isObject } from './json';
import { parseReadings } from './multi-sensor';
import { isMultiSwitchValue, isSwitchValue, switchChannels } from './switch';

const STRING_STATES: Record<string, readonly string[]> = {
  lock: ['locked', 'unlocked', 'locking', 'unlocking', 'operating', 'fault'],
  gate: ['closed', 'open', 'open_moving', 'closed_moving'],
  'alarm-group': ['disarmed', 'pending-arm', 'armed', 'breached'],
  button: ['up', 'down', 'hold', 'click', 'double-click', 'triple-click', 'quadruple-click', 'quintuple-click'],
};

/**
 * Whether a value has the shape §7.1 gives for a base type. A feed message whose value fails this is not
 * applied: one malformed message must not put nonsense on a tile. Unknown types accept any JSON.
 */
export function isValueShapeValid(baseType: string, value: unknown): boolean {
  const channels = switchChannels(baseType);
  if (channels) return isMultiSwitchValue(value, channels);
  switch (baseType) {
    case 'switch':
      return isSwitchValue(value);
    case 'binary-sensor':
      return isBinaryValue(value);
    case 'dimmer':
    case 'numeric-sensor':
      return isDimmerValue(value);
    case 'multi-sensor':
      return parseReadings(value) !== null;
    case 'dimmer-plus':
      return isObject(value) && isFiniteNumber(value['main']);
    case 'rgbw-light':
      return isObject(value) && Array.isArray(value['scenes']) && typeof value['is_on'] === 'boolean';
    case 'blinds':
      return isObject(value) && isFiniteNumber(value['position']);
    case 'thermostat':
    case 'watering':
    case 'alarm-clock':
      return isObject(value);
    case 'state-select':
    case 'script':
    case 'audio-player':
    case 'video-player':
      return typeof value === 'string';
  }
  const states = STRING_STATES[baseType];
  if (states) return typeof value === 'string' && states.includes(value);
  return true;
}
