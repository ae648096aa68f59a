import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { HubDb } from '../model/db.js';
import type { ComponentHistory } from '../model/history.js';
import type { InstanceRow, UserRow } from '../model/types.js';
import type { Scope, Throttle } from '../services/throttle.js';
import { notFoundHtml, redirect, sendJson } from './http-util.js';
import {
  categoriesJson, componentJson, instanceJson, instanceUsersJson, notificationsJson, settingsJson, statesJson, zonesJson,
} from './serializers.js';
import type { Sessions } from './sso.js';

export interface ApiDeps {
  db: HubDb;
  sessions: Sessions;
  throttle: Throttle;
  hubUid: string;
  /** DRF PAGE_SIZE; 1000 on the real hub, smaller in tests so that clients must follow `next`. */
  pageSize: number;
  /** Folder of the protected files under /media/. */
  mediaDir: string;
  history: ComponentHistory;
}

/** notifications/ pages by 25 (notifications/api.py). */
const NOTIFICATIONS_PAGE_SIZE = 25;

const NOT_AUTHENTICATED = { detail: 'Authentication credentials were not provided.' };

/** The origin the client used, as Django's build_absolute_uri sees it behind a proxy. */
function requestOrigin(req: IncomingMessage): string {
  const proto = String(req.headers['x-forwarded-proto'] ?? 'http').split(',')[0]!.trim();
  return `${proto}://${req.headers.host ?? 'localhost'}`;
}

/** DRF's PageNumberPagination envelope with absolute `next`/`previous` links. */
const HISTORY_PAGE_SIZE = 50;

function paginate<T>(req: IncomingMessage, url: URL, res: ServerResponse, items: T[], pageSize: number) {
  const page = Number(url.searchParams.get('page') ?? '1');
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pages) return sendJson(res, 404, { detail: 'Invalid page.' });
  const link = (p: number) => {
    const u = new URL(url.pathname + url.search, `http://${req.headers.host ?? 'localhost'}`);
    if (p === 1) u.searchParams.delete('page');
    else u.searchParams.set('page', String(p));
    return u.toString();
  };
  sendJson(res, 200, {
    count: items.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice((page - 1) * pageSize, page * pageSize),
  });
}

/**
 * The REST surface a dashboard uses, with the real hub's order of checks: unknown slug (HTML 404, before
 * authentication), authentication (401, `WWW-Authenticate: None`), membership (403), throttle (429).
 */
export class Api {
  constructor(private readonly deps: ApiDeps) {}

  /** `Secret` header first, then the session cookie; inactive users are not authenticated. */
  authenticate(req: IncomingMessage): { user: UserRow; via: 'secret' | 'session' } | null {
    const { db, sessions } = this.deps;
    const secret = req.headers['secret'];
    const bySecret = typeof secret === 'string' ? db.userBySecret(secret) : undefined;
    if (bySecret && db.isUserActive(bySecret)) return { user: bySecret, via: 'secret' };
    const bySession = sessions.userOf(req);
    if (bySession && db.isUserActive(bySession)) return { user: bySession, via: 'session' };
    return null;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    if (path.startsWith('/media/')) {
      this.media(req, res, path);
      return true;
    }
    if (!/^\/(api|users|core)\/|^\/api-hub-info\/?$/.test(path)) return false;
    // Django's APPEND_SLASH: GETs without the trailing slash are redirected.
    if (!path.endsWith('/')) {
      if (req.method === 'GET' || req.method === 'HEAD') redirect(res, 301, `${path}/${url.search}`);
      else notFoundHtml(res);
      return true;
    }
    const { db, hubUid } = this.deps;
    if (path === '/api-hub-info/') {
      sendJson(res, 200, { hub_uid: hubUid, paid_until: Math.floor(Date.now() / 1000) + 365 * 86400 });
      return true;
    }
    if (path === '/core/timestamp/') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(String(Date.now() / 1000));
      return true;
    }
    if (path === '/users/mqtt-credentials/') {
      // A plain @login_required Django view: session only, a redirect to the login page otherwise.
      const user = this.deps.sessions.userOf(req);
      if (!user || !db.isUserActive(user)) {
        redirect(res, 302, `/login/?next=${encodeURIComponent(path)}`);
      } else {
        sendJson(res, 200, { username: user.email, password: user.secret_key, user_id: user.id });
      }
      return true;
    }
    if (path === '/users/whoami/') {
      this.whoami(req, res, url);
      return true;
    }
    const m = /^\/api\/([^/]+)\/(.*)$/.exec(path);
    if (!m) {
      notFoundHtml(res);
      return true;
    }
    const instance = db.instanceBySlug(decodeURIComponent(m[1]!));
    if (!instance) {
      notFoundHtml(res);
      return true;
    }
    await this.instanceApi(req, res, url, instance, m[2]!);
    return true;
  }

  /** Protected media (users/views.py:103-193): a session or `Secret`, otherwise a plain 404. */
  private media(req: IncomingMessage, res: ServerResponse, path: string) {
    const notFound = () => notFoundHtml(res);
    if (!this.authenticate(req)) return notFound();
    const root = normalize(this.deps.mediaDir).replace(/[\/]+$/, '');
    const file = normalize(join(root, decodeURIComponent(path.slice('/media/'.length))));
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) return notFound();
    const types: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp' };
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'private, max-age=3600' });
    createReadStream(file).pipe(res);
  }

  private whoami(req: IncomingMessage, res: ServerResponse, url: URL) {
    const auth = this.authenticate(req);
    if (!auth) return sendJson(res, 401, NOT_AUTHENTICATED, { 'WWW-Authenticate': 'None' });
    if (!this.throttled(res, auth.user, 'default')) return;
    const { db } = this.deps;
    const instances = db.userInstances(auth.user);
    const wanted = url.searchParams.get('instance');
    let selected: InstanceRow | undefined;
    if (wanted !== null) {
      selected = instances.find((i) => i.slug === wanted || i.uid === wanted);
      if (!selected) return sendJson(res, 404, { detail: 'Not found.' });
    } else if (instances.length === 1) {
      selected = instances[0];
    }
    const secure = (req.headers['x-forwarded-proto'] ?? '') === 'https';
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    sendJson(res, 200, {
      user: { id: auth.user.id, email: auth.user.email, name: auth.user.name, is_master: auth.user.is_master },
      instances: instances.map(instanceJson),
      mqtt: { host, port: secure ? 443 : 80, tls: secure, transport: 'websockets', path: '/mqtt/' },
      ...(selected ? { selected_instance: instanceJson(selected) } : {}),
    });
  }

  private throttled(res: ServerResponse, user: UserRow, scope: Scope): boolean {
    const r = this.deps.throttle.hit(`user:${user.id}`, scope);
    if (r.ok) return true;
    sendJson(res, 429, { detail: `Request was throttled. Expected available in ${r.retryAfter} seconds.` }, { 'Retry-After': String(r.retryAfter) });
    return false;
  }

  private async instanceApi(req: IncomingMessage, res: ServerResponse, url: URL, instance: InstanceRow, rest: string) {
    const { db, pageSize } = this.deps;
    if (rest === 'core/info/') {
      return sendJson(res, 200, { uid: instance.uid }, { 'Access-Control-Allow-Origin': '*' });
    }
    const auth = this.authenticate(req);
    if (!auth) return sendJson(res, 401, NOT_AUTHENTICATED, { 'WWW-Authenticate': 'None' });
    const user = auth.user;
    if (!user.is_master && !db.membership(user.id, instance.id)) {
      return sendJson(res, 403, { detail: 'You have no role in this SIMO.io instance.' });
    }
    const scope: Scope = rest.startsWith('core/states/') ? 'core.states' : rest.startsWith('core/components/') ? 'core.components' : 'default';
    if (!this.throttled(res, user, scope)) return;
    const safe = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
    if (!safe && auth.via === 'session' && !this.deps.sessions.csrfOk(req)) {
      return sendJson(res, 403, { detail: 'CSRF Failed: CSRF token missing.' });
    }
    const archive = /^notifications\/(\d+)\/archive\/$/.exec(rest);
    if (archive && req.method === 'POST') {
      const n = db.data.notifications.find((x) => x.id === Number(archive[1]) && x.instance === instance.id && x.to_users.includes(user.id));
      if (!n) return sendJson(res, 404, { detail: 'Not found.' });
      if (!n.archived_by.includes(user.id)) n.archived_by.push(user.id);
      return sendJson(res, 200, { status: 'archived' });
    }
    if (!safe) return sendJson(res, 405, { detail: `Method "${req.method}" not allowed.` });

    switch (rest) {
      case 'core/states/':
        return sendJson(res, 200, statesJson(db, user, instance.id, requestOrigin(req)));
      case 'notifications/':
        return paginate(req, url, res, notificationsJson(db, user, instance.id, url.searchParams.get('archived') === '1'), NOTIFICATIONS_PAGE_SIZE);
      case 'core/settings/':
        return sendJson(res, 200, settingsJson(db, this.deps.hubUid, instance));
      case 'core/zones/':
        return paginate(req, url, res, zonesJson(db, user, instance.id), pageSize);
      case 'core/categories/':
        return paginate(req, url, res, categoriesJson(db, instance.id), pageSize);
      case 'core/components/': {
        const ids = url.searchParams.get('id')?.split(',').map(Number).filter(Number.isInteger);
        const list = db
          .components(instance.id)
          .filter((c) => db.canReadComponent(user, c) && (!ids || ids.includes(c.id)))
          .map((c) => componentJson(db, user, c));
        return paginate(req, url, res, list, pageSize);
      }
      case 'users/instance-users/':
        return sendJson(res, 200, instanceUsersJson(db, instance.id));
      case 'users/roles/':
        return sendJson(
          res,
          200,
          db.data.roles.filter((r) => r.instance === instance.id),
        );
    }
    if (rest === 'core/component_history/') return this.componentHistory(req, res, url, user, instance);
    const valueHistory = /^core\/components\/(\d+)\/value_history\/$/.exec(rest);
    if (valueHistory) {
      const c = db.component(Number(valueHistory[1]));
      if (!c || c.instance !== instance.id || !db.canReadComponent(user, c)) return sendJson(res, 404, { detail: 'Not found.' });
      return sendJson(res, 200, this.deps.history.valueHistory(c));
    }
    const one = /^core\/components\/(\d+)\/$/.exec(rest);
    if (one) {
      const c = db.component(Number(one[1]));
      if (!c || c.instance !== instance.id || !db.canReadComponent(user, c)) return sendJson(res, 404, { detail: 'Not found.' });
      return sendJson(res, 200, componentJson(db, user, c));
    }
    return sendJson(res, 404, { detail: 'Not found.' });
  }

  /** `core/component_history/`: chart vectors with `interval`, otherwise the paginated change log (50, ≤100). */
  private componentHistory(req: IncomingMessage, res: ServerResponse, url: URL, user: UserRow, instance: InstanceRow) {
    const { db, history } = this.deps;
    const c = db.component(Number(url.searchParams.get('component')));
    if (!c || c.instance !== instance.id || !db.canReadComponent(user, c)) return paginate(req, url, res, [], HISTORY_PAGE_SIZE);
    const interval = url.searchParams.get('interval');
    if (interval) {
      const startFrom = Number(url.searchParams.get('start_from') ?? 0);
      return sendJson(res, 200, history.chart(c, interval, Number.isFinite(startFrom) ? startFrom : 0));
    }
    const size = Math.min(100, Number(url.searchParams.get('page_size')) || HISTORY_PAGE_SIZE);
    return paginate(req, url, res, history.list(c.id, url.searchParams.get('type')), size);
  }
}
