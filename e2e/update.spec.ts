import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { APP_DIR } from './support/hub-process';
import { expect, expectLive, expectServiceWorkerInControl, signInWithKey, test, tile, USERS } from './support/fixtures';

const ROOT = resolve(__dirname, '..');

/**
 * A new version deployed while the dashboard is open: the hub serves a copy of the build, which the test
 * turns into "the next build" by changing the shell and regenerating the worker's manifest (ngsw.json),
 * exactly what a new `ng build` produces for the worker.
 */
test.describe('updates', () => {
  test.skip(({ broker, viaServeCommand }) => broker !== 'aedes' || viaServeCommand, 'once is enough');
  // A copy of the build per worker, made only when the test runs (not when the file is merely loaded).
  const dir = join(tmpdir(), `simo-app-${process.pid}`);
  test.use({ serviceWorkers: 'allow', hubArgs: ['--app-dir', dir] });
  test.beforeAll(() => cpSync(APP_DIR, dir, { recursive: true }));
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a new version is detected, offered, and reached with one reload, settings kept, no white screen', async ({ page }) => {
    await signInWithKey(page, USERS.owner);
    await expectServiceWorkerInControl(page);
    await page.getByRole('button', { name: 'Account and settings' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await page.keyboard.press('Escape');

    // Deploy "the next build".
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head>\n  <meta name="simo-build" content="next">'));
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/@angular/service-worker/ngsw-config.js'), relative(ROOT, dir), 'ngsw-config.json', '/'], { cwd: ROOT });

    // The app checks when the page becomes visible again (and every half hour).
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const banner = page.getByRole('status').filter({ hasText: 'Update ready.' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await banner.getByRole('button', { name: 'Reload' }).click();

    await expect(page.locator('meta[name="simo-build"]')).toHaveAttribute('content', 'next', { timeout: 20_000 });
    await expect(tile(page, 'Living room lamp')).toBeVisible();
    await expectLive(page);
    expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe('dark');
    await expect(banner).toHaveCount(0);
  });
});
