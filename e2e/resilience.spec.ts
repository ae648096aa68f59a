import { connectionStatus, expect, expectLive, openZone, signInWithKey, test, tile, USERS } from './support/fixtures';

test.describe('resilience', () => {
  test('the broker restarts: the app reconnects, re-subscribes and catches up', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    const restart = hub.sim('/broker/restart', { down_ms: 2500 });
    await expect(connectionStatus(page)).toContainText(/Reconnecting in \d+ s|Connecting…/);
    // Changed while the broker was down: only the resync after reconnecting can bring it.
    await hub.sim('/components/112', { value: 30.5 });
    await restart;
    await expectLive(page);
    await expect(tile(page, 'Living room temperature')).toContainText('30.5°C');
    // And the subscriptions are back: a later change arrives over the feed.
    await hub.sim('/components/101', { value: false });
    await expect(tile(page, 'Living room lamp').getByRole('switch', { name: 'Living room lamp' })).toHaveAttribute('aria-checked', 'false');
  });

  test('a reload with the hub down shows the saved dashboard, marked offline, and goes live when it is back', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    await hub.sim('/components/112', { value: 22.5 });
    await expect(tile(page, 'Living room temperature')).toContainText('22.5°C');
    // The saved state is written at most once a second.
    await page.waitForTimeout(1500);
    await hub.sim('/outage', { on: true });
    await page.reload();
    await expect(tile(page, 'Living room temperature')).toContainText('22.5°C');
    await expect(connectionStatus(page)).toContainText(/Offline: showing saved state from \d\d?:\d\d/);
    await expect(tile(page, 'Living room temperature')).toHaveClass(/stale/);
    await hub.sim('/components/112', { value: 23.5 });
    await hub.sim('/outage', { on: false });
    await expectLive(page);
    await expect(tile(page, 'Living room temperature')).toContainText('23.5°C');
    await expect(tile(page, 'Living room temperature')).not.toHaveClass(/stale/);
  });

  test('signing out forgets the key and the saved dashboard', async ({ page }) => {
    await signInWithKey(page, USERS.owner);
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Account and settings' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in$/);
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('simo-dashboard');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const req = db.transaction('kv').objectStore('kv').getAllKeys();
        req.onsuccess = () => resolve(req.result);
      });
      return keys.map(String);
    });
    expect(stored).toEqual([]);
  });
});
