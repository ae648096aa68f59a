import { isArmStatus, type HubComponent } from './component';
import { parseHubTime } from './hub-time';
import { intOrNull, isFiniteNumber, isInt, isObject, stringOrNull, type JsonObject } from './json';

/**
 * What one Component feed message says (§4.4), checked: a message without a usable `timestamp` cannot
 * be ordered, and one with a field of the wrong type is corrupt; both are refused.
 */
export interface ComponentEvent {
  readonly id: number;
  /** Publish time, float epoch seconds. */
  readonly timestamp: number;
  readonly state: Partial<Pick<HubComponent, 'value' | 'alive' | 'batteryLevel' | 'armStatus' | 'meta' | 'lastChange' | 'errorMsg'>>;
  /** Definition fields from `dirty_fields` (name, zone, …), applied as they come. */
  readonly definition: Partial<Pick<HubComponent, 'name' | 'icon' | 'zone' | 'category' | 'showInApp' | 'valueUnits' | 'config'>>;
  /** The message's `last_modified`, when it has one: newer than ours means the definition changed. */
  readonly lastModified: number | null;
  readonly actorUserId: number | null;
}

/** Body fields that, when present, must have these types; a message breaking one is corrupt. */
const COMPONENT_FIELD_CHECKS: Record<string, (v: unknown) => boolean> = {
  alive: (v) => typeof v === 'boolean',
  battery_level: (v) => v === null || isInt(v),
  arm_status: isArmStatus,
  meta: (v) => isObject(v) || Array.isArray(v),
  last_change: (v) => parseHubTime(v) !== null,
  dirty_fields: isObject,
};

/**
 * A feed `timestamp` is epoch seconds from the hub's clock. One beyond any real clock (after the year
 * 2286) is refused: accepted, it would put the entity's clock so far ahead that every real message after
 * it looked old, until the next full resync. (The fuzz test found this.)
 */
export function isFeedTimestamp(v: unknown): v is number {
  return isFiniteNumber(v) && v < 1e10;
}

export function parseComponentEvent(id: number, body: unknown): ComponentEvent | null {
  if (!isObject(body) || !isFeedTimestamp(body['timestamp'])) return null;
  // The real hub never sends a field of the wrong type: such a message is dropped whole, so that it
  // cannot advance the component's clock past the messages that follow it.
  for (const [field, ok] of Object.entries(COMPONENT_FIELD_CHECKS)) {
    if (field in body && !ok(body[field])) return null;
  }
  const dirty: JsonObject = isObject(body['dirty_fields']) ? body['dirty_fields'] : {};
  const state: Record<string, unknown> = {};
  if ('value' in body) state['value'] = body['value'];
  if (typeof body['alive'] === 'boolean') state['alive'] = body['alive'];
  const battery = intOrNull(body['battery_level']);
  if (battery !== undefined) state['batteryLevel'] = battery;
  if (isArmStatus(body['arm_status'])) state['armStatus'] = body['arm_status'];
  if (isObject(body['meta']) || Array.isArray(body['meta'])) state['meta'] = body['meta'];
  const lastChange = parseHubTime(body['last_change']);
  if (lastChange !== null) state['lastChange'] = lastChange;
  // error_msg is never in the body, only in dirty_fields when it changed.
  const err = stringOrNull(dirty['error_msg']);
  if (err !== undefined) state['errorMsg'] = err;

  const definition: Record<string, unknown> = {};
  if (typeof dirty['name'] === 'string') definition['name'] = dirty['name'];
  const icon = stringOrNull(dirty['icon']);
  if (icon !== undefined) definition['icon'] = icon;
  if (isInt(dirty['zone'])) definition['zone'] = dirty['zone'];
  const category = intOrNull(dirty['category']);
  if (category !== undefined) definition['category'] = category;
  if (typeof dirty['show_in_app'] === 'boolean') definition['showInApp'] = dirty['show_in_app'];
  const units = stringOrNull(dirty['value_units']);
  if (units !== undefined) definition['valueUnits'] = units;
  if (isObject(dirty['config'])) definition['config'] = dirty['config'];

  return {
    id,
    timestamp: body['timestamp'],
    state: state as ComponentEvent['state'],
    definition: definition as ComponentEvent['definition'],
    lastModified: parseHubTime(body['last_modified']),
    actorUserId: intOrNull(body['actor_user_id']) ?? null,
  };
}

/** Zone and Category messages: a name, and for zones an `order` change that only a refetch can apply. */
export interface NamedEvent {
  readonly id: number;
  readonly timestamp: number;
  readonly name: string | null;
  readonly needsRefetch: boolean;
  readonly lastModified: number | null;
}

export function parseNamedEvent(id: number, body: unknown): NamedEvent | null {
  if (!isObject(body) || !isFeedTimestamp(body['timestamp'])) return null;
  const dirty = isObject(body['dirty_fields']) ? body['dirty_fields'] : {};
  return {
    id,
    timestamp: body['timestamp'],
    name: typeof body['name'] === 'string' ? body['name'] : null,
    needsRefetch: 'order' in dirty,
    lastModified: parseHubTime(body['last_modified']),
  };
}

/** InstanceUser messages (§4.5): presence of one member. */
export interface PresenceEvent {
  readonly id: number;
  readonly timestamp: number;
  readonly atHome?: boolean;
  readonly lastSeen?: number;
  readonly lastSeenLocation?: string | null;
  readonly phoneOnCharge?: boolean;
  readonly isActive?: boolean;
}

export function parsePresenceEvent(id: number, body: unknown): PresenceEvent | null {
  if (!isObject(body) || !isFeedTimestamp(body['timestamp'])) return null;
  const out: { -readonly [K in keyof PresenceEvent]: PresenceEvent[K] } = { id, timestamp: body['timestamp'] };
  if (typeof body['at_home'] === 'boolean') out.atHome = body['at_home'];
  const seen = parseHubTime(body['last_seen']);
  if (seen !== null) out.lastSeen = seen;
  const loc = stringOrNull(body['last_seen_location']);
  if (loc !== undefined) out.lastSeenLocation = loc;
  if (typeof body['phone_on_charge'] === 'boolean') out.phoneOnCharge = body['phone_on_charge'];
  if (typeof body['is_active'] === 'boolean') out.isActive = body['is_active'];
  return out;
}

/** `perms-changed`: `{instance_id: int, timestamp: int}`; tolerated loosely since we refetch anyway. */
export function parsePermsChanged(body: unknown): { instanceId: number | null } | null {
  if (!isObject(body)) return null;
  return { instanceId: isInt(body['instance_id']) ? body['instance_id'] : null };
}
