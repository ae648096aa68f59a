import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HubDb } from '../model/db.js';
import type { UserRow } from '../model/types.js';
import { escapeHtml, parseCookies, readBody, redirect, sendHtml } from './http-util.js';

/**
 * Stand-in for the simo.io single sign-on (users/sso_views.py): `/login/?next=…` shows a sign-in form
 * where the real hub would send the browser to simo.io, and a successful sign-in sets the Django
 * `sessionid` and `csrftoken` cookies and redirects to `next` (same host only, else `/admin/`).
 */
export class Sessions {
  private readonly sessions = new Map<string, number>();

  constructor(private readonly db: HubDb) {}

  userOf(req: IncomingMessage): UserRow | undefined {
    const id = this.sessions.get(parseCookies(req)['sessionid'] ?? '');
    return id === undefined ? undefined : this.db.user(id);
  }

  /** CSRF for session-authenticated unsafe methods: `X-CSRFToken` must equal the `csrftoken` cookie. */
  csrfOk(req: IncomingMessage): boolean {
    if ((req.headers['user-agent'] ?? '').startsWith('SIMO')) return true;
    const cookie = parseCookies(req)['csrftoken'];
    return !!cookie && req.headers['x-csrftoken'] === cookie;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname === '/login/' && req.method === 'GET') {
      sendHtml(res, 200, loginPage(safeNext(url.searchParams.get('next')), ''));
      return true;
    }
    if (url.pathname === '/login/' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const next = safeNext(form.get('next'));
      const user = this.db.userByEmail(form.get('email') ?? '');
      if (!user || user.sso_password !== form.get('password') || !this.db.isUserActive(user)) {
        sendHtml(res, 403, loginPage(next, 'Unauthorized: that email and password do not match an active account.'));
        return true;
      }
      const sid = randomBytes(16).toString('hex');
      this.sessions.set(sid, user.id);
      redirect(res, 302, next, {
        'Set-Cookie': [
          `sessionid=${sid}; Path=/; HttpOnly; SameSite=Lax; Max-Age=315360000`,
          `csrftoken=${randomBytes(16).toString('hex')}; Path=/; SameSite=Lax; Max-Age=31449600`,
        ],
      });
      return true;
    }
    if (url.pathname === '/logout/') {
      this.sessions.delete(parseCookies(req)['sessionid'] ?? '');
      redirect(res, 302, '/login/', { 'Set-Cookie': 'sessionid=; Path=/; Max-Age=0' });
      return true;
    }
    return false;
  }
}

/** `next` must stay on this host (sso_views.get_next). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/admin/';
}

function loginPage(next: string, error: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · SIMO.io (simulated)</title>
<style>body{font-family:system-ui,sans-serif;background:#f4f6f8;display:grid;place-items:center;min-height:100vh;margin:0}
form{background:#fff;padding:32px;border-radius:12px;box-shadow:0 2px 12px #0002;display:grid;gap:12px;min-width:300px}
input,button{font:inherit;padding:10px;border-radius:6px;border:1px solid #bbb}button{background:#0b57d0;color:#fff;border:0;cursor:pointer}
.error{color:#b3261e}</style></head>
<body><form method="post" action="/login/">
<h1>SIMO.io</h1><p>Simulated single sign-on of the demo hub.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label>Email <input name="email" type="email" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form></body></html>`;
}
