import { parseHubTime } from './hub-time';
import { isInt, isObject } from './json';

/** A zone (`core/zones/`): its name and the readable component ids, in the hub's order. */
export interface Zone {
  readonly id: number;
  readonly name: string;
  readonly componentIds: readonly number[];
  readonly order: number;
}

export function parseZone(raw: unknown, order: number): Zone | null {
  if (!isObject(raw) || !isInt(raw['id']) || typeof raw['name'] !== 'string') return null;
  const ids = Array.isArray(raw['components']) ? raw['components'].filter(isInt) : [];
  return { id: raw['id'], name: raw['name'], componentIds: ids, order };
}

/** A category (`core/categories/`); `all` marks the "All" category. */
export interface Category {
  readonly id: number;
  readonly name: string;
  readonly all: boolean;
  readonly icon: string | null;
  readonly order: number;
  readonly lastModified: number | null;
}

export function parseCategory(raw: unknown, order: number): Category | null {
  if (!isObject(raw) || !isInt(raw['id']) || typeof raw['name'] !== 'string') return null;
  return {
    id: raw['id'],
    name: raw['name'],
    all: raw['all'] === true,
    icon: typeof raw['icon'] === 'string' ? raw['icon'] : null,
    order,
    lastModified: parseHubTime(raw['last_modified']),
  };
}

/** A member of the instance (`users/instance-users/`); `id` is the InstanceUser id used on the feed. */
export interface Person {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly roleName: string;
  readonly atHome: boolean;
  readonly lastSeen: number | null;
  readonly isActive: boolean;
  /** The avatar's same-origin path under /media/ (protected: fetched with credentials), or null. */
  readonly avatarPath: string | null;
  readonly syncedAt: number;
}

export function parsePerson(raw: unknown): Person | null {
  if (!isObject(raw) || !isInt(raw['id']) || !isInt(raw['user_id'])) return null;
  const lastSeen = parseHubTime(raw['last_seen']);
  return {
    id: raw['id'],
    userId: raw['user_id'],
    name: typeof raw['name'] === 'string' ? raw['name'] : `User ${raw['user_id']}`,
    roleName: typeof raw['role_name'] === 'string' ? raw['role_name'] : '',
    atHome: raw['at_home'] === true,
    lastSeen,
    isActive: raw['is_active'] !== false,
    avatarPath: null,
    syncedAt: lastSeen ?? 0,
  };
}

/**
 * The avatar of each user in `core/states/` users[] (absolute URLs built by the hub from the request's
 * host), as same-origin paths by user id: only `/media/…` is accepted.
 */
export function avatarPaths(users: unknown): Map<number, string> {
  const out = new Map<number, string>();
  if (!Array.isArray(users)) return out;
  for (const u of users) {
    if (!isObject(u) || !isInt(u['id']) || !isObject(u['avatar']) || typeof u['avatar']['url'] !== 'string') continue;
    try {
      const path = new URL(u['avatar']['url'], 'http://same-origin.invalid').pathname;
      if (path.startsWith('/media/')) out.set(u['id'], path);
    } catch {
      // not a URL: no avatar
    }
  }
  return out;
}
