// The dashboard beside a real hub: the production build and a reverse proxy for the hub's paths on one
// origin, because the hub sends no CORS headers. Plain HTTP, or HTTPS (a secure context is what lets
// tablets use the service worker and the screen wake lock).
import http from 'node:http';
import https from 'node:https';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { checkHub } from './hub-check.mjs';
import { createStaticHandler } from './static-files.mjs';
import { securityHeaders } from './security-headers.mjs';

/** The hub's paths (nginx serves them all on the hub's origin). */
export const HUB_PATHS = ['/api/', '/users/', '/login/', '/logout/', '/media/', '/core/', '/api-hub-info/', '/mqtt/'];

/**
 * @param {{
 *   hub: URL, appDir: string, host: string, port: number, insecureHub: boolean,
 *   tls?: { cert: string, key: string }, log?: (line: string) => void,
 * }} options
 */
export async function startServer(options) {
  const { hub, appDir, host, port, insecureHub, tls, log = () => {} } = options;
  if (!existsSync(join(appDir, 'index.html'))) {
    throw new Error(`No built dashboard in ${appDir}: run "npm run build" first.`);
  }
  const { hubUid } = await checkHub(hub, { insecure: insecureHub });

  const proxy = createProxyMiddleware({
    target: hub.origin,
    pathFilter: HUB_PATHS,
    ws: true,
    // The Host header is kept: the hub builds its redirects (the sign-in's `next`) from it, and they
    // must come back to this origin.
    changeOrigin: false,
    xfwd: true,
    secure: !insecureHub,
    on: {
      error: (err, _req, res) => {
        log(`hub request failed: ${err.message}`);
        if (res && 'writeHead' in res && !res.headersSent) {
          res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('The hub is not answering.');
        } else if (res && 'destroy' in res) {
          res.destroy();
        }
      },
    },
  });
  const serveApp = createStaticHandler(appDir);
  const isHubPath = (url) => HUB_PATHS.some((p) => (url ?? '/').startsWith(p));

  /** @type {http.RequestListener} */
  const onRequest = (req, res) => {
    if (isHubPath(req.url)) {
      proxy(req, res, () => notFound(res));
      return;
    }
    if (!serveApp(req, res)) notFound(res);
  };
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, onRequest) : http.createServer(onRequest);
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').startsWith('/mqtt/')) proxy.upgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${address.port}`,
    hubUid,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve(undefined));
    }),
  };
}

function notFound(res) {
  res.writeHead(404, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
