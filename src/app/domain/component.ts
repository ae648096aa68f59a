import { parseHubTime } from './hub-time';
import { intOrNull, isInt, isObject, stringOrNull, type JsonObject } from './json';

export type ArmStatus = 'disarmed' | 'pending-arm' | 'armed' | 'breached';
const ARM_STATUSES: readonly string[] = ['disarmed', 'pending-arm', 'armed', 'breached'];

export function isArmStatus(v: unknown): v is ArmStatus {
  return typeof v === 'string' && ARM_STATUSES.includes(v);
}

/** A SIMO component as the app keeps it: its definition and its live state in one record. */
export interface HubComponent {
  readonly id: number;
  readonly name: string;
  readonly icon: string | null;
  readonly zone: number | null;
  readonly category: number | null;
  readonly showInApp: boolean;
  readonly baseType: string;
  readonly controllerUid: string;
  /** `app_widget.type`, or null when the hub gives `{}`. */
  readonly widgetType: string | null;
  readonly widgetSize: readonly [number, number];
  readonly value: unknown;
  readonly valueUnits: string | null;
  readonly config: JsonObject;
  readonly meta: unknown;
  readonly alive: boolean;
  readonly errorMsg: string | null;
  readonly batteryLevel: number | null;
  readonly alarmCategory: string | null;
  readonly armStatus: ArmStatus;
  /** Epoch seconds of the last state change. */
  readonly lastChange: number | null;
  /** Epoch seconds of the last definition change; a newer one on the feed means "refetch me". */
  readonly lastModified: number | null;
  readonly readOnly: boolean;
  readonly slaves: readonly number[];
  readonly controllerMethods: readonly string[];
  readonly info: string | null;
  /**
   * The newest moment this record is known to reflect (REST `last_change` or a feed `timestamp`). A feed
   * message must be newer to be applied: retained and replayed messages are old news.
   */
  readonly syncedAt: number;
}

/** Parses one entry of `core/components/`; null when it lacks what a component must have. */
export function parseComponent(raw: unknown): HubComponent | null {
  if (!isObject(raw) || !isInt(raw['id']) || typeof raw['name'] !== 'string' || typeof raw['base_type'] !== 'string') {
    return null;
  }
  const widget = isObject(raw['app_widget']) ? raw['app_widget'] : {};
  const size = Array.isArray(widget['size']) && widget['size'].length === 2 && widget['size'].every(isInt)
    ? ([widget['size'][0], widget['size'][1]] as [number, number])
    : ([2, 1] as [number, number]);
  const lastChange = parseHubTime(raw['last_change']);
  return {
    id: raw['id'],
    name: raw['name'],
    icon: stringOrNull(raw['icon']) ?? null,
    zone: intOrNull(raw['zone']) ?? null,
    category: intOrNull(raw['category']) ?? null,
    showInApp: raw['show_in_app'] !== false,
    baseType: raw['base_type'],
    controllerUid: typeof raw['controller_uid'] === 'string' ? raw['controller_uid'] : '',
    widgetType: typeof widget['type'] === 'string' ? widget['type'] : null,
    widgetSize: size,
    value: raw['value'] ?? null,
    valueUnits: stringOrNull(raw['value_units']) ?? null,
    config: isObject(raw['config']) ? raw['config'] : {},
    meta: isObject(raw['meta']) || Array.isArray(raw['meta']) ? raw['meta'] : {},
    alive: raw['alive'] !== false,
    errorMsg: stringOrNull(raw['error_msg']) ?? null,
    batteryLevel: intOrNull(raw['battery_level']) ?? null,
    alarmCategory: stringOrNull(raw['alarm_category']) ?? null,
    armStatus: isArmStatus(raw['arm_status']) ? raw['arm_status'] : 'disarmed',
    lastChange,
    lastModified: parseHubTime(raw['last_modified']),
    readOnly: raw['read_only'] === true,
    slaves: Array.isArray(raw['slaves']) ? raw['slaves'].filter(isInt) : [],
    controllerMethods: Array.isArray(raw['controller_methods'])
      ? raw['controller_methods'].filter((m): m is string => typeof m === 'string')
      : [],
    info: stringOrNull(raw['info']) ?? null,
    syncedAt: lastChange ?? 0,
  };
}

/** Whether the hub would accept `method` on this component (it checks `controller_methods`). */
export function canCall(c: Pick<HubComponent, 'controllerMethods' | 'readOnly'>, method: string): boolean {
  return !c.readOnly && c.controllerMethods.includes(method);
}

/** The widget key: `app_widget.type` first, then `base_type`. */
export function widgetKey(c: Pick<HubComponent, 'widgetType' | 'baseType'>): string {
  return c.widgetType ?? c.baseType;
}

export const LOW_BATTERY_PERCENT = 20;

export function hasLowBattery(c: Pick<HubComponent, 'batteryLevel'>): boolean {
  return c.batteryLevel !== null && c.batteryLevel < LOW_BATTERY_PERCENT;
}
