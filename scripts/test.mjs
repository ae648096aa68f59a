#!/usr/bin/env node
// `npm test`: every suite, in order, each ending with its own `N passed, N failed`, then the total.
//   unit  Karma + Jasmine in headless Chromium (src/**/*.spec.ts)
//   hub   the simulated hub's own tests, with a real MQTT client, on aedes and mosquitto (hub/test)
//   server the serve command that puts the dashboard beside a real hub (server/test)
//   e2e   Playwright in Chromium against the production build and the simulated hub (e2e/)
// `npm test -- unit hub` runs only those.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

process.env.CHROME_BIN ??= '/usr/bin/chromium';

const SUITES = {
  unit: { cmd: ['npx', 'ng', 'test', '--watch=false', '--progress=false'], summary: /^unit: (\d+) passed, (\d+) failed/m },
  hub: {
    // The hub and the e2e support code run through tsx and Playwright, which do not type-check: do it here.
    before: ['npx', 'tsc', '-p', 'hub/tsconfig.json'],
    cmd: ['node', '--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', 'hub/test/hub.test.ts'],
    summary: null,
  },
  server: { cmd: ['node', '--test', '--test-reporter=spec', 'server/test/serve.test.mjs'], summary: null },
  e2e: { before: ['sh', '-c', 'npx tsc -p e2e/tsconfig.json && npx ng build --progress=false'], cmd: ['npx', 'playwright', 'test'], summary: /^e2e: (\d+) passed, (\d+) failed/m },
};

const wanted = process.argv.slice(2).filter((a) => a in SUITES);
const names = wanted.length ? wanted : Object.keys(SUITES);

function run(cmd) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out, seconds: (Date.now() - started) / 1000 }));
  });
}

/** node --test's spec reporter ends with "ℹ pass N" and "ℹ fail N". */
function nodeTestCounts(out) {
  const pass = /^ℹ pass (\d+)/m.exec(out);
  const fail = /^ℹ fail (\d+)/m.exec(out);
  return pass && fail ? [Number(pass[1]), Number(fail[1])] : null;
}

if (!existsSync(process.env.CHROME_BIN)) {
  console.error(`Chromium not found at ${process.env.CHROME_BIN}: install it (apt-get install -y chromium) or set CHROME_BIN.`);
  process.exit(1);
}
if (!existsSync('/usr/sbin/mosquitto') && !process.env.MOSQUITTO_BIN) {
  console.error('mosquitto not found: install it (apt-get install -y mosquitto); the hub and e2e suites run on it too.');
  process.exit(1);
}

const results = [];
for (const name of names) {
  const suite = SUITES[name];
  console.log(`\n=== ${name} ===`);
  if (suite.before) {
    const pre = await run(suite.before);
    if (pre.code !== 0) {
      results.push({ name, passed: 0, failed: 1, seconds: pre.seconds, note: `${suite.before.join(' ')} failed` });
      continue;
    }
  }
  const r = await run(suite.cmd);
  let counts = null;
  if (suite.summary) {
    const m = suite.summary.exec(r.out);
    counts = m ? [Number(m[1]), Number(m[2])] : null;
  } else {
    counts = nodeTestCounts(r.out);
    if (counts) console.log(`${name}: ${counts[0]} passed, ${counts[1]} failed`);
  }
  if (!counts) counts = [0, 1];
  // A runner that failed without counting a failure (a crash, a build error) still fails the run.
  if (r.code !== 0 && counts[1] === 0) counts[1] = 1;
  results.push({ name, passed: counts[0], failed: counts[1], seconds: r.seconds });
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.name.padEnd(6)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(0)} s${r.note ? `  (${r.note})` : ''}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
