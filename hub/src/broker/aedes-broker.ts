import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { Aedes, type Client } from 'aedes';
import { WebSocketServer, createWebSocketStream } from 'ws';
import { aclAllows, freePort, sleep, type Broker, type BrokerOptions } from './broker.js';

type SimoClient = Client & { simoUser?: string; simoPassword?: string };

/** aedes in this process, with mosquitto's behaviour where the two differ. */
export class AedesBroker implements Broker {
  readonly kind = 'aedes' as const;
  private broker: Aedes | null = null;
  private tcp: net.Server | null = null;
  private port = 0;
  private readonly sockets = new Set<Duplex>();
  private readonly wss = new WebSocketServer({ noServer: true });
  /** Retained messages, kept across restarts the way mosquitto's persistence file keeps them. */
  private readonly retained = new Map<string, Buffer>();
  readonly subscribes: { clientId: string; user: string; filters: string[] }[] = [];

  constructor(private readonly options: BrokerOptions) {}

  get internalUrl() {
    return `mqtt://127.0.0.1:${this.port}`;
  }
  get rootPassword() {
    return this.options.rootPassword;
  }
  get running() {
    return this.broker !== null;
  }

  async start(): Promise<void> {
    if (this.broker) return;
    if (!this.port) this.port = await freePort();
    const broker = await Aedes.createBroker();
    broker.on('subscribe', (subs, client: SimoClient | null) => {
      if (client && client.simoUser !== 'root') {
        this.subscribes.push({ clientId: client.id, user: client.simoUser ?? '', filters: subs.map((s) => s.topic) });
      }
    });
    const { db, rootPassword } = this.options;
    broker.authenticate = (client: SimoClient, username, password, done) => {
      const pass = password?.toString() ?? '';
      if (username === 'root' && pass === rootPassword) {
        client.simoUser = 'root';
        return done(null, true);
      }
      const user = username ? db.userByEmail(username) : undefined;
      // Like mosquitto: the password file decides; an inactive user still connects and gets nothing.
      if (user && user.secret_key === pass) {
        client.simoUser = user.email;
        client.simoPassword = pass;
        return done(null, true);
      }
      const err = Object.assign(new Error('Not authorized'), { returnCode: 5 });
      return done(err as never, false);
    };
    broker.authorizePublish = (client: SimoClient | null, packet, done) => {
      if (client && !aclAllows(db, client.simoUser ?? '', packet.topic)) {
        // mosquitto drops a denied PUBLISH silently and keeps the connection; aedes would close it on an
        // error, so the packet is sent where nothing can be subscribed and nothing is retained.
        packet.topic = `$denied/${packet.topic}`;
        packet.retain = false;
      }
      done(null);
    };
    // mosquitto's default plugin does not check SUBSCRIBE: every filter is granted, delivery is filtered.
    broker.authorizeSubscribe = (_client, sub, done) => done(null, sub);
    broker.authorizeForward = (client: SimoClient, packet) =>
      aclAllows(db, client.simoUser ?? '', packet.topic) ? packet : null;
    broker.on('publish', (packet) => {
      if (!packet.retain || packet.topic.startsWith('$')) return;
      if (packet.payload.length === 0) this.retained.delete(packet.topic);
      else this.retained.set(packet.topic, Buffer.from(packet.payload));
    });
    for (const [topic, payload] of this.retained) {
      await new Promise<void>((resolve) =>
        broker.publish({ cmd: 'publish', topic, payload, qos: 0, retain: true, dup: false }, () => resolve()),
      );
    }
    this.broker = broker;
    // Loopback MQTT is many small writes: without TCP_NODELAY each may wait ~40 ms for a delayed ACK.
    this.tcp = net.createServer((socket) => this.track(socket.setNoDelay(true), () => broker.handle(socket)));
    await new Promise<void>((resolve, reject) => {
      this.tcp!.once('error', reject);
      this.tcp!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    const broker = this.broker;
    if (!broker) return;
    this.broker = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((r) => (this.tcp ? this.tcp.close(() => r()) : r()));
    this.tcp = null;
    await new Promise<void>((r) => broker.close(() => r()));
  }

  async restart(downMs = 500): Promise<void> {
    await this.stop();
    await sleep(downMs);
    await this.start();
  }

  /**
   * aedes asks the database on every check, so the ACL needs no rebuild; like mosquitto on reload,
   * clients whose password no longer matches are disconnected.
   */
  async usersChanged(): Promise<void> {
    const broker = this.broker;
    if (!broker) return;
    const { db } = this.options;
    // `clients` is public in aedes but missing from its type declarations.
    const clients = (broker as unknown as { clients: Record<string, SimoClient> }).clients;
    for (const client of Object.values(clients)) {
      const who = client.simoUser;
      if (!who || who === 'root') continue;
      const user = db.userByEmail(who);
      if (!user || user.secret_key !== client.simoPassword) client.close();
    }
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const broker = this.broker;
    if (!broker) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const stream = createWebSocketStream(ws);
      stream.on('error', () => stream.destroy());
      this.track(stream, () => broker.handle(stream, req));
    });
  }

  private track(socket: Duplex, handle: () => void) {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    handle();
  }
}
