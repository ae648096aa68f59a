import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import httpProxy from 'http-proxy';
import { createStaticHandler } from '../../../server/static-files.mjs';
import { sendHtml } from './http-util.js';

/**
 * Serves the dashboard from the hub's own origin, as nginx would serve built files beside the hub: from a
 * build folder (the same handler as the serve command: single-page-app fallback, security headers), or
 * by proxying a dev server.
 */
export class AppHost {
  private readonly proxy: httpProxy | null;
  private readonly serveFiles: ((req: IncomingMessage, res: ServerResponse) => boolean) | null;

  constructor(source: { dir?: string; proxy?: string }) {
    this.serveFiles = source.dir ? createStaticHandler(source.dir) : null;
    this.proxy = source.proxy ? httpProxy.createProxyServer({ target: source.proxy, ws: true, changeOrigin: true }) : null;
    this.proxy?.on('error', (_err, _req, res) => {
      if (res && 'writeHead' in res && !res.headersSent) {
        sendHtml(res, 502, '<p>The dashboard dev server is not answering yet. Reload in a moment.</p>');
      } else if (res && 'destroy' in res) {
        res.destroy();
      }
    });
  }

  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.proxy) {
      this.proxy.web(req, res);
      return true;
    }
    return this.serveFiles?.(req, res) ?? false;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (!this.proxy) return false;
    this.proxy.ws(req, socket, head);
    return true;
  }
}
