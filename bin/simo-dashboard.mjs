#!/usr/bin/env node
// simo-dashboard --hub https://192.168.1.10 [--insecure-hub] [--host 0.0.0.0] [--port 8443]
//                [--self-signed | --tls-cert FILE --tls-key FILE] [--app-dir DIR]
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../server/serve.mjs';
import { loadCertificate } from '../server/tls.mjs';

const HELP = `Serves the SIMO Dashboard next to your hub, on one origin.

  simo-dashboard --hub URL [options]

  --hub URL          your hub, e.g. https://192.168.1.10 or http://hub.local (required)
  --insecure-hub     trust the hub's self-signed certificate (its own LAN address uses one)
  --host ADDRESS     where to listen (default 127.0.0.1; 0.0.0.0 for tablets on the LAN)
  --port N           default 8443 with TLS, 8080 without (0 picks a free port)
  --self-signed      HTTPS with a generated self-signed certificate, kept in --cert-dir
  --tls-cert FILE    HTTPS with this certificate (PEM) …
  --tls-key FILE     … and this key (PEM)
  --cert-dir DIR     where the self-signed certificate is kept (default ~/.config/simo-dashboard)
  --hostname NAME    another name the self-signed certificate must cover (repeatable)
  --app-dir DIR      the built dashboard (default dist/simo-dashboard/browser)
  --help             this text
`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      hub: { type: 'string' },
      'insecure-hub': { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
      'self-signed': { type: 'boolean', default: false },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'cert-dir': { type: 'string', default: join(homedir(), '.config', 'simo-dashboard') },
      hostname: { type: 'string', multiple: true, default: [] },
      'app-dir': { type: 'string', default: resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist/simo-dashboard/browser') },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  console.error(`${err.message}\n\n${HELP}`);
  process.exit(2);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (!values.hub) {
  console.error(`--hub is required.\n\n${HELP}`);
  process.exit(2);
}
let hub;
try {
  hub = new URL(values.hub);
  if (hub.protocol !== 'http:' && hub.protocol !== 'https:') throw new Error('not http(s)');
} catch {
  console.error(`--hub must be an http:// or https:// address, not "${values.hub}".`);
  process.exit(2);
}

const useTls = values['self-signed'] || values['tls-cert'] !== undefined || values['tls-key'] !== undefined;
try {
  const tls = useTls
    ? await loadCertificate({ certFile: values['tls-cert'], keyFile: values['tls-key'], dir: values['cert-dir'], hostnames: values.hostname })
    : undefined;
  const server = await startServer({
    hub,
    appDir: values['app-dir'],
    host: values.host,
    port: Number(values.port ?? (useTls ? 8443 : 8080)),
    insecureHub: values['insecure-hub'],
    tls,
    log: (line) => console.error(line),
  });
  console.log(`SIMO Dashboard for hub ${server.hubUid} at ${hub.origin}: ${server.url}`);
  if (tls) console.log(`TLS certificate SHA-256 fingerprint: ${tls.fingerprint}${tls.generated ? ' (new, self-signed)' : ''}`);
  if (!tls && values.host !== '127.0.0.1' && values.host !== 'localhost') {
    console.log('Without TLS, browsers on other machines get no service worker and no wake lock: consider --self-signed.');
  }
  console.log(`SERVE_READY ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
