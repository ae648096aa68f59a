import type { ComponentSave, HubDb } from '../model/db.js';
import type { CategoryRow, ComponentRow, InstanceUserRow, JsonValue, ZoneRow } from '../model/types.js';
import type { Bus } from './bus.js';
import { djangoDatetime } from './hub-time.js';

/** ContentType ids; installation-specific on a real hub, so clients must read the topic's model instead. */
const CONTENT_TYPES = { Component: 12, Zone: 9, Category: 10, InstanceUser: 30 } as const;

export type ActorType = 'user' | 'system' | 'device' | 'ai' | null;
export interface Actor {
  type: ActorType;
  userId?: number | null;
}

const DATETIME_FIELDS = new Set(['last_change', 'last_modified', 'last_seen']);

/** json.dumps(default=str): datetimes inside payloads become Django's string form. */
function dirtyForMqtt(dirty: Record<string, JsonValue>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(dirty)) {
    out[k] = DATETIME_FIELDS.has(k) && typeof v === 'number' ? djangoDatetime(v) : v;
  }
  return out;
}

/**
 * Publishes the internal `SIMO/obj-state/<instance uid>/<Model>/<pk>` events (retained, QoS 0) that the
 * fanout turns into per-user feed messages (core/events.py:83-127).
 */
export class ObjectEvents {
  constructor(
    private readonly db: HubDb,
    private readonly bus: Bus,
  ) {}

  componentSaved(save: ComponentSave, actor: Actor = { type: null }): Promise<void> {
    const c = save.component;
    const dirty = { ...save.dirty };
    if ('value' in dirty || 'arm_status' in dirty || 'battery_level' in dirty || 'alive' in dirty || 'meta' in dirty) {
      dirty['last_change'] = c.last_change;
    }
    const actorFields = this.actorFields(c.instance, actor);
    const body = {
      obj_ct_pk: CONTENT_TYPES.Component,
      obj_pk: c.id,
      dirty_fields: dirtyForMqtt(dirty),
      actor: actorFields.actor,
      actor_type: actorFields.actor_type,
      actor_user_id: actorFields.actor_user_id,
      actor_instance_user_id: actorFields.actor_instance_user_id,
      ...this.componentState(c),
    };
    const sends = [this.publish(c.instance, 'Component', c.id, body)];
    // Master echo (core/models.py:794-812): components that hold this one as a slave announce themselves
    // too, with `slave_id` and without `dirty_fields` or `actor`.
    for (const master of this.db.mastersOf(c.id)) {
      sends.push(
        this.publish(master.instance, 'Component', master.id, {
          obj_ct_pk: CONTENT_TYPES.Component,
          obj_pk: master.id,
          ...this.componentState(master),
          slave_id: c.id,
          actor_type: actorFields.actor_type,
          actor_user_id: actorFields.actor_user_id,
          actor_instance_user_id: actorFields.actor_instance_user_id,
        }),
      );
    }
    return Promise.all(sends).then(() => undefined);
  }

  zoneSaved(zone: ZoneRow, dirty: Record<string, JsonValue>): Promise<void> {
    return this.publish(zone.instance, 'Zone', zone.id, {
      obj_ct_pk: CONTENT_TYPES.Zone,
      obj_pk: zone.id,
      dirty_fields: dirtyForMqtt(dirty),
      name: zone.name,
    });
  }

  categorySaved(category: CategoryRow, dirty: Record<string, JsonValue>): Promise<void> {
    return this.publish(category.instance, 'Category', category.id, {
      obj_ct_pk: CONTENT_TYPES.Category,
      obj_pk: category.id,
      dirty_fields: dirtyForMqtt(dirty),
      name: category.name,
      last_modified: djangoDatetime(category.last_modified),
    });
  }

  instanceUserSaved(iu: InstanceUserRow, dirty: Record<string, JsonValue>): Promise<void> {
    return this.publish(iu.instance, 'InstanceUser', iu.id, {
      obj_ct_pk: CONTENT_TYPES.InstanceUser,
      obj_pk: iu.id,
      dirty_fields: dirtyForMqtt(dirty),
      at_home: iu.at_home,
      last_seen: iu.last_seen === null ? null : djangoDatetime(iu.last_seen),
      last_seen_location: iu.last_seen_location,
      last_seen_speed_kmh: iu.last_seen_speed_kmh,
      phone_on_charge: iu.phone_on_charge,
      is_active: iu.is_active,
      role: iu.role,
    });
  }

  private componentState(c: ComponentRow) {
    return {
      value: c.value,
      last_change: djangoDatetime(c.last_change),
      last_modified: djangoDatetime(c.last_modified),
      arm_status: c.arm_status,
      breach_delay: c.breach_delay,
      battery_level: c.battery_level,
      alive: c.alive,
      meta: c.meta,
    };
  }

  private actorFields(instanceId: number, actor: Actor) {
    const user = actor.userId ? this.db.user(actor.userId) : undefined;
    const iu = user ? this.db.data.instance_users.find((m) => m.user === user.id && m.instance === instanceId) : undefined;
    const role = iu ? this.db.role(iu.role) : undefined;
    const instance = this.db.instance(instanceId);
    return {
      actor: iu && user && role && instance ? `${user.name} is ${role.name} on ${instance.name}` : null,
      actor_type: actor.type,
      actor_user_id: user?.id ?? null,
      actor_instance_user_id: actor.type === 'user' ? (iu?.id ?? null) : null,
    };
  }

  private publish(instanceId: number, model: string, pk: number, body: Record<string, unknown>): Promise<void> {
    const instance = this.db.instance(instanceId);
    if (!instance) return Promise.resolve();
    // The timestamp is taken at publish time, after the commit (core/events.py:100).
    const payload = JSON.stringify({ ...body, timestamp: Date.now() / 1000 });
    return this.bus.publish(`SIMO/obj-state/${instance.uid}/${model}/${pk}`, payload, { qos: 0, retain: true });
  }
}
