import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WebSocket, WebSocketServer } from 'ws';
import { startServer } from '../serve.mjs';
import { loadCertificate } from '../tls.mjs';

/** A tiny stand-in hub: /api-hub-info/, one API path, and a websocket echo at /mqtt/. */
function fakeHub({ tls, simo = true } = {}) {
  const onRequest = (req, res) => {
    if (req.url === '/api-hub-info/' && simo) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ hub_uid: 'hub-1', paid_until: 0 }));
    }
    res.writeHead(req.url.startsWith('/api/') ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ path: req.url, host: req.headers.host, forwardedProto: req.headers['x-forwarded-proto'] ?? null }));
  };
  const server = tls ? https.createServer(tls, onRequest) : http.createServer(onRequest);
  new WebSocketServer({ server, path: '/mqtt/' });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const hubUrl = (server, scheme = 'http') => new URL(`${scheme}://127.0.0.1:${server.address().port}`);

describe('the serve command', () => {
  const work = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const appDir = join(work, 'app');
  before(() => {
    mkdirSync(appDir);
    writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(appDir, 'main-ABCDEFGH.js'), 'console.log(1)');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('serves the app with the security headers and proxies the hub paths, websocket included', async () => {
    const hub = await fakeHub();
    const server = await startServer({ hub: hubUrl(hub), appDir, host: '127.0.0.1', port: 0, insecureHub: false });
    try {
      const page = await fetch(`${server.url}/some/deep/link`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>app<\/title>/);
      assert.match(page.headers.get('content-security-policy'), /script-src 'self';/);
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      const asset = await fetch(`${server.url}/main-ABCDEFGH.js`);
      assert.match(asset.headers.get('cache-control'), /immutable/);
      assert.equal((await fetch(`${server.url}/missing.js`)).status, 404);
      const api = await (await fetch(`${server.url}/api/home/core/states/`)).json();
      assert.equal(api.path, '/api/home/core/states/');
      // The Host header is kept so that the hub's redirects come back to this origin.
      assert.equal(api.host, new URL(server.url).host);
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/mqtt/`, 'mqtt');
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      ws.terminate();
    } finally {
      await server.close();
      hub.close();
    }
  });

  it('says clearly when the hub is unreachable or is not a SIMO hub', async () => {
    await assert.rejects(
      startServer({ hub: new URL('http://127.0.0.1:1'), appDir, host: '127.0.0.1', port: 0, insecureHub: false }),
      /not reachable/,
    );
    const other = await fakeHub({ simo: false });
    await assert.rejects(
      startServer({ hub: hubUrl(other), appDir, host: '127.0.0.1', port: 0, insecureHub: false }),
      /not a SIMO hub/,
    );
    other.close();
    await assert.rejects(
      startServer({ hub: new URL('http://127.0.0.1:1'), appDir: join(work, 'nothing'), host: '127.0.0.1', port: 0, insecureHub: false }),
      /npm run build/,
    );
  });

  it("trusts a hub's self-signed certificate only when asked to", async () => {
    const tls = await loadCertificate({ dir: join(work, 'hub-cert') });
    const hub = await fakeHub({ tls: { cert: tls.cert, key: tls.key } });
    await assert.rejects(
      startServer({ hub: hubUrl(hub, 'https'), appDir, host: '127.0.0.1', port: 0, insecureHub: false }),
      /--insecure-hub/,
    );
    const server = await startServer({ hub: hubUrl(hub, 'https'), appDir, host: '127.0.0.1', port: 0, insecureHub: true });
    assert.equal(server.hubUid, 'hub-1');
    await server.close();
    hub.close();
  });

  it('serves HTTPS with a generated certificate that it keeps for next time', async () => {
    const hub = await fakeHub();
    const dir = join(work, 'certs');
    const first = await loadCertificate({ dir, hostnames: ['dash.lan'] });
    assert.equal(first.generated, true);
    const second = await loadCertificate({ dir, hostnames: ['dash.lan'] });
    assert.equal(second.generated, false);
    assert.equal(second.fingerprint, first.fingerprint);
    const server = await startServer({ hub: hubUrl(hub), appDir, host: '127.0.0.1', port: 0, insecureHub: false, tls: first });
    assert.match(server.url, /^https:/);
    const status = await new Promise((resolve, reject) =>
      https.get(`${server.url}/`, { rejectUnauthorized: false }, (res) => resolve(res.statusCode)).on('error', reject),
    );
    assert.equal(status, 200);
    await server.close();
    hub.close();
  });
});
