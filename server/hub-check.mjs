// Before serving, make sure the hub answers and is a SIMO hub: `/api-hub-info/` is public and gives
// `{"hub_uid": …}` on every real hub.
import http from 'node:http';
import https from 'node:https';

export class HubCheckError extends Error {}

/**
 * @param {URL} hub
 * @param {{ insecure: boolean, timeoutMs?: number }} options
 * @returns {Promise<{ hubUid: string }>}
 */
export function checkHub(hub, { insecure, timeoutMs = 8000 }) {
  const url = new URL('/api-hub-info/', hub);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { rejectUnauthorized: !insecure, timeout: timeoutMs, headers: { Accept: 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        if (body.length < 65536) body += d;
      });
      res.on('end', () => {
        let info;
        try {
          info = JSON.parse(body);
        } catch {
          info = null;
        }
        if (res.statusCode === 200 && info && typeof info.hub_uid === 'string') resolve({ hubUid: info.hub_uid });
        else reject(new HubCheckError(`${hub.origin} answered, but it is not a SIMO hub (no hub_uid at /api-hub-info/, HTTP ${res.statusCode}).`));
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', (err) => {
      const code = /** @type {{ code?: string }} */ (err).code ?? '';
      if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
        reject(new HubCheckError(
          `The hub's certificate is not trusted (${code}). A hub's own LAN address uses a self-signed certificate: ` +
            'if this is your hub, pass --insecure-hub to trust it for this connection only.',
        ));
      } else {
        reject(new HubCheckError(`The hub at ${hub.origin} is not reachable: ${err.message}.`));
      }
    });
  });
}
