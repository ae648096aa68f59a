import { expect, expectLive, signInWithKey, test, tile, USERS } from './support/fixtures';

test.describe('through the serve command, over HTTPS', () => {
  test('serves the app and the hub on one secure origin, with the security headers', async ({ page, baseURL, hub }) => {
    expect(baseURL).toMatch(/^https:\/\//);
    for (const path of ['/', '/sign-in', '/manifest.webmanifest']) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(200);
      const h = res.headers();
      const csp = h['content-security-policy'] ?? '';
      const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['permissions-policy']).toContain('camera=()');
    }
    // The hub's paths are the hub's, through the proxy.
    const info = await page.request.get('/api-hub-info/');
    expect(await info.json()).toEqual(expect.objectContaining({ hub_uid: 'sim-9f3c27e1a4' }));
    expect(hub.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  test('the secret is in no web storage and in no IndexedDB store after sign-in', async ({ page }) => {
    await signInWithKey(page, USERS.owner);
    await page.waitForTimeout(1500); // the debounced save of the dashboard
    const dump = await page.evaluate(async () => {
      const parts: string[] = [];
      const text = (v: unknown): string => {
        if (v instanceof ArrayBuffer) return new TextDecoder('latin1').decode(v);
        if (ArrayBuffer.isView(v)) return new TextDecoder('latin1').decode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
        if (typeof CryptoKey !== 'undefined' && v instanceof CryptoKey) return `[CryptoKey extractable=${v.extractable}]`;
        if (Array.isArray(v)) return v.map(text).join(',');
        if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}:${text(x)}`).join(',');
        return String(v);
      };
      for (const store of [localStorage, sessionStorage]) {
        for (let i = 0; i < store.length; i++) parts.push(`${store.key(i)}=${store.getItem(store.key(i)!)}`);
      }
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const name of Array.from(db.objectStoreNames)) {
          const tx = db.transaction(name);
          const [keys, values] = await Promise.all(
            ['getAllKeys', 'getAll'].map(
              (m) => new Promise<unknown[]>((resolve) => {
                const req = (tx.objectStore(name) as unknown as Record<string, () => IDBRequest<unknown[]>>)[m]!();
                req.onsuccess = () => resolve(req.result);
              }),
            ),
          );
          parts.push(`${info.name}/${name}: ${text(keys)} => ${text(values)}`);
        }
        db.close();
      }
      return parts.join('\n');
    });
    expect(dump).toContain('vault:secret:v1'); // the key is remembered: encrypted
    expect(dump).toContain('[CryptoKey extractable=false]');
    expect(dump).toContain('Living room lamp'); // the saved dashboard is there
    expect(dump).not.toContain(USERS.owner.secret);
    expect(dump).not.toContain(Buffer.from(USERS.owner.secret).toString('base64'));
  });

  test('"Sign in with SIMO" comes back to this origin', async ({ page, baseURL }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with SIMO' }).click();
    await page.getByLabel('Email').fill(USERS.owner.email);
    await page.getByLabel('Password').fill(USERS.owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectLive(page);
    expect(page.url().startsWith(baseURL!)).toBe(true);
  });

  test('a key changed on the hub takes the user back to sign-in, keeping the saved dashboard', async ({ page, hub }) => {
    await signInWithKey(page, USERS.member);
    await page.waitForTimeout(1500);
    await hub.sim(`/users/${USERS.member.id}/secret-key`, { secret_key: 'BrandNewKey000000000' });
    await expect(page).toHaveURL(/\/sign-in$/, { timeout: 20_000 });
    await expect(page.getByRole('alert')).toContainText('no longer accepts your secret key');
    const keys = await page.evaluate(
      () => new Promise<string[]>((resolve) => {
        const open = indexedDB.open('simo-dashboard');
        open.onsuccess = () => {
          const req = open.result.transaction('kv').objectStore('kv').getAllKeys();
          req.onsuccess = () => resolve(req.result.map(String));
        };
      }),
    );
    expect(keys).toContain('snapshot:hQ7k2LmP9x');
    expect(keys).not.toContain('vault:secret:v1');
    await page.getByLabel('Email').fill(USERS.member.email);
    await page.getByLabel('Secret key').fill('BrandNewKey000000000');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectLive(page);
    await expect(tile(page, 'Living room lamp')).toBeVisible();
  });
});
