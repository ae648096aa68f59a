import { aComponent } from '../../domain/testing';
import { widgetKindFor } from './widget-registry';
import { describeValue } from './describe-value';

describe('widget registry', () => {
  const cases: [string, Parameters<typeof aComponent>[0], string][] = [
    ['a switch by app_widget', { widgetType: 'switch-single', baseType: 'switch', value: true }, 'switch'],
    ['a dimmer (knob)', { widgetType: 'knob', baseType: 'dimmer', value: 40 }, 'dimmer'],
    ['a graph sensor', { widgetType: 'numeric-sensor-graph', baseType: 'numeric-sensor', value: 6.3 }, 'numeric-sensor'],
    ['air quality', { widgetType: 'air-quality', baseType: 'multi-sensor', value: [['co2', 640, 'ppm']] }, 'multi-sensor'],
    ['a fleet DHT sensor reporting numeric-sensor with a list', { widgetType: 'numeric-sensor', baseType: 'multi-sensor', value: [['temperature', 21, 'C']] }, 'multi-sensor'],
    ['no app_widget, by base type', { widgetType: null, baseType: 'binary-sensor', value: false }, 'binary-sensor'],
    ['a triple switch', { widgetType: 'switch-triple', baseType: 'switch-triple', value: [true, false, true] }, 'multi-switch'],
    ['a triple switch with two values', { widgetType: 'switch-triple', baseType: 'switch-triple', value: [true, false] }, 'plain'],
    ['a dimmer-plus', { widgetType: 'knob-plus', baseType: 'dimmer-plus', value: { main: 0.5, secondary: 0 } }, 'dimmer-plus'],
    ['an RGBW light', { widgetType: 'rgb-light', baseType: 'rgbw-light', value: { scenes: ['#000000', '#000000', '#000000', '#000000', '#000000'], active: 0, is_on: true } }, 'rgbw-light'],
    ['a button', { widgetType: 'button', baseType: 'button', value: 'click' }, 'button'],
    ['a lock', { widgetType: 'lock', baseType: 'lock', value: 'unlocking' }, 'lock'],
    ['a gate', { widgetType: 'gate', baseType: 'gate', value: 'open_moving' }, 'gate'],
    ['slides', { widgetType: 'slides', baseType: 'blinds', value: { target: 0, position: 0 } }, 'blinds'],
    ['an alarm group', { widgetType: 'alarm-group', baseType: 'alarm-group', value: 'breached' }, 'alarm-group'],
    ['a thermostat', { widgetType: 'thermostat', baseType: 'thermostat', value: { current_temp: 20, target_temp: 21 } }, 'thermostat'],
    ['the weather, even empty', { widgetType: 'weather', baseType: 'weather', value: {} }, 'weather'],
    ['a camera', { widgetType: 'ip-camera', baseType: 'ip-camera', value: '' }, 'ip-camera'],
    ['a video player', { widgetType: 'video-player', baseType: 'video-player', value: 'stopped' }, 'player'],
    ['a state select with states', { widgetType: 'state-select', baseType: 'state-select', value: 'day', config: { states: [{ slug: 'day' }] } }, 'state-select'],
    ['a state select without states', { widgetType: 'state-select', baseType: 'state-select', value: 'day', config: {} }, 'plain'],
    ['a script', { widgetType: 'script', baseType: 'script', value: 'error' }, 'script'],
    ['watering', { widgetType: 'watering', baseType: 'watering', value: { status: 'paused_program', program_progress: 3 } }, 'watering'],
    ['an alarm clock', { widgetType: 'alarm-clock', baseType: 'alarm-clock', value: { in_alarm: false, alarm_timestamp: null } }, 'alarm-clock'],
    ['a fleet sentinel by base type', { widgetType: null, baseType: 'sentinel', value: 3 }, 'numeric-sensor'],
    ['a switch whose value is broken', { widgetType: 'switch-single', baseType: 'switch', value: 'on' }, 'plain'],
    ['an unknown type', { widgetType: 'teleporter', baseType: 'teleporter', value: { x: 1 } }, 'plain'],
  ];
  for (const [name, c, kind] of cases) {
    it(`renders ${name} with the ${kind} widget`, () => expect(widgetKindFor(aComponent(c))).toBe(kind));
  }

  const values: [unknown, string | null, string][] = [
    [null, null, '—'],
    [true, null, 'On'],
    [21.456, '°C', '21.46°C'],
    ['open_moving', null, 'Open moving'],
    [[true, false], null, 'On · Off'],
    [{ status: 'stopped', program_progress: 0 }, null, 'Status: stopped, Program progress: 0'],
    [{ nested: { a: 1 } }, null, '…'],
  ];
  for (const [value, units, text] of values) {
    it(`describes ${JSON.stringify(value)} as "${text}"`, () => expect(describeValue(value, units)).toBe(text));
  }
});
