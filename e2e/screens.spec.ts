import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { expect, expectLive, openZone, signInWithKey, test, tile, USERS } from './support/fixtures';

const SHOTS = resolve(__dirname, '..', 'docs', 'screenshots');

/** Serious and critical axe-core findings (WCAG 2.2 A and AA rules), as readable lines. */
async function a11yProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

// The layouts, their screenshots for the README, and the accessibility checks run once, on aedes.
test.describe('layouts, themes and accessibility', () => {
  test.skip(({ broker, viaServeCommand }) => broker !== 'aedes' || viaServeCommand, 'once is enough');

  test('desktop: every main view has no serious axe findings, and the screenshot', async ({ page }) => {
    await signInWithKey(page, USERS.owner);
    await expect(tile(page, 'Living room lamp')).toBeVisible();
    expect(await a11yProblems(page), 'rooms view').toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'desktop.png') });

    await page.getByRole('radio', { name: 'Categories' }).click();
    await page.getByRole('tablist', { name: 'Categories' }).getByRole('tab', { name: /Security/ }).click();
    await expect(tile(page, 'House alarm')).toBeVisible();
    expect(await a11yProblems(page), 'categories view').toEqual([]);

    await page.getByRole('searchbox', { name: 'Search components' }).fill('lamp');
    await expect(page.getByRole('heading', { name: /results? for “lamp”/ })).toBeVisible();
    expect(await a11yProblems(page), 'search').toEqual([]);
    await page.getByRole('searchbox', { name: 'Search components' }).fill('outdoor');
    await tile(page, 'Outdoor temperature').getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await expect(page.getByText('Last 24 hours')).toBeVisible();
    expect(await a11yProblems(page), 'detail view').toEqual([]);
  });

  test('keyboard: the tiles are reachable with Tab, a switch works with Space, a confirmation closes with Escape', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    await page.getByRole('searchbox', { name: 'Search components' }).focus();
    let inTile = false;
    for (let i = 0; i < 30 && !inTile; i++) {
      await page.keyboard.press('Tab');
      inTile = await page.evaluate(() => document.activeElement?.closest('simo-component-tile') !== null);
    }
    expect(inTile, 'Tab reaches the tiles').toBe(true);
    await tile(page, 'Living room lamp').getByRole('switch').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => ((await hub.sim('/components/101')) as { value: boolean }).value).toBe(false);
    await openZone(page, 'Hallway');
    await tile(page, 'Front door lock').getByRole('button', { name: 'Unlock' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(((await hub.sim('/components/118')) as { value: string }).value).toBe('locked');
  });

  test('wall tablet: big touch targets, and the screenshot', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, hasTouch: true, isMobile: false });
    const page = await context.newPage();
    await signInWithKey(page, USERS.owner);
    await openZone(page, 'Living room');
    await expect(tile(page, 'Living room dimmer')).toBeVisible();
    // Every control on a tile is at least 48 px in both directions.
    const small = await page.locator('simo-component-tile').evaluateAll((tiles) =>
      tiles.flatMap((t) =>
        [...t.querySelectorAll<HTMLElement>('button, [role="switch"], a, input[type="range"]')]
          .map((el) => {
            const target = el.closest('mat-slide-toggle, mat-slider') ?? el;
            const r = (target as HTMLElement).getBoundingClientRect();
            return { name: el.getAttribute('aria-label') ?? el.textContent?.trim(), w: r.width, h: r.height, tag: target.tagName };
          })
          .filter((r) => r.tag !== 'A' && (r.w < 47.5 || r.h < 47.5)),
      ),
    );
    expect(small).toEqual([]);
    expect(await a11yProblems(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'tablet.png') });
    await context.close();
  });

  test('phone: one column, bottom navigation, and the screenshot', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await signInWithKey(page, USERS.owner);
    const nav = page.getByRole('navigation', { name: 'Views' });
    const box = await nav.boundingBox();
    expect(box!.y + box!.height).toBeGreaterThan(800);
    const xs = await page.locator('simo-component-tile').evaluateAll((tiles) => new Set(tiles.map((t) => Math.round(t.getBoundingClientRect().x))).size);
    expect(xs).toBe(1);
    await nav.getByRole('radio', { name: 'Favourites' }).click();
    await expect(page.getByText('No favourites yet')).toBeVisible();
    await nav.getByRole('radio', { name: 'Rooms' }).click();
    expect(await a11yProblems(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'phone.png') });
    await context.close();
  });

  test('dark: follows the system, can be overridden, and the screenshot', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await signInWithKey(page, USERS.owner);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    expect(luminance(dark)).toBeLessThan(0.2);
    expect(await a11yProblems(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'dark.png') });
    // A manual override wins over the system, and it is kept on this device.
    await page.getByRole('button', { name: 'Account and settings' }).click();
    await page.getByRole('menuitemradio', { name: 'Light' }).click();
    await expect.poll(async () => luminance(await background())).toBeGreaterThan(0.8);
    await page.reload();
    await expectLive(page);
    expect(luminance(await background())).toBeGreaterThan(0.8);
    await context.close();
  });
});

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}
