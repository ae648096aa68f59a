import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import httpProxy from 'http-proxy';
import { securityHeaders } from '../../../server/security-headers.mjs';
import { sendHtml } from './http-util.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the dashboard from the hub's own origin, as nginx would serve built files beside the hub: from a
 * build folder (with the single-page-app fallback to index.html), or by proxying a dev server.
 */
export class AppHost {
  private readonly proxy: httpProxy | null;

  constructor(private readonly source: { dir?: string; proxy?: string }) {
    this.proxy = source.proxy ? httpProxy.createProxyServer({ target: source.proxy, ws: true, changeOrigin: true }) : null;
    this.proxy?.on('error', (_err, _req, res) => {
      if (res && 'writeHead' in res && !res.headersSent) {
        sendHtml(res, 502, '<p>The dashboard dev server is not answering yet. Reload in a moment.</p>');
      } else if (res && 'destroy' in res) {
        res.destroy();
      }
    });
  }

  handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (this.proxy) {
      this.proxy.web(req, res);
      return true;
    }
    const dir = this.source.dir;
    if (!dir || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = join(dir, rel);
    if (!file.startsWith(normalize(dir) + sep) && file !== normalize(dir)) return false;
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Deep links of the single-page app get index.html; missing assets are a real 404.
      if (extname(rel) !== '') return false;
      file = join(dir, 'index.html');
      if (!existsSync(file)) return false;
    }
    const name = file.slice(dir.length);
    const hashed = /[.-][A-Z0-9]{8,}\.(js|css|woff2?)$/i.test(name);
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (!this.proxy) return false;
    this.proxy.ws(req, socket, head);
    return true;
  }
}
