import { expect, signInWithKey, test, USERS } from './support/fixtures';

test.describe('notifications and media', () => {
  test('lists the hub notifications, announces new ones and archives them', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await expect(bell).toHaveAccessibleName('Notifications (3)');
    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await expect(panel.getByRole('article')).toHaveCount(3);
    await expect(panel.getByRole('article').first()).toContainText('Soil sensor offline');

    await hub.sim('/notifications', { instance: 1, severity: 'alarm', title: 'Water leak', body: 'Kitchen floor is wet.', to_users: [USERS.owner.id] });
    // Opening the list fetches at once; the new one is also announced.
    await page.getByRole('button', { name: 'Close notifications' }).click();
    await bell.click();
    await expect(panel.getByRole('article').first()).toContainText('Water leak');
    await expect(page.getByText('Water leak: Kitchen floor is wet.')).toBeVisible();

    await panel.getByRole('article', { name: 'Water leak' }).getByRole('button', { name: 'Archive' }).click();
    await expect(panel.getByRole('article', { name: 'Water leak' })).toHaveCount(0);
    const all = (await hub.sim('/notifications')) as { title: string; archived_by: number[] }[];
    expect(all.find((n) => n.title === 'Water leak')?.archived_by).toEqual([USERS.owner.id]);
    await expect(bell).toHaveAccessibleName('Notifications (3)');
  });

  test('shows avatars from the protected media, with an initial when there is none', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    const presence = page.getByRole('region', { name: 'Presence' });
    const avatar = presence.locator('img');
    await expect(avatar).toHaveAttribute('src', /^blob:/);
    expect(await avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Somebody without an avatar comes home: their initial stands in.
    await hub.sim('/instance-users/9', { at_home: true });
    await expect(presence).toContainText('Rory Restricted');
    await expect(presence.locator('simo-avatar')).toHaveCount(2);
    await expect(presence.locator('img')).toHaveCount(1);
    await expect(presence.locator('simo-avatar').filter({ hasText: 'R' })).toHaveCount(1);
  });
});
