import { alarmGroupState } from '../../domain/alarm-group';
import { parseAlarmClock } from '../../domain/alarm-clock';
import { isBinaryValue } from '../../domain/binary-sensor';
import { parseBlinds } from '../../domain/blinds';
import { isButtonEvent } from '../../domain/button';
import type { HubComponent } from '../../domain/component';
import { isDimmerValue } from '../../domain/dimmer';
import { parseDimmerPlus } from '../../domain/dimmer-plus';
import { isGateState } from '../../domain/gate';
import { isLockState } from '../../domain/lock';
import { parseReadings } from '../../domain/multi-sensor';
import { isNumericValue } from '../../domain/numeric-sensor';
import { isPlayerStatus } from '../../domain/player';
import { parseRgbw } from '../../domain/rgbw-light';
import { isScriptState } from '../../domain/script';
import { parseStates } from '../../domain/state-select';
import { isMultiSwitchValue, isSwitchValue, switchChannels } from '../../domain/switch';
import { parseThermostat } from '../../domain/thermostat';
import { parseWatering } from '../../domain/watering';

export type WidgetKind =
  | 'switch' | 'multi-switch' | 'dimmer' | 'dimmer-plus' | 'rgbw-light' | 'binary-sensor' | 'numeric-sensor' | 'multi-sensor'
  | 'button' | 'lock' | 'gate' | 'blinds' | 'alarm-group' | 'thermostat' | 'weather' | 'ip-camera' | 'player' | 'state-select'
  | 'script' | 'watering' | 'alarm-clock' | 'plain';

/**
 * The tile renders each kind with its widget in an explicit `@switch` (component-tile.html) rather than a
 * dynamic outlet: the outlet's code would land in the initial bundle through a module shared with start-up.
 */
export interface WidgetEntry {
  readonly kind: WidgetKind;
  /** The widget can show this component truthfully (its value has the shape the widget needs). */
  readonly supports: (c: HubComponent) => boolean;
}

const entry = (kind: WidgetKind, supports: (c: HubComponent) => boolean): WidgetEntry => ({ kind, supports });

const E = {
  switch: entry('switch', (c) => isSwitchValue(c.value)),
  multiSwitch: entry('multi-switch', (c) => isMultiSwitchValue(c.value, switchChannels(c.baseType))),
  dimmer: entry('dimmer', (c) => isDimmerValue(c.value)),
  dimmerPlus: entry('dimmer-plus', (c) => parseDimmerPlus(c.value) !== null),
  rgbw: entry('rgbw-light', (c) => parseRgbw(c.value) !== null),
  binary: entry('binary-sensor', (c) => isBinaryValue(c.value)),
  numeric: entry('numeric-sensor', (c) => isNumericValue(c.value)),
  multi: entry('multi-sensor', (c) => parseReadings(c.value) !== null),
  button: entry('button', (c) => isButtonEvent(c.value)),
  lock: entry('lock', (c) => isLockState(c.value)),
  gate: entry('gate', (c) => isGateState(c.value)),
  blinds: entry('blinds', (c) => parseBlinds(c.value) !== null),
  alarmGroup: entry('alarm-group', (c) => alarmGroupState(c.value) !== null),
  thermostat: entry('thermostat', (c) => parseThermostat(c.value) !== null),
  // The weather widget says honestly when the cloud sent nothing usable.
  weather: entry('weather', () => true),
  camera: entry('ip-camera', () => true),
  player: entry('player', (c) => isPlayerStatus(c.value)),
  stateSelect: entry('state-select', (c) => parseStates(c.config).length > 0),
  script: entry('script', (c) => isScriptState(c.value)),
  watering: entry('watering', (c) => parseWatering(c.value) !== null),
  alarmClock: entry('alarm-clock', (c) => parseAlarmClock(c.value) !== null),
};

const PLAIN: WidgetEntry = entry('plain', () => true);

/**
 * Widgets by the hub's `app_widget.type`, then by `base_type` (§7.1 "render by app_widget.type first").
 * Fleet temperature/humidity sensors report `numeric-sensor` with a list value: the supports check sends
 * them on to the base type's widget rather than showing a broken number.
 */
const BY_WIDGET_TYPE: Record<string, WidgetEntry> = {
  'switch-single': E.switch, 'switch-double': E.multiSwitch, 'switch-triple': E.multiSwitch, 'switch-quadruple': E.multiSwitch,
  'switch-quintuple': E.multiSwitch, knob: E.dimmer, 'knob-plus': E.dimmerPlus, 'rgb-light': E.rgbw, 'binary-sensor': E.binary,
  'numeric-sensor': E.numeric, 'numeric-sensor-graph': E.numeric, 'multi-sensor': E.multi, 'air-quality': E.multi, button: E.button,
  lock: E.lock, gate: E.gate, blinds: E.blinds, slides: E.blinds, 'alarm-group': E.alarmGroup, thermostat: E.thermostat,
  weather: E.weather, 'ip-camera': E.camera, 'audio-player': E.player, 'video-player': E.player, 'state-select': E.stateSelect,
  script: E.script, watering: E.watering, 'alarm-clock': E.alarmClock,
};

const BY_BASE_TYPE: Record<string, WidgetEntry> = {
  switch: E.switch, 'switch-double': E.multiSwitch, 'switch-triple': E.multiSwitch, 'switch-quadruple': E.multiSwitch,
  'switch-quintuple': E.multiSwitch, dimmer: E.dimmer, 'dimmer-plus': E.dimmerPlus, 'rgbw-light': E.rgbw, 'binary-sensor': E.binary,
  'numeric-sensor': E.numeric, 'multi-sensor': E.multi, button: E.button, lock: E.lock, gate: E.gate, blinds: E.blinds,
  'alarm-group': E.alarmGroup, thermostat: E.thermostat, weather: E.weather, 'ip-camera': E.camera, 'audio-player': E.player,
  'video-player': E.player, 'state-select': E.stateSelect, script: E.script, watering: E.watering, 'alarm-clock': E.alarmClock,
  sentinel: E.numeric, 'voice-assistant': E.binary, dali: E.switch,
};

/** The widget for a component; an unknown type or an unexpected value gets the plain, honest tile. */
export function widgetFor(c: HubComponent): WidgetEntry {
  for (const e of [c.widgetType ? BY_WIDGET_TYPE[c.widgetType] : undefined, BY_BASE_TYPE[c.baseType]]) {
    if (e?.supports(c)) return e;
  }
  return PLAIN;
}

export function widgetKindFor(c: HubComponent): WidgetKind {
  return widgetFor(c).kind;
}
