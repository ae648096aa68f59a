import type { HubComponent } from './component';

/** A component record for tests, with sensible defaults. */
export function aComponent(overrides: Partial<HubComponent> = {}): HubComponent {
  return {
    id: 1,
    name: 'Lamp',
    icon: null,
    zone: 1,
    category: null,
    showInApp: true,
    baseType: 'switch',
    controllerUid: 'simo.generic.controllers.DummySwitch',
    widgetType: 'switch-single',
    widgetSize: [2, 1],
    value: false,
    valueUnits: null,
    config: {},
    meta: {},
    alive: true,
    errorMsg: null,
    batteryLevel: null,
    alarmCategory: null,
    armStatus: 'disarmed',
    lastChange: 100,
    lastModified: 50,
    readOnly: false,
    slaves: [],
    controllerMethods: ['send', 'toggle', 'turn_off', 'turn_on'],
    info: null,
    syncedAt: 100,
    ...overrides,
  };
}
