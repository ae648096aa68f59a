// Serves the built dashboard: files as they are, deep links of the single-page app as index.html, the
// security headers on everything, long caching only for content-hashed files.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders } from './security-headers.mjs';

const TYPES = {
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
 * @param {string} dir the build folder (with index.html)
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   true when it answered, false when the request is not for a file of the app
 */
export function createStaticHandler(dir) {
  const root = normalize(dir).replace(/[\/]+$/, '');
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return false;
    }
    const rel = normalize(pathname).replace(/^([/\\])+/, '');
    let file = join(root, rel);
    if (file !== root && !file.startsWith(root + sep)) return false;
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Deep links get index.html; a missing asset is a real 404 for the caller to give.
      if (extname(rel) !== '') return false;
      file = join(root, 'index.html');
      if (!existsSync(file)) return false;
    }
    const hashed = /[.-][A-Z0-9]{8,}\.(js|css|woff2?)$/i.test(file);
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}
