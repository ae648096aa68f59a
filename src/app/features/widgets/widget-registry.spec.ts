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
