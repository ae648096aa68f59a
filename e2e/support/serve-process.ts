import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_DIR } from './hub-process';

const ROOT = resolve(__dirname, '..', '..');

/** The serve command (`bin/simo-dashboard.mjs`) in front of a hub, over HTTPS with a generated certificate. */
export class ServeProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly certDir: string,
  ) {}

  static start(hubUrl: string): Promise<ServeProcess> {
    const certDir = mkdtempSync(join(tmpdir(), 'simo-serve-'));
    const child = spawn(
      process.execPath,
      [resolve(ROOT, 'bin/simo-dashboard.mjs'), '--hub', hubUrl, '--self-signed', '--port', '0', '--cert-dir', certDir, '--app-dir', APP_DIR],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return new Promise((resolvePromise, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`serve command did not start:\n${out}`)), 20_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /SERVE_READY (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolvePromise(new ServeProcess(child, m[1]!, certDir));
        }
      });
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve command exited with ${code}:\n${out}`));
      });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      await new Promise<void>((r) => {
        this.child.once('exit', () => r());
        this.child.kill('SIGTERM');
        setTimeout(() => this.child.kill('SIGKILL'), 5000).unref();
      });
    }
    rmSync(this.certDir, { recursive: true, force: true });
  }
}
