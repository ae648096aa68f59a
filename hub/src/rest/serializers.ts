import type { HubDb } from '../model/db.js';
import type { ComponentRow, InstanceRow, UserRow } from '../model/types.js';
import { controllerMethods } from '../services/controllers/index.js';
import { drfSecondsString } from '../services/hub-time.js';

/** REST representations (core/serializers.py, users/serializers.py): timestamps are float seconds. */

export function instanceJson(i: InstanceRow) {
  return { uid: i.uid, slug: i.slug, name: i.name, timezone: i.timezone, units_of_measure: i.units_of_measure };
}

const BASIC_FIELDS = ['name', 'icon', 'zone', 'category', 'show_in_app'] as const;

export function componentJson(db: HubDb, user: UserRow, c: ComponentRow) {
  const out: Record<string, unknown> = {};
  for (const f of BASIC_FIELDS) out[f] = c[f];
  // Masters and role superusers also get every config-form field at top level.
  if (db.isInstanceSuperuser(user, c.instance)) {
    Object.assign(out, c.config, { alarm_category: c.alarm_category, value_units: c.value_units, slaves: c.slaves });
  }
  Object.assign(out, {
    id: c.id,
    last_change: c.last_change,
    last_modified: c.last_modified,
    read_only: db.isReadOnlyFor(user, c),
    app_widget: c.app_widget,
    slaves: c.slaves,
    base_type: c.base_type,
    controller_uid: c.controller_uid,
    alive: c.alive,
    error_msg: c.error_msg,
    value: c.value,
    value_units: c.value_units,
    config: c.config,
    meta: c.meta,
    alarm_category: c.alarm_category,
    arm_status: c.arm_status,
    battery_level: c.battery_level,
    controller_methods: controllerMethods(c),
    info: c.info,
    masters_only: c.masters_only,
  });
  return out;
}

/** Media URLs are absolute on the real hub, built from the request's host. */
export function mediaUrl(origin: string, path: string | null): string | null {
  return path ? `${origin}/media/${path}` : null;
}

export function statesJson(db: HubDb, user: UserRow, instanceId: number, origin: string) {
  const members = db.data.instance_users.filter((iu) => iu.instance === instanceId);
  const users = members
    .map((iu) => ({ iu, u: db.user(iu.user)! }))
    .filter(({ u }) => u !== undefined)
    .sort((a, b) => b.u.last_action - a.u.last_action)
    .map(({ iu, u }) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      avatar: u.avatar ? { url: mediaUrl(origin, u.avatar), last_change: u.last_action } : null,
      role: iu.role,
      is_master: u.is_master,
      is_active: iu.is_active,
      at_home: iu.at_home,
      last_action: drfSecondsString(u.last_action),
    }));
  return {
    zones: db.zones(instanceId).map((z) => ({ id: z.id, name: z.name })),
    categories: db.categories(instanceId).map((c) => ({ id: c.id, last_modified: c.last_modified })),
    component_values: db
      .components(instanceId)
      .filter((c) => db.canReadComponent(user, c))
      .map((c) => ({
        id: c.id,
        last_change: c.last_change,
        last_modified: c.last_modified,
        arm_status: c.arm_status,
        battery_level: c.battery_level,
        alive: c.alive,
        error_msg: c.error_msg,
        value: c.value,
        meta: c.meta,
      })),
    users,
  };
}

export function zonesJson(db: HubDb, user: UserRow, instanceId: number) {
  return db.zones(instanceId).map((z) => ({
    id: z.id,
    name: z.name,
    components: db
      .components(instanceId)
      .filter((c) => c.zone === z.id && db.canReadComponent(user, c))
      .map((c) => c.id),
  }));
}

export function categoriesJson(db: HubDb, instanceId: number) {
  return db.categories(instanceId).map((c) => ({
    id: c.id,
    name: c.name,
    all: c.all,
    icon: c.icon,
    header_image: null,
    header_image_thumb: null,
    last_modified: c.last_modified,
  }));
}

export function instanceUsersJson(db: HubDb, instanceId: number) {
  return db.data.instance_users
    .filter((iu) => iu.instance === instanceId && iu.is_active)
    .map((iu) => {
      const u = db.user(iu.user)!;
      const role = db.role(iu.role)!;
      return {
        id: iu.id,
        user_id: u.id,
        email: u.email,
        name: u.name,
        role_id: role.id,
        role_name: role.name,
        role_is_owner: role.is_owner,
        role_is_superuser: role.is_superuser,
        role_can_manage_users: role.can_manage_users,
        role_is_person: role.is_person,
        is_active: iu.is_active,
        at_home: iu.at_home,
        last_seen: iu.last_seen,
        last_seen_location: iu.last_seen_location,
        last_seen_speed_kmh: iu.last_seen_speed_kmh,
        phone_on_charge: iu.phone_on_charge,
      };
    });
}

export function notificationsJson(db: HubDb, user: UserRow, instanceId: number, archived: boolean) {
  return db.data.notifications
    .filter((n) => n.instance === instanceId && n.to_users.includes(user.id) && n.archived_by.includes(user.id) === archived)
    .sort((a, b) => b.datetime - a.datetime)
    .map((n) => ({ id: n.id, datetime: n.datetime, severity: n.severity, title: n.title, body: n.body, component: n.component, to_users: n.to_users }));
}

export function settingsJson(db: HubDb, hubUid: string, i: InstanceRow) {
  const comps = db.components(i.id);
  const main = (type: string) => comps.find((c) => c.base_type === type && c.config['is_main'] === true)?.id ?? null;
  return {
    hub_uid: hubUid,
    instance_name: i.name,
    instance_uid: i.uid,
    timezone: i.timezone,
    location: i.location,
    last_event: Math.max(0, ...comps.map((c) => c.last_change)) || null,
    weather: main('weather'),
    main_alarm_group: main('alarm-group'),
    main_state: main('state-select'),
    remote_http: null,
    local_http: null,
    units_of_measure: i.units_of_measure,
    history_days: 90,
    device_report_history_days: 0,
    indoor_climate_sensor: comps.find((c) => c.config['indoor_climate_sensor'] === true)?.id ?? null,
    version: '3.5.60',
    new_version_available: '3.5.60',
  };
}
