import { connectionStatus, expect, expectLive, expectServiceWorkerInControl, signInWithKey, test, tile, USERS } from './support/fixtures';

test.describe('installable app', () => {
  test.use({ serviceWorkers: 'allow' });
  test.skip(({ broker, viaServeCommand }) => broker !== 'aedes' || viaServeCommand, 'once is enough');

  test('the web manifest is complete and every icon it lists loads at its size, maskable included', async ({ page }) => {
    await page.goto('/sign-in');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(href!, page.url()).toString())).json();
    expect(manifest).toMatchObject({ name: 'SIMO Dashboard', short_name: 'SIMO', display: 'standalone', start_url: './', scope: './' });
    expect(manifest.description).toBeTruthy();
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
    for (const need of ['192x192', '512x512']) {
      expect(pngs.some((i: { sizes: string; purpose: string }) => i.sizes === need && i.purpose === 'any'), `${need} any`).toBe(true);
      expect(pngs.some((i: { sizes: string; purpose: string }) => i.sizes === need && i.purpose === 'maskable'), `${need} maskable`).toBe(true);
    }
    for (const icon of pngs as { src: string; sizes: string }[]) {
      const size = await page.evaluate(async (src) => {
        const blob = await (await fetch(src)).blob();
        const bitmap = await createImageBitmap(blob);
        return `${bitmap.width}x${bitmap.height}`;
      }, new URL(icon.src, new URL(href!, page.url())).toString());
      expect(size, icon.src).toBe(icon.sizes);
    }
  });

  test('the service worker takes control, and the app starts offline from it with the saved dashboard', async ({ page, context }) => {
    await signInWithKey(page, USERS.owner);
    await expectServiceWorkerInControl(page);
    // The worker has the shell, the fonts and the icons by now; give the saved state its debounce.
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1500);

    await context.setOffline(true);
    await page.reload();
    await expect(tile(page, 'Living room lamp')).toBeVisible();
    await expect(connectionStatus(page)).toContainText(/Offline: showing saved state from \d\d?:\d\d/);
    const iconsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Material Symbols Outlined' && f.status === 'loaded');
    });
    expect(iconsLoaded, 'the icon font comes from the worker too').toBe(true);

    await context.setOffline(false);
    await expectLive(page);
  });
});
