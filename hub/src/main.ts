import { parseArgs } from 'node:util';
import { Hub, loadFixture } from './hub.js';

/** `npm run hub -- [--port 8000] [--broker aedes|mosquitto] [--app-dir DIR | --app-proxy URL] [--drift]` */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8000' },
    host: { type: 'string', default: '127.0.0.1' },
    broker: { type: 'string', default: 'aedes' },
    fixture: { type: 'string' },
    'page-size': { type: 'string', default: '1000' },
    'app-dir': { type: 'string' },
    'app-proxy': { type: 'string' },
    drift: { type: 'boolean', default: false },
    'device-delay-ms': { type: 'string' },
  },
});

if (values.broker !== 'aedes' && values.broker !== 'mosquitto') {
  console.error(`--broker must be aedes or mosquitto, not ${values.broker}`);
  process.exit(2);
}

const hub = new Hub({
  port: Number(values.port),
  host: values.host,
  broker: values.broker,
  data: values.fixture ? loadFixture(values.fixture) : undefined,
  pageSize: Number(values['page-size']),
  appDir: values['app-dir'],
  appProxy: values['app-proxy'],
  drift: values.drift,
  deviceDelayMs: values['device-delay-ms'] === undefined ? undefined : Number(values['device-delay-ms']),
});

try {
  await hub.start();
} catch (err) {
  console.error(`The simulated hub could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
console.log(`SIMO hub simulator (${hub.broker.kind}) listening on ${hub.url}`);
if (!/^(127\.|localhost$|::1$)/.test(values.host)) {
  console.warn('Warning: the /__sim/ endpoints that drive this hub are open to anyone who can reach it.');
}
// A line the test runner and start script wait for.
console.log(`HUB_READY ${hub.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void hub.stop().finally(() => process.exit(0));
  });
}
