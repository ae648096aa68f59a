import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AedesBroker } from './broker/aedes-broker.js';
import type { Broker } from './broker/broker.js';
import { MosquittoBroker } from './broker/mosquitto-broker.js';
import { ComponentHistory } from './model/history.js';
import { HubDb, type ComponentChanges } from './model/db.js';
import type { ComponentRow, HubData, NotificationRow, PermissionRow } from './model/types.js';
import { Api } from './rest/api.js';
import { AppHost } from './rest/app-host.js';
import { badGateway, sendJson } from './rest/http-util.js';
import { SimApi } from './rest/sim-api.js';
import { Sessions } from './rest/sso.js';
import { Bus } from './services/bus.js';
import { startControl, type Executed } from './services/control.js';
import { startDrift } from './services/drift.js';
import { ObjectEvents, type Actor } from './services/events.js';
import { startFanout } from './services/fanout.js';
import { Throttle } from './services/throttle.js';

export const DEFAULT_FIXTURE = new URL('../fixtures/demo-home.json', import.meta.url);
/** The hub's protected media (avatars, icons, category images) for the demo. */
export const MEDIA_DIR = fileURLToPath(new URL('../fixtures/media/', import.meta.url));

export interface HubOptions {
  port?: number;
  host?: string;
  broker?: 'aedes' | 'mosquitto';
  data?: HubData;
  pageSize?: number;
  appDir?: string;
  appProxy?: string;
  /** Devices change on their own now and then (the live demo); off in tests. */
  drift?: boolean;
  /** Fixed device delay instead of 50-300 ms. */
  deviceDelayMs?: number;
  /** The `/__sim/` endpoints that drive the hub; on by default, the hub listens on loopback only. */
  simApi?: boolean;
}

/**
 * Reads a fixture. Times at or below zero are "seconds before now", so the demo always looks recent.
 */
export function loadFixture(path: string | URL = DEFAULT_FIXTURE): HubData {
  const now = Date.now() / 1000;
  const relative = (t: number | null) => (t !== null && t <= 0 ? now + t : t);
  const data = JSON.parse(readFileSync(path, 'utf8')) as HubData;
  for (const u of data.users) u.last_action = relative(u.last_action)!;
  for (const iu of data.instance_users) iu.last_seen = relative(iu.last_seen);
  for (const c of data.categories) c.last_modified = relative(c.last_modified)!;
  for (const n of data.notifications) n.datetime = relative(n.datetime)!;
  for (const c of data.components) {
    c.last_change = relative(c.last_change)!;
    c.last_modified = relative(c.last_modified)!;
  }
  return data;
}

/** A running simulated hub: one origin for REST, the SSO stand-in, `/mqtt/` and the dashboard itself. */
export class Hub {
  readonly db: HubDb;
  readonly broker: Broker;
  readonly throttle = new Throttle();
  readonly history = new ComponentHistory();
  /** Every command the hub ran, oldest first (tests check that none runs twice). */
  readonly executed: Executed[] = [];
  private _outage = false;
  private bus!: Bus;
  private events!: ObjectEvents;
  private server!: http.Server;
  private stopDrift: (() => void) | null = null;
  private readonly workDir = mkdtempSync(join(tmpdir(), 'simo-hub-'));

  constructor(private readonly options: HubOptions = {}) {
    this.db = new HubDb(options.data ?? loadFixture());
    this.history.seed(this.db.data.components);
    const brokerOptions = { db: this.db, rootPassword: randomBytes(24).toString('hex'), workDir: this.workDir };
    this.broker = options.broker === 'mosquitto' ? new MosquittoBroker(brokerOptions) : new AedesBroker(brokerOptions);
  }

  /** While on, the hub behaves as if everything behind its proxy were down (502s, no MQTT). */
  get outage(): boolean {
    return this._outage;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  get url(): string {
    return `http://${this.options.host ?? '127.0.0.1'}:${this.port}`;
  }

  async start(): Promise<this> {
    await this.broker.start();
    this.bus = new Bus(this.broker.internalUrl, this.broker.rootPassword, `simo-hub-${randomBytes(4).toString('hex')}`);
    await this.bus.ready();
    this.events = new ObjectEvents(this.db, this.bus);
    await startFanout(this.db, this.bus);
    await startControl({
      db: this.db,
      bus: this.bus,
      throttle: this.throttle,
      deviceReport: (id, changes, actor) => this.saveComponent(id, changes, actor),
      deviceDelayMs: this.options.deviceDelayMs === undefined ? undefined : () => this.options.deviceDelayMs!,
      executed: (e) => void this.executed.push(e),
    });
    await this.publishInitialState();

    const sessions = new Sessions(this.db);
    const api = new Api({
      db: this.db,
      sessions,
      throttle: this.throttle,
      hubUid: this.db.data.hub_uid,
      pageSize: this.options.pageSize ?? 1000,
      history: this.history,
      mediaDir: MEDIA_DIR,
    });
    const app = new AppHost({ dir: this.options.appDir, proxy: this.options.appProxy });
    const sim = this.options.simApi === false ? null : new SimApi(this);
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://hub.local');
      const route = async () => {
        if (sim && url.pathname.startsWith('/__sim/')) return sim.handle(req, res, url);
        const hubPath = /^\/(api|users|core|login|logout|api-hub-info|mqtt|media)(\/|$)/.test(url.pathname);
        if (hubPath && this.outage) return badGateway(res);
        if (await sessions.handle(req, res, url)) return;
        if (await api.handle(req, res, url)) return;
        if (!hubPath && app.handle(req, res)) return;
        sendJson(res, 404, { detail: 'Not found.' });
      };
      route().catch((err: unknown) => {
        console.error('[hub] request failed', err);
        if (!res.headersSent) sendJson(res, 500, { detail: 'Server error.' });
        else res.destroy();
      });
    });
    this.server.on('upgrade', (req, socket, head) => {
      socket.on('error', () => socket.destroy());
      const path = new URL(req.url ?? '/', 'http://hub.local').pathname;
      // nginx: `location ^~ /mqtt/` (the trailing slash matters).
      if (path.startsWith('/mqtt/')) {
        if (this.outage) socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        else this.broker.handleUpgrade(req, socket, head);
      } else if (!app.handleUpgrade(req, socket, head)) {
        socket.destroy();
      }
    });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', () => resolve());
    });
    if (this.options.drift) this.stopDrift = startDrift(this);
    return this;
  }

  async stop(): Promise<void> {
    this.stopDrift?.();
    this.server.closeAllConnections?.();
    await new Promise<void>((r) => this.server.close(() => r()));
    await this.bus.end();
    await this.broker.stop();
    rmSync(this.workDir, { recursive: true, force: true });
  }

  // ---- what happens on the hub, with the events the real hub emits ------------------------------

  /** A device or user changed a component; emits the obj-state event if anything changed. */
  saveComponent(id: number, changes: ComponentChanges, actor: Actor = { type: 'device' }): boolean {
    const save = this.db.saveComponent(id, changes);
    if (save) {
      this.history.record(save, actor.type === 'user' && actor.userId ? (this.db.user(actor.userId)?.name ?? null) : null);
      void this.events.componentSaved(save, actor);
    }
    return save !== null;
  }

  savePermission(row: PermissionRow): void {
    this.db.savePermission(row);
    const component = this.db.component(row.component);
    if (component) this.permsChanged(row.role, component.instance);
  }

  /** No event on creation; the permission rows it creates send perms-changed (§4.6, §6). */
  addComponent(row: ComponentRow, readableBy: number[] = []): void {
    this.db.addComponent(row);
    for (const role of this.db.data.roles.filter((r) => r.instance === row.instance)) {
      const read = role.is_superuser || readableBy.includes(role.id);
      this.db.savePermission({ role: role.id, component: row.id, read, write: role.is_superuser });
      this.permsChanged(role.id, row.instance);
    }
  }

  deleteComponent(id: number): boolean {
    return this.db.deleteComponent(id);
  }

  saveInstanceUser(id: number, changes: Parameters<HubDb['saveInstanceUser']>[1]): void {
    const r = this.db.saveInstanceUser(id, changes);
    if (r) void this.events.instanceUserSaved(r.instanceUser, r.dirty);
  }

  saveZone(id: number, changes: { name?: string; order?: number }): void {
    const r = this.db.saveZone(id, changes);
    if (r) void this.events.zoneSaved(r.zone, r.dirty);
  }

  /** An admin changed a user's secret key: REST refuses the old one, the broker drops its sessions. */
  async changeSecretKey(userId: number, secret: string): Promise<boolean> {
    const user = this.db.user(userId);
    if (!user) return false;
    user.secret_key = secret;
    await this.broker.usersChanged();
    return true;
  }

  /** Restarts the broker and returns once the hub's own services are connected and subscribed again. */
  async restartBroker(downMs = 500): Promise<void> {
    const back = this.bus.resubscribed();
    await this.broker.restart(downMs);
    await back;
  }

  /** Ends the outage: broker up, services back. */
  async setOutage(on: boolean): Promise<void> {
    if (on === this._outage) return;
    this._outage = on;
    if (on) {
      await this.broker.stop();
    } else {
      const back = this.bus.resubscribed();
      await this.broker.start();
      await back;
    }
  }

  /** A notification for some members (the hub sends these from automations and device warnings). */
  addNotification(n: Omit<NotificationRow, 'id' | 'datetime' | 'archived_by'>): NotificationRow {
    const row: NotificationRow = {
      ...n,
      id: Math.max(0, ...this.db.data.notifications.map((x) => x.id)) + 1,
      datetime: Date.now() / 1000,
      archived_by: [],
    };
    this.db.data.notifications.push(row);
    return row;
  }

  /** Publishes raw bytes as the hub would (tests use it to feed malformed payloads). */
  publishRaw(topic: string, payload: string, retain: boolean): Promise<void> {
    return this.bus.publish(topic, payload, { qos: 0, retain });
  }

  private permsChanged(roleId: number, instanceId: number) {
    const payload = JSON.stringify({ instance_id: instanceId, timestamp: Math.floor(Date.now() / 1000) });
    for (const iu of this.db.data.instance_users) {
      if (iu.role === roleId && iu.is_active) {
        void this.bus.publish(`SIMO/user/${iu.user}/perms-changed`, payload, { qos: 0, retain: false });
      }
    }
  }

  /**
   * A hub that has been running has retained obj-state and feed messages for everything that ever
   * changed; the fixture's state is published once at start so that the feed starts out the same way.
   */
  private async publishInitialState(): Promise<void> {
    const sends: Promise<void>[] = [];
    for (const c of this.db.data.components) {
      sends.push(this.events.componentSaved({ component: c, dirty: {} }, { type: null }));
    }
    for (const iu of this.db.data.instance_users) sends.push(this.events.instanceUserSaved(iu, {}));
    await Promise.all(sends);
  }
}
