import type {
  ComponentRow, HubData, InstanceRow, InstanceUserRow, JsonValue, PermissionRow, RoleRow, UserRow, ZoneRow, CategoryRow,
} from './types.js';
import { isInAlarm } from './alarm.js';

/** Fields whose change bumps `last_change` (core/models.py:673-681). */
const LAST_CHANGE_FIELDS = ['value', 'arm_status', 'battery_level', 'alive', 'meta'] as const;
/** Fields whose change bumps `last_modified` (core/models.py:683-693). */
const LAST_MODIFIED_FIELDS = [
  'name', 'icon', 'zone', 'category', 'config', 'value_units', 'show_in_app', 'alarm_category', 'breach_delay',
] as const;

export type ComponentChanges = Partial<Omit<ComponentRow, 'id' | 'instance' | 'last_change' | 'last_modified'>>;

/** What one component save changed: the new values of the dirty fields, as django-dirtyfields reports them. */
export interface ComponentSave {
  component: ComponentRow;
  dirty: Record<string, JsonValue>;
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Epoch seconds with microseconds, as the hub's clocks give them. */
export function nowSeconds(): number {
  return Date.now() / 1000;
}

/**
 * The simulated hub's database: the real hub's models and the permission rules that sit on top of them.
 * Every mutation goes through a method here so that callers can emit the events the real hub would.
 */
export class HubDb {
  readonly data: HubData;

  constructor(data: HubData) {
    this.data = structuredClone(data);
  }

  // ---- users and memberships ------------------------------------------------------------------

  user(id: number): UserRow | undefined {
    return this.data.users.find((u) => u.id === id);
  }

  userByEmail(email: string): UserRow | undefined {
    const wanted = email.trim().toLowerCase();
    return this.data.users.find((u) => u.email.toLowerCase() === wanted);
  }

  userBySecret(secret: string): UserRow | undefined {
    return secret ? this.data.users.find((u) => u.secret_key === secret) : undefined;
  }

  /** users/models.py:443-474: active with one active membership; a master without any membership is always active. */
  isUserActive(user: UserRow): boolean {
    const rows = this.data.instance_users.filter((iu) => iu.user === user.id);
    if (user.is_master && rows.length === 0) return true;
    return rows.some((iu) => iu.is_active && this.instance(iu.instance)?.is_active);
  }

  /** Instances a user may use: every active one for masters, otherwise those with an active membership. */
  userInstances(user: UserRow): InstanceRow[] {
    if (!this.isUserActive(user)) return [];
    return this.data.instances.filter(
      (i) => i.is_active && (user.is_master || this.membership(user.id, i.id) !== undefined),
    );
  }

  /** The user's active membership of an instance. */
  membership(userId: number, instanceId: number): InstanceUserRow | undefined {
    return this.data.instance_users.find((iu) => iu.user === userId && iu.instance === instanceId && iu.is_active);
  }

  instanceUser(id: number): InstanceUserRow | undefined {
    return this.data.instance_users.find((iu) => iu.id === id);
  }

  role(id: number): RoleRow | undefined {
    return this.data.roles.find((r) => r.id === id);
  }

  // ---- instances, zones, categories -----------------------------------------------------------

  instance(id: number): InstanceRow | undefined {
    return this.data.instances.find((i) => i.id === id);
  }

  instanceBySlug(slug: string): InstanceRow | undefined {
    return this.data.instances.find((i) => i.slug === slug && i.is_active);
  }

  instanceByUid(uid: string): InstanceRow | undefined {
    return this.data.instances.find((i) => i.uid === uid && i.is_active);
  }

  zones(instanceId: number): ZoneRow[] {
    return this.data.zones.filter((z) => z.instance === instanceId).sort((a, b) => a.order - b.order || a.id - b.id);
  }

  zone(id: number): ZoneRow | undefined {
    return this.data.zones.find((z) => z.id === id);
  }

  categories(instanceId: number): CategoryRow[] {
    return this.data.categories
      .filter((c) => c.instance === instanceId)
      .sort((a, b) => a.order - b.order || a.id - b.id);
  }

  category(id: number): CategoryRow | undefined {
    return this.data.categories.find((c) => c.id === id);
  }

  // ---- components and permissions -------------------------------------------------------------

  component(id: number): ComponentRow | undefined {
    return this.data.components.find((c) => c.id === id);
  }

  components(instanceId: number): ComponentRow[] {
    return this.data.components.filter((c) => c.instance === instanceId).sort((a, b) => a.id - b.id);
  }

  permission(roleId: number, componentId: number): PermissionRow | undefined {
    return this.data.permissions.find((p) => p.role === roleId && p.component === componentId);
  }

  /** The "main" components every member sees through REST (core/api.py:159-207). */
  isMainComponent(c: ComponentRow): boolean {
    if (c.config['is_main'] === true && ['weather', 'alarm-group', 'state-select'].includes(c.base_type)) return true;
    return c.config['indoor_climate_sensor'] === true;
  }

  /** REST visibility: masters see everything, others what their role may read plus the main components. */
  canReadComponent(user: UserRow, c: ComponentRow): boolean {
    if (user.is_master) return true;
    const iu = this.membership(user.id, c.instance);
    if (!iu) return false;
    return this.permission(iu.role, c.id)?.read === true || this.isMainComponent(c);
  }

  /** run_app_mqtt_control.py:212-232: master, superuser or owner role, or a write permission row. */
  canControlComponent(user: UserRow, c: ComponentRow): boolean {
    if (user.is_master) return true;
    const iu = this.membership(user.id, c.instance);
    if (!iu) return false;
    const role = this.role(iu.role);
    if (role?.is_superuser || role?.is_owner) return true;
    return this.permission(iu.role, c.id)?.write === true;
  }

  /** core/serializers.py:593-606, including its quirk: no permission row at all reads as writable. */
  isReadOnlyFor(user: UserRow, c: ComponentRow): boolean {
    if (user.is_master) return false;
    const iu = this.membership(user.id, c.instance);
    if (!iu) return true;
    const role = this.role(iu.role);
    if (role?.is_superuser || role?.is_owner) return false;
    const perm = this.permission(iu.role, c.id);
    return perm ? !perm.write : false;
  }

  /** Whether the user is a superuser of the instance: masters and role superusers. */
  isInstanceSuperuser(user: UserRow, instanceId: number): boolean {
    if (user.is_master) return true;
    const iu = this.membership(user.id, instanceId);
    return iu ? this.role(iu.role)?.is_superuser === true : false;
  }

  /**
   * Who receives a feed message (run_app_mqtt_fanout.py:100-122): every active master, and the active
   * members of the instance; for components only those whose role is superuser or has `read`.
   */
  feedRecipients(instanceId: number, component?: ComponentRow): number[] {
    const ids = new Set<number>();
    for (const u of this.data.users) {
      if (u.is_master && this.isUserActive(u)) ids.add(u.id);
    }
    for (const iu of this.data.instance_users) {
      if (iu.instance !== instanceId || !iu.is_active) continue;
      const user = this.user(iu.user);
      if (!user) continue;
      if (!component || user.is_master || this.role(iu.role)?.is_superuser) {
        ids.add(user.id);
      } else if (this.permission(iu.role, component.id)?.read === true) {
        ids.add(user.id);
      }
    }
    return [...ids].sort((a, b) => a - b);
  }

  // ---- mutations ------------------------------------------------------------------------------

  /**
   * Saves a component the way the real model's save() does: computes dirty fields, keeps `arm_status`
   * coherent, bumps `last_change` / `last_modified`. Returns null when nothing changed (no event then).
   */
  saveComponent(id: number, changes: ComponentChanges): ComponentSave | null {
    const c = this.component(id);
    if (!c) return null;
    const next: ComponentRow = { ...c, ...structuredClone(changes) } as ComponentRow;
    if (!jsonEqual(next.value, c.value)) next.value_previous = c.value;
    // core/models.py:629-658: arm_status means nothing without an alarm category; an armed component
    // that goes into alarm is breached.
    if (!next.alarm_category) next.arm_status = 'disarmed';
    else if (next.arm_status === 'armed' && isInAlarm(next)) next.arm_status = 'breached';

    const dirty: Record<string, JsonValue> = {};
    for (const key of Object.keys(next) as (keyof ComponentRow)[]) {
      if (key === 'last_change' || key === 'last_modified' || key === 'slaves') continue;
      if (!jsonEqual(next[key], c[key])) dirty[key] = next[key] as JsonValue;
    }
    if (Object.keys(dirty).length === 0) return null;
    const now = nowSeconds();
    if (LAST_CHANGE_FIELDS.some((f) => f in dirty)) next.last_change = now;
    if (LAST_MODIFIED_FIELDS.some((f) => f in dirty)) next.last_modified = now;
    Object.assign(c, next);
    return { component: c, dirty };
  }

  /** Components that hold `slaveId` among their slaves: they get a "master echo" event. */
  mastersOf(slaveId: number): ComponentRow[] {
    return this.data.components.filter((c) => c.slaves.includes(slaveId));
  }

  addComponent(row: ComponentRow): ComponentRow {
    if (this.component(row.id)) throw new Error(`component ${row.id} exists`);
    this.data.components.push(row);
    return row;
  }

  deleteComponent(id: number): boolean {
    const before = this.data.components.length;
    this.data.components = this.data.components.filter((c) => c.id !== id);
    this.data.permissions = this.data.permissions.filter((p) => p.component !== id);
    for (const c of this.data.components) c.slaves = c.slaves.filter((s) => s !== id);
    return this.data.components.length !== before;
  }

  /** Creates or updates a permission row; returns it. */
  savePermission(row: PermissionRow): PermissionRow {
    const existing = this.permission(row.role, row.component);
    if (existing) {
      existing.read = row.read;
      existing.write = row.write;
      return existing;
    }
    this.data.permissions.push({ ...row });
    return row;
  }

  saveInstanceUser(id: number, changes: Partial<Omit<InstanceUserRow, 'id' | 'user' | 'instance'>>) {
    const iu = this.instanceUser(id);
    if (!iu) return null;
    const dirty: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(changes)) {
      // `role` is a relation: dirty fields are computed without relations, so a role change alone is
      // invisible (no feed event, and no perms-changed either; protocol reference §6).
      if (k !== 'role' && !jsonEqual((iu as unknown as Record<string, unknown>)[k], v)) dirty[k] = v as JsonValue;
    }
    Object.assign(iu, changes);
    if (Object.keys(dirty).length === 0) return null;
    return { instanceUser: iu, dirty };
  }

  saveZone(id: number, changes: Partial<Pick<ZoneRow, 'name' | 'order'>>) {
    const z = this.zone(id);
    if (!z) return null;
    const dirty: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(changes)) {
      if ((z as unknown as Record<string, unknown>)[k] !== v) dirty[k] = v as JsonValue;
    }
    if (Object.keys(dirty).length === 0) return null;
    Object.assign(z, changes);
    return { zone: z, dirty };
  }
}
