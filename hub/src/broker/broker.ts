import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { HubDb } from '../model/db.js';

/**
 * The MQTT broker behind `/mqtt/`, either aedes in this process or Debian's mosquitto, both configured
 * like the real hub's mosquitto: email + secret key logins, the real ACL, retained messages that survive
 * a restart, websockets reached only through the hub's HTTP origin.
 */
export interface Broker {
  readonly kind: 'aedes' | 'mosquitto';
  /** mqtt:// URL of the loopback TCP listener that the hub's own services use as `root`. */
  readonly internalUrl: string;
  readonly rootPassword: string;
  readonly running: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the broker, waits, starts it again; retained messages survive, like mosquitto's persistence. */
  restart(downMs?: number): Promise<void>;
  /** Users or memberships changed: rebuild the password and ACL data. */
  usersChanged(): Promise<void>;
  /** Every SUBSCRIBE the broker accepted, oldest first: client id, user, filters (aedes only; null otherwise). */
  readonly subscribes: { clientId: string; user: string; filters: string[] }[] | null;
  /** Takes over an HTTP upgrade on `/mqtt/`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

export interface BrokerOptions {
  db: HubDb;
  rootPassword: string;
  /** Folder for mosquitto's config, password file, ACL and persistence. */
  workDir: string;
}

/** Which topics a broker user may read or write: the rules of the real hub's ACL file (§3.2). */
export function aclAllows(db: HubDb, username: string, topic: string): boolean {
  if (username === 'root') return true;
  const user = db.userByEmail(username);
  if (!user || !db.isUserActive(user)) return false;
  if (user.is_master) return true;
  return topic.startsWith(`SIMO/user/${user.id}/`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on 127.0.0.1:${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
