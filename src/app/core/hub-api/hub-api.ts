import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { isArmStatus, parseComponent, type HubComponent } from '../../domain/component';
import { parseChart, parseHistoryEntry, type ChartSeries, type HistoryEntry } from '../../domain/history';
import { parseHubTime } from '../../domain/hub-time';
import { intOrNull, isInt, isObject, stringOrNull } from '../../domain/json';
import { parseNotification, type HubNotification } from '../../domain/notification';
import { avatarPaths, parseCategory, parsePerson, parseZone, type Category, type Person, type Zone } from '../../domain/place';
import { HubAuth } from './hub-auth';
import { HubRequestError, type HubError } from './hub-error';
import type { Instance, InstanceSnapshot, MqttCredentials, WhoAmI } from './models';

/**
 * Typed calls to the hub's REST API, always on this page's own origin (the hub sends no CORS headers).
 * Every failure becomes a HubRequestError carrying a HubError.
 */
@Injectable({ providedIn: 'root' })
export class HubApi {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(HubAuth);

  /** Who the credentials belong to and which instances they may use. */
  async whoami(): Promise<WhoAmI> {
    const body = await this.get('/users/whoami/');
    if (!isObject(body) || !isObject(body['user']) || !isInt(body['user']['id']) || !Array.isArray(body['instances'])) {
      throw new HubRequestError({ kind: 'malformed', what: 'whoami' });
    }
    const u = body['user'];
    return {
      user: {
        id: u['id'] as number,
        email: typeof u['email'] === 'string' ? u['email'] : '',
        name: typeof u['name'] === 'string' ? u['name'] : '',
        isMaster: u['is_master'] === true,
      },
      instances: body['instances'].map(parseInstance).filter((i): i is Instance => i !== null),
    };
  }

  /**
   * The MQTT login of the hub session (`/users/mqtt-credentials/`, session cookie only). Null when there
   * is no session: the hub then redirects to its login page instead of answering.
   */
  async mqttCredentials(): Promise<MqttCredentials | null> {
    let body: unknown;
    try {
      body = await firstValueFrom(this.http.get('/users/mqtt-credentials/', { responseType: 'text' }));
    } catch (err) {
      throw new HubRequestError(toHubError(err));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(body));
    } catch {
      return null; // the login page's HTML: not signed in
    }
    if (!isObject(parsed) || typeof parsed['username'] !== 'string' || typeof parsed['password'] !== 'string' || !isInt(parsed['user_id'])) {
      throw new HubRequestError({ kind: 'malformed', what: 'mqtt-credentials' });
    }
    return { username: parsed['username'], password: parsed['password'], userId: parsed['user_id'] };
  }

  /** The REST snapshot of one instance (§9.2 step 4). */
  async snapshot(slug: string): Promise<InstanceSnapshot> {
    const base = `/api/${encodeURIComponent(slug)}`;
    const [states, components, zones, categories, people] = await Promise.all([
      this.get(`${base}/core/states/`),
      this.getAllPages(`${base}/core/components/`),
      this.getAllPages(`${base}/core/zones/`),
      this.getAllPages(`${base}/core/categories/`),
      this.get(`${base}/users/instance-users/`),
    ]);
    let skipped = 0;
    const keep = <T>(v: T | null): v is T => (v === null ? (skipped++, false) : true);
    const parsedComponents = components.map(parseComponent).filter(keep);
    const values = isObject(states) && Array.isArray(states['component_values']) ? states['component_values'] : [];
    const avatars = avatarPaths(isObject(states) ? states['users'] : undefined);
    return {
      components: mergeStates(parsedComponents, values),
      zones: zones.map((z, i) => parseZone(z, i)).filter(keep),
      categories: categories.map((c, i) => parseCategory(c, i)).filter(keep),
      people: (Array.isArray(people) ? people : [])
        .map(parsePerson)
        .filter(keep)
        .map((p) => ({ ...p, avatarPath: avatars.get(p.userId) ?? null })),
      skipped,
    };
  }

  /** Selected components again, after a definition change on the feed. */
  async components(slug: string, ids: readonly number[]): Promise<HubComponent[]> {
    const list = await this.getAllPages(`/api/${encodeURIComponent(slug)}/core/components/?id=${ids.join(',')}`);
    return list.map(parseComponent).filter((c): c is HubComponent => c !== null);
  }

  async zones(slug: string): Promise<Zone[]> {
    const list = await this.getAllPages(`/api/${encodeURIComponent(slug)}/core/zones/`);
    return list.map((z, i) => parseZone(z, i)).filter((z): z is Zone => z !== null);
  }

  async categories(slug: string): Promise<Category[]> {
    const list = await this.getAllPages(`/api/${encodeURIComponent(slug)}/core/categories/`);
    return list.map((c, i) => parseCategory(c, i)).filter((c): c is Category => c !== null);
  }

  async people(slug: string): Promise<Person[]> {
    const list = await this.get(`/api/${encodeURIComponent(slug)}/users/instance-users/`);
    return (Array.isArray(list) ? list : []).map(parsePerson).filter((p): p is Person => p !== null);
  }

  /** The newest notifications not archived by this user (the first page: at most 25). */
  async notifications(slug: string): Promise<HubNotification[]> {
    const body = await this.get(`/api/${encodeURIComponent(slug)}/notifications/?archived=0`);
    const list = isObject(body) && Array.isArray(body['results']) ? body['results'] : [];
    return list.map(parseNotification).filter((n): n is HubNotification => n !== null);
  }

  async archiveNotification(slug: string, id: number): Promise<void> {
    try {
      await firstValueFrom(this.http.post(`/api/${encodeURIComponent(slug)}/notifications/${id}/archive/`, {}, { headers: this.headers() }));
    } catch (err) {
      throw new HubRequestError(toHubError(err));
    }
  }

  /** Chart vectors of one component since `startFrom` (epoch seconds), one point per `interval` (§2.2). */
  async componentChart(slug: string, id: number, interval: 'min' | 'hour' | 'day', startFrom: number): Promise<ChartSeries[]> {
    const q = new URLSearchParams({ interval, component: String(id), start_from: String(Math.floor(startFrom)) });
    return parseChart(await this.get(`/api/${encodeURIComponent(slug)}/core/component_history/?${q}`));
  }

  /** The newest entries of one component's change log (the first page). */
  async componentLog(slug: string, id: number): Promise<HistoryEntry[]> {
    const body = await this.get(`/api/${encodeURIComponent(slug)}/core/component_history/?component=${id}`);
    const list = isObject(body) && Array.isArray(body['results']) ? body['results'] : [];
    return list.map(parseHistoryEntry).filter((e): e is HistoryEntry => e !== null);
  }

  /** A protected file under /media/, with the same credentials as the API. */
  async media(path: string): Promise<Blob> {
    if (!path.startsWith('/media/')) throw new HubRequestError({ kind: 'not-found' });
    try {
      return await firstValueFrom(this.http.get(path, { headers: this.headers(), responseType: 'blob' }));
    } catch (err) {
      throw new HubRequestError(toHubError(err));
    }
  }

  private headers(): HttpHeaders | undefined {
    const secret = this.auth.secret();
    return secret ? new HttpHeaders({ Secret: secret }) : undefined;
  }

  private async get(url: string): Promise<unknown> {
    try {
      return await firstValueFrom(this.http.get<unknown>(url, { headers: this.headers() }));
    } catch (err) {
      throw new HubRequestError(toHubError(err));
    }
  }

  /** Follows DRF's `next` links; they are absolute, so only their path and query are used (same origin). */
  private async getAllPages(url: string): Promise<unknown[]> {
    const out: unknown[] = [];
    let next: string | null = url;
    for (let pages = 0; next && pages < 1000; pages++) {
      const body = await this.get(next);
      if (Array.isArray(body)) return body;
      if (!isObject(body) || !Array.isArray(body['results'])) {
        throw new HubRequestError({ kind: 'malformed', what: `page of ${url}` });
      }
      out.push(...body['results']);
      next = typeof body['next'] === 'string' ? samePath(body['next']) : null;
    }
    return out;
  }
}

function samePath(link: string): string {
  const u = new URL(link, 'http://same-origin.invalid');
  return u.pathname + u.search;
}

function parseInstance(raw: unknown): Instance | null {
  if (!isObject(raw) || typeof raw['uid'] !== 'string' || typeof raw['slug'] !== 'string') return null;
  return {
    uid: raw['uid'],
    slug: raw['slug'],
    name: typeof raw['name'] === 'string' ? raw['name'] : raw['slug'],
    timezone: typeof raw['timezone'] === 'string' ? raw['timezone'] : 'UTC',
  };
}

/** `core/states/` values win over the component list's when they are at least as recent. */
function mergeStates(components: HubComponent[], values: unknown[]): HubComponent[] {
  const byId = new Map<number, Record<string, unknown>>();
  for (const v of values) if (isObject(v) && isInt(v['id'])) byId.set(v['id'], v);
  return components.map((c) => {
    const s = byId.get(c.id);
    if (!s) return c;
    const lastChange = parseHubTime(s['last_change']);
    if (lastChange === null || (c.lastChange !== null && lastChange < c.lastChange)) return c;
    return {
      ...c,
      value: 'value' in s ? s['value'] : c.value,
      alive: typeof s['alive'] === 'boolean' ? s['alive'] : c.alive,
      errorMsg: stringOrNull(s['error_msg']) ?? c.errorMsg,
      batteryLevel: intOrNull(s['battery_level']) === undefined ? c.batteryLevel : (intOrNull(s['battery_level']) ?? null),
      armStatus: isArmStatus(s['arm_status']) ? s['arm_status'] : c.armStatus,
      meta: isObject(s['meta']) || Array.isArray(s['meta']) ? s['meta'] : c.meta,
      lastChange,
      syncedAt: Math.max(c.syncedAt, lastChange),
    };
  });
}

export function toHubError(err: unknown): HubError {
  if (!(err instanceof HttpErrorResponse)) return { kind: 'malformed', what: String(err) };
  const detail = isObject(err.error) && typeof err.error['detail'] === 'string' ? err.error['detail'] : '';
  switch (true) {
    case err.status === 0:
    case err.status === 502 || err.status === 503 || err.status === 504:
      return { kind: 'unreachable' };
    case err.status === 401:
      return { kind: 'unauthorized' };
    case err.status === 403:
      return { kind: 'forbidden', detail: detail || 'Access denied.' };
    case err.status === 404:
      return { kind: 'not-found' };
    case err.status === 429: {
      const retry = Number(err.headers.get('Retry-After'));
      return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : 60 };
    }
    case err.status >= 200 && err.status < 300:
      return { kind: 'malformed', what: 'a response that is not JSON' };
    default:
      return { kind: 'server', status: err.status };
  }
}
