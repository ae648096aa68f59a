import { canCall, hasLowBattery, parseComponent, widgetKey } from './component';
import { isValueShapeValid } from './value-shape';
import { clampLevel, dimmerIsOn, dimmerRange } from './dimmer';
import { parseReadings } from './multi-sensor';

describe('components', () => {
  const raw = {
    name: 'Kitchen light', icon: 'lightbulb', zone: 3, category: 5, show_in_app: true, id: 42,
    last_change: 1736101330.12, last_modified: 1735000000.5, read_only: false,
    app_widget: { type: 'switch-single', size: [2, 1] }, slaves: [], base_type: 'switch',
    controller_uid: 'simo.fleet.controllers.Switch', alive: true, error_msg: null, value: false, value_units: null,
    config: { colonel: 1 }, meta: {}, alarm_category: null, arm_status: 'disarmed', battery_level: null,
    controller_methods: ['toggle', 'turn_off', 'turn_on'], info: null, masters_only: false,
  };

  it('parses the REST representation', () => {
    const c = parseComponent(raw)!;
    expect(c.id).toBe(42);
    expect(c.widgetType).toBe('switch-single');
    expect(c.syncedAt).toBe(1736101330.12);
    expect(widgetKey(c)).toBe('switch-single');
    expect(canCall(c, 'toggle')).toBeTrue();
    expect(canCall(c, 'pulse')).toBeFalse();
    expect(canCall({ ...c, readOnly: true }, 'toggle')).toBeFalse();
  });

  it('falls back to base_type when app_widget is {}', () => {
    const c = parseComponent({ ...raw, app_widget: {} })!;
    expect(c.widgetType).toBeNull();
    expect(widgetKey(c)).toBe('switch');
  });

  it('refuses entries without id, name or base type, and repairs odd fields', () => {
    expect(parseComponent({ ...raw, id: '42' })).toBeNull();
    expect(parseComponent({ ...raw, name: null })).toBeNull();
    expect(parseComponent(null)).toBeNull();
    const odd = parseComponent({ ...raw, controller_methods: ['ok', 3], slaves: [1, 'x'], arm_status: '?', meta: 'x' })!;
    expect(odd.controllerMethods).toEqual(['ok']);
    expect(odd.slaves).toEqual([1]);
    expect(odd.armStatus).toBe('disarmed');
    expect(odd.meta).toEqual({});
  });

  it('marks batteries under 20 %', () => {
    expect(hasLowBattery({ batteryLevel: 19 })).toBeTrue();
    expect(hasLowBattery({ batteryLevel: 20 })).toBeFalse();
    expect(hasLowBattery({ batteryLevel: null })).toBeFalse();
  });

  const shapes: [string, unknown, boolean][] = [
    ['switch', true, true], ['switch', 1, false],
    ['switch-triple', [true, false, true], true], ['switch-triple', [true], false],
    ['dimmer', 40, true], ['dimmer', '40', false],
    ['numeric-sensor', 21.5, true], ['numeric-sensor', null, false],
    ['binary-sensor', false, true],
    ['multi-sensor', [['temperature', 21.5, 'C']], true], ['multi-sensor', 'x', false],
    ['lock', 'locked', true], ['lock', 'open', false],
    ['gate', 'open_moving', true], ['alarm-group', 'breached', true],
    ['blinds', { target: 0, position: 0, angle: 90 }, true], ['blinds', 5, false],
    ['some-new-type', { anything: 1 }, true],
  ];
  for (const [type, value, ok] of shapes) {
    it(`${ok ? 'accepts' : 'refuses'} ${JSON.stringify(value)} for ${type}`, () => expect(isValueShapeValid(type, value)).toBe(ok));
  }

  it('knows a dimmer range and clamps levels into it', () => {
    expect(dimmerRange({})).toEqual({ min: 0, max: 100 });
    expect(dimmerRange({ min: 10, max: 60 })).toEqual({ min: 10, max: 60 });
    expect(clampLevel(75.4, { min: 10, max: 60 })).toBe(60);
    expect(clampLevel(-3, { min: 0, max: 100 })).toBe(0);
    expect(dimmerIsOn(0, { min: 0, max: 100 })).toBeFalse();
    expect(dimmerIsOn(1, { min: 0, max: 100 })).toBeTrue();
  });

  it('parses multi-sensor readings', () => {
    expect(parseReadings([['temperature', 21.5, 'C'], ['humidity', 45, '%']])).toEqual([
      { label: 'temperature', value: 21.5, unit: 'C' },
      { label: 'humidity', value: 45, unit: '%' },
    ]);
    expect(parseReadings([['temperature']])).toBeNull();
    expect(parseReadings({})).toBeNull();
  });
});
