/** Records of the simulated hub's database, shaped like the real hub's Django models. */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface UserRow {
  id: number;
  email: string;
  name: string;
  /** 20 characters of [A-Za-z0-9]: REST `Secret` header and MQTT password. */
  secret_key: string;
  /** Stand-in for the simo.io SSO password; only the /login/ page uses it. */
  sso_password: string;
  is_master: boolean;
  last_action: number;
  /** Path of the avatar under /media/, or null. */
  avatar: string | null;
}

export interface InstanceRow {
  id: number;
  uid: string;
  slug: string;
  name: string;
  timezone: string;
  units_of_measure: 'metric' | 'imperial';
  location: string;
  is_active: boolean;
}

export interface RoleRow {
  id: number;
  instance: number;
  name: string;
  is_owner: boolean;
  is_superuser: boolean;
  can_manage_users: boolean;
  is_person: boolean;
  is_default: boolean;
}

export interface InstanceUserRow {
  id: number;
  user: number;
  instance: number;
  role: number;
  is_active: boolean;
  at_home: boolean;
  last_seen: number | null;
  last_seen_location: string | null;
  last_seen_speed_kmh: number;
  phone_on_charge: boolean;
}

export interface ZoneRow {
  id: number;
  instance: number;
  name: string;
  order: number;
}

export interface CategoryRow {
  id: number;
  instance: number;
  name: string;
  all: boolean;
  icon: string | null;
  order: number;
  last_modified: number;
}

export type AlarmCategory = null | 'security' | 'fire' | 'flood' | 'other';
export type ArmStatus = 'disarmed' | 'pending-arm' | 'armed' | 'breached';

export interface ComponentRow {
  id: number;
  instance: number;
  name: string;
  icon: string | null;
  zone: number;
  category: number | null;
  show_in_app: boolean;
  base_type: string;
  controller_uid: string;
  app_widget: { type: string; size: [number, number] } | Record<string, never>;
  value: JsonValue;
  value_previous: JsonValue;
  value_units: string | null;
  config: JsonObject;
  meta: JsonObject | JsonValue[];
  alive: boolean;
  error_msg: string | null;
  battery_level: number | null;
  alarm_category: AlarmCategory;
  arm_status: ArmStatus;
  breach_delay: number;
  last_change: number;
  last_modified: number;
  slaves: number[];
  info: string | null;
  masters_only: boolean;
}

export interface PermissionRow {
  role: number;
  component: number;
  read: boolean;
  write: boolean;
}

export interface NotificationRow {
  id: number;
  instance: number;
  datetime: number;
  severity: 'info' | 'warning' | 'alarm';
  title: string;
  body: string;
  component: number | null;
  to_users: number[];
  archived_by: number[];
}

/** The whole database: what a fixture file holds. */
export interface HubData {
  hub_uid: string;
  users: UserRow[];
  instances: InstanceRow[];
  roles: RoleRow[];
  instance_users: InstanceUserRow[];
  zones: ZoneRow[];
  categories: CategoryRow[];
  components: ComponentRow[];
  permissions: PermissionRow[];
  notifications: NotificationRow[];
}
