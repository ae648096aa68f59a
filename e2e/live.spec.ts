import { expect, HOME_UID, openZone, signInWithKey, test, tile, USERS } from './support/fixtures';

test.describe('live state', () => {
  test('a device change on the hub appears on its tile', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    await hub.sim('/components/112', { value: 25.5 });
    await expect(tile(page, 'Living room temperature')).toContainText('25.5°C');
    await hub.sim('/components/114', { alive: true, error_msg: null, battery_level: 90 });
    await openZone(page, 'Garden');
    await expect(tile(page, 'Garden soil moisture')).not.toContainText('Unavailable');
    await hub.sim('/components/114', { alive: false, error_msg: 'Sensor lost', battery_level: 5 });
    await expect(tile(page, 'Garden soil moisture')).toContainText('Unavailable: Sensor lost');
    await expect(tile(page, 'Garden soil moisture')).toContainText('Battery 5 %');
  });

  test('a permission grant makes a component appear and a revoke makes one disappear', async ({ page, hub }) => {
    await signInWithKey(page, USERS.member);
    await expect(tile(page, 'Living room lamp')).toBeVisible();
    await openZone(page, 'Bedroom');
    await expect(tile(page, 'Bedroom ceiling')).toHaveCount(0);
    await hub.sim('/permissions', { role: 3, component: 108, read: true, write: false });
    await expect(tile(page, 'Bedroom ceiling')).toBeVisible();
    await expect(tile(page, 'Bedroom ceiling')).toContainText('Read only');
    await openZone(page, 'Living room');
    await hub.sim('/permissions', { role: 3, component: 101, read: false, write: false });
    await expect(tile(page, 'Living room lamp')).toHaveCount(0);
    // The revoked component's retained feed message is still on the broker: it must stay ignored.
    await page.reload();
    await expect(tile(page, 'Living room dimmer')).toBeVisible();
    await expect(tile(page, 'Living room lamp')).toHaveCount(0);
  });

  test('a component created on the hub appears (the hub announces it only through perms-changed)', async ({ page, hub }) => {
    await signInWithKey(page, USERS.member);
    await openZone(page, 'Kitchen');
    await expect(tile(page, 'Coffee machine')).toHaveCount(0);
    await hub.sim('/components', {
      id: 140, instance: 1, name: 'Coffee machine', zone: 2, base_type: 'switch', value: false,
      app_widget: { type: 'switch-single', size: [2, 1] }, readable_by: [3],
    });
    await expect(tile(page, 'Coffee machine')).toBeVisible();
    await expect(tile(page, 'Coffee machine')).toContainText('Read only');
    // Deleting sends nothing at all; the next resync (here, after a permission change) drops it.
    await hub.sim('/components/140', undefined, 'DELETE');
    await hub.sim('/permissions', { role: 3, component: 102, read: true, write: true });
    await expect(tile(page, 'Coffee machine')).toHaveCount(0);
  });

  test('malformed feed payloads, wrong types and unknown ids are ignored', async ({ page, hub }) => {
    await signInWithKey(page, USERS.owner);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const topic = (model: string, id: number) => `SIMO/user/${USERS.owner.id}/feed/${HOME_UID}/${model}/${id}`;
    const now = Date.now() / 1000;
    const bad = [
      { topic: topic('Component', 101), payload: '{not json' },
      { topic: topic('Component', 101), payload: JSON.stringify({ value: false, timestamp: 'yesterday' }) },
      { topic: topic('Component', 101), payload: JSON.stringify({ value: 'banana', timestamp: now + 5 }) },
      { topic: topic('Component', 112), payload: JSON.stringify({ value: { nested: true }, alive: 'yes', battery_level: 'full', timestamp: now + 5 }) },
      { topic: topic('Component', 99999), payload: JSON.stringify({ value: true, timestamp: now + 5 }) },
      { topic: topic('Zone', 1), payload: JSON.stringify({ name: 42, timestamp: now + 5 }) },
      { topic: topic('Banana', 1), payload: '{}' },
      { topic: topic('InstanceUser', 7), payload: JSON.stringify({ at_home: 'maybe', timestamp: now + 5 }) },
      { topic: `SIMO/user/${USERS.owner.id}/perms-changed`, payload: '[]' },
      { topic: `SIMO/user/${USERS.owner.id}/control-resp/nobody`, payload: 'null' },
    ];
    for (const m of bad) await hub.sim('/publish', m);
    await expect(tile(page, 'Living room lamp')).toContainText('On');
    await expect(tile(page, 'Living room temperature')).toContainText('21.4°C');
    await expect(tile(page, 'Living room temperature')).not.toContainText('Unavailable');
    await expect(page.getByRole('tab', { name: 'Living room', exact: true })).toBeVisible();
    // And the dashboard still follows real changes.
    await hub.sim('/components/112', { value: 19.5 });
    await expect(tile(page, 'Living room temperature')).toContainText('19.5°C');
    expect(errors).toEqual([]);
  });
});
