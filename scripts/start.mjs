#!/usr/bin/env node
// `npm start`: the simulated hub with its demo home, and the dashboard's dev server behind it, on one
// origin like a real hub. Open the printed URL and sign in as one of the demo users.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const port = Number(process.env.PORT ?? 8000);
const devPort = Number(process.env.DEV_PORT ?? 4200);
const broker = process.env.BROKER ?? 'aedes';
const children = [];

function start(name, cmd, args, onLine) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const forward = (stream, out) =>
    stream.on('data', (d) => {
      for (const line of d.toString().split('\n')) {
        if (!line.trim()) continue;
        if (!onLine?.(line)) out.write(`[${name}] ${line}\n`);
      }
    });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] exited with ${code}; stopping.`);
      stop(code ?? 1);
    }
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const fixture = JSON.parse(readFileSync(new URL('../hub/fixtures/demo-home.json', import.meta.url), 'utf8'));
let hubReady = false;
let appReady = false;
function banner() {
  if (!hubReady || !appReady) return;
  const url = `http://127.0.0.1:${port}`;
  console.log(`\n  SIMO Dashboard on the simulated hub (${broker}): ${url}\n`);
  console.log('  Demo users (sign in with email + secret key, or "Sign in with SIMO" with email + password):');
  for (const u of fixture.users) {
    const role = u.is_master ? 'master' : u.email.split('@')[0];
    console.log(`    ${role.padEnd(9)} ${u.email.padEnd(24)} key ${u.secret_key}   password ${u.sso_password}`);
  }
  console.log('\n  Press Ctrl+C to stop.\n');
}

start('hub', process.execPath, ['--import', 'tsx', 'hub/src/main.ts', '--port', String(port), '--broker', broker, '--drift', '--app-proxy', `http://127.0.0.1:${devPort}`], (line) => {
  if (line.startsWith('HUB_READY')) {
    hubReady = true;
    banner();
    return true;
  }
  return false;
});
start('app', 'npx', ['ng', 'serve', '--host', '127.0.0.1', '--port', String(devPort), '--no-open', '--no-hmr'], (line) => {
  if (/Local:|Application bundle generation complete/.test(line) && !appReady) {
    appReady = true;
    banner();
  }
  return /Watch mode enabled|Local:|press h \+ enter|➜/.test(line);
});
