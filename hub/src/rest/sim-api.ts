import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hub } from '../hub.js';
import type { ComponentRow, JsonObject } from '../model/types.js';
import type { ActorType } from '../services/events.js';
import { readBody, sendJson } from './http-util.js';

/**
 * `/__sim/…`: what tests and demos use to drive the simulated hub. Not part of the real hub's surface.
 *
 *   GET    /__sim/components/<id>            the component's row
 *   POST   /__sim/components/<id>            {changes…, "actor_type"?}: a device (or user) changes it
 *   POST   /__sim/components                 {row…, "readable_by"?: [role ids]}: create (perms-changed only)
 *   DELETE /__sim/components/<id>            delete (no event, like the real hub)
 *   POST   /__sim/permissions                {role, component, read, write}: save a permission row
 *   POST   /__sim/users/<id>/secret-key      {"secret_key": "…"}: an admin changes the user's key
 *   POST   /__sim/instance-users/<id>        {at_home?, last_seen?, …}
 *   POST   /__sim/zones/<id>                 {name?, order?}
 *   POST   /__sim/broker/restart             {"down_ms"?: 500}
 *   GET    /__sim/broker/subscribes          every SUBSCRIBE the broker accepted (aedes only)
 *   GET    /__sim/executed                   every command the hub ran: {requestId, componentId, method, at}
 *   POST   /__sim/outage                     {"on": true|false}: the hub behind the proxy is down
 *   POST   /__sim/publish                    {topic, payload (string), retain?}: raw bytes from the hub
 *   POST   /__sim/notifications              {instance, severity, title, body, component?, to_users}
 *   GET    /__sim/notifications              every notification, with who archived it
 *   POST   /__sim/throttle/reset             forget rate-limit counters and bans
 *   POST   /__sim/throttle/ban               {"user": id, "seconds"?: 300}: as if the user sent too much
 */
export class SimApi {
  constructor(private readonly hub: Hub) {}

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: JsonObject = {};
    if (req.method === 'POST') {
      try {
        const text = await readBody(req);
        body = text ? (JSON.parse(text) as JsonObject) : {};
      } catch {
        return sendJson(res, 400, { detail: 'Body must be JSON.' });
      }
    }
    const path = url.pathname.replace(/^\/__sim/, '');
    const hub = this.hub;
    const comp = /^\/components\/(\d+)\/?$/.exec(path);
    if (comp) {
      const id = Number(comp[1]);
      const row = hub.db.component(id);
      if (!row) return sendJson(res, 404, { detail: 'No such component.' });
      if (req.method === 'GET') return sendJson(res, 200, row);
      if (req.method === 'DELETE') return sendJson(res, 200, { deleted: hub.deleteComponent(id) });
      const { actor_type, actor_user_id, ...changes } = body;
      const changed = hub.saveComponent(id, changes as Partial<ComponentRow>, {
        type: (actor_type as ActorType) ?? 'device',
        userId: typeof actor_user_id === 'number' ? actor_user_id : null,
      });
      return sendJson(res, 200, { changed, component: hub.db.component(id) });
    }
    if (path === '/components' && req.method === 'POST') {
      const { readable_by, ...row } = body;
      try {
        hub.addComponent(withDefaults(row), Array.isArray(readable_by) ? (readable_by as number[]) : []);
      } catch (err) {
        return sendJson(res, 400, { detail: String(err) });
      }
      return sendJson(res, 201, hub.db.component(row['id'] as number));
    }
    if (path === '/permissions' && req.method === 'POST') {
      const { role, component, read, write } = body;
      if (typeof role !== 'number' || typeof component !== 'number') return sendJson(res, 400, { detail: 'role and component ids required' });
      hub.savePermission({ role, component, read: read === true, write: write === true });
      return sendJson(res, 200, { ok: true });
    }
    const secret = /^\/users\/(\d+)\/secret-key\/?$/.exec(path);
    if (secret && req.method === 'POST') {
      const key = body['secret_key'];
      if (typeof key !== 'string' || !/^[A-Za-z0-9]{20}$/.test(key)) return sendJson(res, 400, { detail: 'secret_key: 20 letters or digits' });
      return sendJson(res, (await hub.changeSecretKey(Number(secret[1]), key)) ? 200 : 404, { ok: true });
    }
    const iu = /^\/instance-users\/(\d+)\/?$/.exec(path);
    if (iu && req.method === 'POST') {
      hub.saveInstanceUser(Number(iu[1]), body as never);
      return sendJson(res, 200, { ok: true });
    }
    const zone = /^\/zones\/(\d+)\/?$/.exec(path);
    if (zone && req.method === 'POST') {
      hub.saveZone(Number(zone[1]), body as never);
      return sendJson(res, 200, { ok: true });
    }
    if (path === '/broker/subscribes' && req.method === 'GET') {
      if (!hub.broker.subscribes) return sendJson(res, 501, { detail: 'Only the aedes broker records subscriptions.' });
      return sendJson(res, 200, hub.broker.subscribes);
    }
    if (path === '/executed' && req.method === 'GET') return sendJson(res, 200, hub.executed);
    if (path === '/broker/restart' && req.method === 'POST') {
      await hub.restartBroker(typeof body['down_ms'] === 'number' ? body['down_ms'] : 500);
      return sendJson(res, 200, { ok: true });
    }
    if (path === '/outage' && req.method === 'POST') {
      await hub.setOutage(body['on'] === true);
      return sendJson(res, 200, { outage: hub.outage });
    }
    if (path === '/publish' && req.method === 'POST') {
      if (typeof body['topic'] !== 'string' || typeof body['payload'] !== 'string') {
        return sendJson(res, 400, { detail: 'topic and payload (a string) required' });
      }
      await hub.publishRaw(body['topic'], body['payload'], body['retain'] === true);
      return sendJson(res, 200, { ok: true });
    }
    if (path === '/notifications' && req.method === 'GET') return sendJson(res, 200, hub.db.data.notifications);
    if (path === '/notifications' && req.method === 'POST') {
      const { instance, severity, title, body: text, component, to_users } = body;
      if (typeof instance !== 'number' || typeof title !== 'string' || !Array.isArray(to_users)) {
        return sendJson(res, 400, { detail: 'instance, title and to_users required' });
      }
      const row = hub.addNotification({
        instance,
        severity: severity === 'warning' || severity === 'alarm' ? severity : 'info',
        title,
        body: typeof text === 'string' ? text : '',
        component: typeof component === 'number' ? component : null,
        to_users: to_users.filter((u): u is number => typeof u === 'number'),
      });
      return sendJson(res, 201, row);
    }
    if (path === '/throttle/ban' && req.method === 'POST') {
      if (typeof body['user'] !== 'number') return sendJson(res, 400, { detail: 'user id required' });
      hub.throttle.ban(`user:${body['user']}`, typeof body['seconds'] === 'number' ? body['seconds'] : undefined);
      return sendJson(res, 200, { ok: true });
    }
    if (path === '/throttle/reset' && req.method === 'POST') {
      hub.throttle.reset();
      return sendJson(res, 200, { ok: true });
    }
    return sendJson(res, 404, { detail: 'Unknown simulator endpoint.' });
  }
}

function withDefaults(row: JsonObject): ComponentRow {
  const now = Date.now() / 1000;
  return {
    icon: null, category: null, show_in_app: true, controller_uid: 'simo.generic.controllers.DummySwitch',
    app_widget: {}, value_previous: null, value_units: null, config: {}, meta: {}, alive: true, error_msg: null,
    battery_level: null, alarm_category: null, arm_status: 'disarmed', breach_delay: 0, last_change: now,
    last_modified: now, slaves: [], info: null, masters_only: false,
    ...row,
  } as unknown as ComponentRow;
}
