import { expect, openZone, signInWithKey, test, tile, USERS } from './support/fixtures';

test.describe('control', () => {
  test.use({ hubArgs: ['--device-delay-ms', '1200'] });

  test('toggling a switch shows pending, then the value the hub reports', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    await openZone(page, 'Kitchen');
    const kitchen = tile(page, 'Kitchen ceiling');
    const toggle = kitchen.getByRole('switch', { name: 'Kitchen ceiling' });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await toggle.click();
    await expect(kitchen).toContainText('Turning on…');
    await expect(kitchen).toHaveAttribute('aria-busy', 'true');
    // Until the device reports, the toggle shows what the hub says, not what was asked.
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(kitchen).toHaveAttribute('aria-busy', 'false');
    await expect(kitchen).not.toContainText('Turning on…');
    expect(((await hub.sim('/components/102')) as { value: unknown }).value).toBe(true);
  });

  test('a dimmer level is sent on release and shows once the device reports it', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    const dimmer = tile(page, 'Living room dimmer');
    const slider = dimmer.getByRole('slider', { name: 'Living room dimmer level' });
    await slider.fill('45');
    // The slider shows the level asked for, marked as pending, until the device reports it.
    await expect(dimmer).toContainText('Setting to 45%…');
    await expect(dimmer).toHaveAttribute('aria-busy', 'true');
    await expect(dimmer).toHaveAttribute('aria-busy', 'false');
    await expect(dimmer).toContainText('45%');
    await expect(slider).toHaveValue('45');
    await expect.poll(async () => ((await hub.sim('/components/107')) as { value: unknown }).value).toBe(45);
  });

  test('a command the user may not send shows the hub\'s "Permission denied"', async ({ page, hub }) => {
    await signInWithKey(page, USERS.member);
    await openZone(page, 'Kitchen');
    const kitchen = tile(page, 'Kitchen ceiling');
    await expect(kitchen.getByRole('switch', { name: 'Kitchen ceiling' })).toBeEnabled();
    // An owner moves this member to a role without write access. The real hub sends no perms-changed
    // for a role change, so the dashboard cannot know until the hub refuses.
    await hub.sim('/instance-users/9', { role: 4 });
    await kitchen.getByRole('switch', { name: 'Kitchen ceiling' }).click();
    await expect(kitchen.getByRole('alert')).toContainText('Permission denied');
    await expect(kitchen.getByRole('switch', { name: 'Kitchen ceiling' })).toHaveAttribute('aria-checked', 'false');
    await kitchen.getByRole('button', { name: 'Dismiss' }).click();
    await expect(kitchen.getByRole('alert')).toHaveCount(0);
  });

  test('a ban by the hub (too many commands from this account) is explained, with the time left', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    await openZone(page, 'Kitchen');
    // Another tablet on the same account went over the hub's limit.
    await hub.sim('/throttle/ban', { user: USERS.owner.id, seconds: 300 });
    const kitchen = tile(page, 'Kitchen ceiling');
    await kitchen.getByRole('switch', { name: 'Kitchen ceiling' }).click();
    await expect(kitchen.getByRole('alert')).toContainText('Rate limit exceeded');
    await expect(page.getByText(/refusing requests from this account for another (4|5) min/)).toBeVisible();
    await kitchen.getByRole('switch', { name: 'Kitchen ceiling' }).click();
    await expect(kitchen.getByRole('alert')).toContainText(/Not sent: the hub is refusing commands from this account for another (4 min \d+ s|5 min)/);
  });
});
