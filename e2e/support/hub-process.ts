import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
export const APP_DIR = resolve(ROOT, 'dist', 'simo-dashboard', 'browser');

/** A simulated hub in its own process, serving the production build; `sim()` drives it. */
export class HubProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** `serveApp: false` for a hub that, like a real one, serves no dashboard (the serve command does). */
  static start(broker: 'aedes' | 'mosquitto', extraArgs: string[] = [], serveApp = true): Promise<HubProcess> {
    const app = serveApp ? ['--app-dir', APP_DIR] : [];
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(ROOT, 'hub/src/main.ts'), '--port', '0', '--broker', broker, ...app, '--page-size', '10', ...extraArgs],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return new Promise((resolvePromise, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`hub did not start:\n${out}`)), 20_000);
      const onData = (d: Buffer) => {
        out += d.toString();
        const m = /HUB_READY (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolvePromise(new HubProcess(child, m[1]!));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`hub exited with ${code}:\n${out}`));
      });
    });
  }

  /** Calls the hub's `/__sim/` API. */
  async sim(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<unknown> {
    const res = await fetch(`${this.url}/__sim${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sim ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await new Promise<void>((r) => {
      this.child.once('exit', () => r());
      this.child.kill('SIGTERM');
      setTimeout(() => this.child.kill('SIGKILL'), 5000).unref();
    });
  }
}
