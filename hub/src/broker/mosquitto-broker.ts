import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import httpProxy from 'http-proxy';
import { freePort, sleep, waitForPort, type Broker, type BrokerOptions } from './broker.js';

const MOSQUITTO = process.env['MOSQUITTO_BIN'] ?? '/usr/sbin/mosquitto';
const MOSQUITTO_PASSWD = process.env['MOSQUITTO_PASSWD_BIN'] ?? '/usr/bin/mosquitto_passwd';

/**
 * Debian's mosquitto, configured as the real hub configures it (users/templates/conf/mosquitto.conf):
 * no anonymous access, a password file of email + secret key, the ACL file, a TCP and a websockets
 * listener on loopback, persistence on. The hub's HTTP origin proxies `/mqtt/` to the websockets
 * listener, as nginx does.
 */
export class MosquittoBroker implements Broker {
  readonly kind = 'mosquitto' as const;
  readonly subscribes = null;
  private child: ChildProcess | null = null;
  private tcpPort = 0;
  private wsPort = 0;
  private readonly proxy = httpProxy.createProxyServer({ ws: true });
  private readonly dir: string;

  constructor(private readonly options: BrokerOptions) {
    this.dir = join(options.workDir, 'mosquitto');
    this.proxy.on('error', (_err, _req, res) => {
      if (res && 'destroy' in res) res.destroy();
    });
  }

  get internalUrl() {
    return `mqtt://127.0.0.1:${this.tcpPort}`;
  }
  get rootPassword() {
    return this.options.rootPassword;
  }
  get running() {
    return this.child !== null;
  }

  async start(): Promise<void> {
    if (this.child) return;
    mkdirSync(this.dir, { recursive: true });
    if (!this.tcpPort) this.tcpPort = await freePort();
    if (!this.wsPort) this.wsPort = await freePort();
    this.writeAuthFiles();
    const conf = join(this.dir, 'mosquitto.conf');
    writeFileSync(
      conf,
      [
        'per_listener_settings false',
        'allow_anonymous false',
        `password_file ${join(this.dir, 'mosquitto_users')}`,
        `acl_file ${join(this.dir, 'acls.conf')}`,
        'persistence true',
        `persistence_location ${this.dir}/`,
        // Running as root (CI does): keep root rather than drop to a user that cannot read these files.
        ...(process.getuid?.() === 0 ? ['user root'] : []),
        // Many small writes on loopback: without it each may wait ~40 ms for a delayed ACK (nginx, in front
        // of the real hub's websockets, sets TCP_NODELAY itself).
        'set_tcp_nodelay true',
        'log_dest stderr',
        'log_type error',
        `listener ${this.tcpPort} 127.0.0.1`,
        `listener ${this.wsPort} 127.0.0.1`,
        'protocol websockets',
        '',
      ].join('\n'),
    );
    const child = spawn(MOSQUITTO, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => {
      const text = d.toString().trim();
      if (text && !/Warning: File .* has world readable permissions|owner is not root/.test(text)) {
        process.stderr.write(`[mosquitto] ${text}\n`);
      }
    });
    this.child = child;
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    await waitForPort(this.tcpPort);
    await waitForPort(this.wsPort);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  }

  async restart(downMs = 500): Promise<void> {
    await this.stop();
    await sleep(downMs);
    await this.start();
  }

  async usersChanged(): Promise<void> {
    this.writeAuthFiles();
    // mosquitto re-reads the password and ACL files on SIGHUP and drops clients whose password changed.
    this.child?.kill('SIGHUP');
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!this.child) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    this.proxy.ws(req, socket, head, { target: `ws://127.0.0.1:${this.wsPort}` });
  }

  /** The password file (hashed by mosquitto_passwd) and the ACL of §3.2. */
  private writeAuthFiles() {
    const { db, rootPassword } = this.options;
    const users = db.data.users;
    const passwd = join(this.dir, 'mosquitto_users');
    writeFileSync(passwd, [`root:${rootPassword}`, ...users.map((u) => `${u.email.toLowerCase()}:${u.secret_key}`), ''].join('\n'), {
      mode: 0o600,
    });
    execFileSync(MOSQUITTO_PASSWD, ['-U', passwd]);
    const acl = ['user root', 'topic readwrite #', ''];
    for (const u of users) {
      if (!db.isUserActive(u)) continue;
      acl.push(`user ${u.email.toLowerCase()}`, u.is_master ? 'topic readwrite #' : `topic readwrite SIMO/user/${u.id}/#`, '');
    }
    acl.push('pattern deny #', '');
    writeFileSync(join(this.dir, 'acls.conf'), acl.join('\n'), { mode: 0o600 });
  }
}
