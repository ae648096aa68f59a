import type { Page } from '@playwright/test';
import { connectionStatus, expect, expectLive, signInWithKey, test, tile, USERS } from './support/fixtures';

async function switchTo(page: Page, home: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Home' }).click();
  await page.getByRole('option', { name: home }).click();
  await expect(page.getByRole('heading', { name: home, level: 1 })).toBeVisible();
}

test.describe('more than one home', () => {
  test('the last home is remembered on the device, and switching back is instant from saved state', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    await switchTo(page, 'Lake Cabin');
    await expectLive(page);
    await expect(tile(page, 'Cabin lights')).toBeVisible();
    await page.waitForTimeout(1500); // the saved state is written at most once a second

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Lake Cabin', level: 1 })).toBeVisible();
    await expectLive(page);

    await switchTo(page, 'Home');
    await expectLive(page);
    await expect(tile(page, 'Living room lamp')).toBeVisible();
    await page.waitForTimeout(1500);

    // With the hub unreachable, the cabin still shows at once, from what this device saved, marked offline.
    await hub.sim('/outage', { on: true });
    await switchTo(page, 'Lake Cabin');
    await expect(tile(page, 'Cabin lights')).toBeVisible();
    await expect(tile(page, 'Living room lamp')).toHaveCount(0);
    await expect(connectionStatus(page)).not.toHaveText(/Live$/);
    await hub.sim('/components/203', { value: 60 });
    await hub.sim('/outage', { on: false });
    await expectLive(page);
    await expect(tile(page, 'Cabin lights')).toContainText('60%');
  });
});
