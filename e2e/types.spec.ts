import type { Page } from '@playwright/test';
import type { HubProcess } from './support/hub-process';
import { expect, openZone, signInWithKey, test, tile, USERS } from './support/fixtures';

/**
 * One test per SIMO component type of the demo home: it operates the type the way a person would and
 * checks the value the simulated hub ends up with, and what the tile then shows. (Switch and dimmer have
 * theirs in control.spec.ts.) The control path is the same on both brokers, so these run on aedes.
 */
type Row = { value: unknown; meta: unknown; arm_status: string; config: Record<string, unknown> };
const row = (hub: HubProcess, id: number) => hub.sim(`/components/${id}`) as Promise<Row>;
const valueOf = async (hub: HubProcess, id: number) => (await row(hub, id)).value;

async function open(page: Page, zone: string, name: string) {
  await signInWithKey(page, USERS.owner);
  await openZone(page, zone);
  const t = tile(page, name);
  await expect(t).toBeVisible();
  return t;
}

/** Answers the confirmation dialog. */
async function confirm(page: Page, action: string) {
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: action, exact: true }).click();
}

test.describe('every component type against the simulated hub', () => {
  test.skip(({ broker, viaServeCommand }) => broker !== 'aedes' || viaServeCommand, 'the control path is covered on both brokers elsewhere');

  test('switch-double and switch-quintuple: one control per channel, each sends the whole list', async ({ page, hub }) => {
    const double = await open(page, 'Hallway', 'Hallway switch');
    await double.getByRole('button', { name: 'Channel 1' }).click();
    await expect.poll(() => valueOf(hub, 103)).toEqual([true, true]);
    await expect(double.getByRole('button', { name: 'Channel 1' })).toHaveAttribute('aria-pressed', 'true');
    await openZone(page, 'Other');
    const five = tile(page, 'Workshop relays');
    await five.getByRole('button', { name: 'Channel 5' }).click();
    await expect.poll(() => valueOf(hub, 106)).toEqual([false, false, false, false, false]);
    await expect(five.getByRole('button', { name: 'Channel 5' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('dimmer-plus: main and secondary levels, sent on release', async ({ page, hub }) => {
    const t = await open(page, 'Bedroom', 'Bedroom ceiling');
    await t.getByRole('slider', { name: 'Bedroom ceiling Secondary' }).fill('50');
    await expect.poll(() => valueOf(hub, 108)).toEqual({ main: 0.6, secondary: 0.5 });
    await expect(t).toContainText('Secondary 50%');
    await t.getByRole('switch', { name: 'Bedroom ceiling on or off' }).click();
    await expect.poll(() => valueOf(hub, 108)).toEqual({ main: 0, secondary: 0.5 });
    await expect(t).toContainText('Off');
  });

  test('rgbw-light: a scene is chosen and lit; off and on', async ({ page, hub }) => {
    const t = await open(page, 'Living room', 'TV backlight');
    await t.getByRole('radio', { name: /^Scene 3/ }).click();
    await expect.poll(async () => ((await valueOf(hub, 109)) as { active: number }).active).toBe(2);
    await expect(t.getByRole('radio', { name: /^Scene 3/ })).toHaveAttribute('aria-checked', 'true');
    await t.getByRole('switch', { name: 'TV backlight on or off' }).click();
    await expect.poll(async () => ((await valueOf(hub, 109)) as { is_on: boolean }).is_on).toBe(false);
    await expect(t).toContainText('Off');
  });

  test('binary-sensor, numeric-sensor-graph, multi-sensor and air-quality show what the device reports', async ({ page, hub }) => {
    const door = await open(page, 'Hallway', 'Front door contact');
    await expect(door.getByRole('button')).toHaveCount(1); // only the favourite star: sensors have no controls
    await hub.sim('/components/110', { value: true });
    await expect(door).toContainText('Active');
    await openZone(page, 'Garden');
    const outdoor = tile(page, 'Outdoor temperature');
    await expect(outdoor.getByRole('img', { name: 'Outdoor temperature, last 24 hours' })).toBeVisible();
    await hub.sim('/components/113', { value: -2.5 });
    await expect(outdoor).toContainText('-2.5°C');
    await openZone(page, 'Bedroom');
    await hub.sim('/components/115', { value: [['temperature', 19.5, 'C'], ['humidity', 52, '%'], ['real_feel', 19, 'C']] });
    await expect(tile(page, 'Bedroom climate')).toContainText('Humidity52%');
    await openZone(page, 'Kitchen');
    await expect(tile(page, 'Kitchen air quality')).toContainText('CO₂640 ppm');
  });

  test('button: the last event, and a press sent from the app', async ({ page, hub }) => {
    const t = await open(page, 'Bedroom', 'Bedside button');
    await t.getByRole('button', { name: 'Double click' }).click();
    await expect.poll(() => valueOf(hub, 117)).toBe('double-click');
    await expect(t).toContainText('Last: Double click');
  });

  test('lock: unlocking asks first (cancel does nothing), locking does not', async ({ page, hub }) => {
    const t = await open(page, 'Hallway', 'Front door lock');
    await t.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.waitForTimeout(500);
    expect(await valueOf(hub, 118)).toBe('locked');
    await t.getByRole('button', { name: 'Unlock' }).click();
    await confirm(page, 'Unlock');
    await expect(t).toContainText('Unlocked');
    expect(await valueOf(hub, 118)).toBe('unlocked');
    await t.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(t).toContainText('Locked');
    expect(await valueOf(hub, 118)).toBe('locked');
  });

  test('gate: opening asks first, shows the movement, then open; closing does not ask', async ({ page, hub }) => {
    const t = await open(page, 'Garden', 'Driveway gate');
    await t.getByRole('button', { name: 'Open' }).click();
    await confirm(page, 'Open');
    await expect(t).toContainText(/Opening…|Open/);
    await expect(t.locator('.state')).toHaveText(/Open$/);
    expect(await valueOf(hub, 119)).toBe('open');
    await t.getByRole('button', { name: 'Close' }).click();
    await expect(t.locator('.state')).toHaveText(/Closed$/);
    expect(await valueOf(hub, 119)).toBe('closed');
  });

  test('blinds and slides: close, a position in percent, the slat angle, open', async ({ page, hub }) => {
    const t = await open(page, 'Living room', 'Living room blinds');
    await t.getByRole('button', { name: 'Close' }).click();
    await expect(t.locator('.state')).toHaveText('Closed');
    expect(await valueOf(hub, 120)).toMatchObject({ target: 30000, position: 30000 });
    await t.getByRole('slider', { name: 'Living room blinds percent open' }).fill('50');
    await expect(t.locator('.state')).toHaveText('50% open');
    await t.getByRole('slider', { name: 'Living room blinds slat angle' }).fill('45');
    await expect.poll(async () => ((await valueOf(hub, 120)) as { angle: number }).angle).toBe(45);
    await expect(t).toContainText('Slats 45°');
    await openZone(page, 'Bedroom');
    const slides = tile(page, 'Bedroom curtains');
    await expect(slides.locator('.state')).toHaveText('25% open');
    await slides.getByRole('button', { name: 'Open' }).click();
    await expect(slides.locator('.state')).toHaveText('Open');
    expect(await valueOf(hub, 121)).toMatchObject({ target: 0, position: 0 });
  });

  test('alarm-group: arm at once, disarm after a confirmation, breach shown', async ({ page, hub }) => {
    const t = await open(page, 'Hallway', 'House alarm');
    await t.getByRole('button', { name: 'Arm', exact: true }).click();
    await expect(t.locator('.state')).toHaveText(/Armed/);
    expect(await valueOf(hub, 122)).toBe('armed');
    await hub.sim('/components/122', { value: 'breached', arm_status: 'breached' });
    await expect(t.locator('.state')).toHaveText(/Breached/);
    await t.getByRole('button', { name: 'Disarm' }).click();
    await confirm(page, 'Disarm');
    await expect(t.locator('.state')).toHaveText(/Disarmed/);
    expect(await valueOf(hub, 122)).toBe('disarmed');
  });

  test('thermostat: hold a target, back to the schedule, eco', async ({ page, hub }) => {
    const t = await open(page, 'Living room', 'Heating');
    await t.getByRole('slider', { name: 'Heating target temperature' }).fill('23');
    await expect(t).toContainText('Target 23°C · held');
    expect(await valueOf(hub, 123)).toMatchObject({ target_temp: 23, heating: true });
    await expect(t).toContainText('Heating');
    await t.getByRole('button', { name: 'Resume schedule' }).click();
    await expect(t).toContainText('Target 21°C · schedule');
    await t.getByRole('switch', { name: 'Eco' }).click();
    await expect(t).toContainText('· eco');
    expect(((await row(hub, 123)).config['user_config'] as { eco: { active: boolean } }).eco.active).toBe(true);
  });

  test('weather and ip-camera: what there is, and honestly what there is not', async ({ page, hub }) => {
    await open(page, 'Garden', 'Weather');
    await expect(tile(page, 'Weather')).toContainText('6.3°C');
    await expect(tile(page, 'Weather')).toContainText('Feels like3.9°C');
    await hub.sim('/components/124', { value: {}, alive: false, error_msg: 'No weather data from the cloud.' });
    await expect(tile(page, 'Weather')).toContainText('No weather report from the cloud.');
    await expect(tile(page, 'Weather')).toContainText('Unavailable: No weather data from the cloud.');
    await expect(tile(page, 'Driveway camera')).toContainText('No live view');
    await expect(tile(page, 'Driveway camera').getByRole('button')).toHaveCount(1); // the favourite star only
  });

  test('audio-player and video-player: play, next, volume, stop', async ({ page, hub }) => {
    const speaker = await open(page, 'Living room', 'Living room speaker');
    await speaker.getByRole('button', { name: 'Play' }).click();
    await expect(speaker.getByRole('button', { name: 'Pause' })).toBeVisible();
    expect(await valueOf(hub, 126)).toBe('playing');
    await speaker.getByRole('button', { name: 'Next' }).click();
    await expect(speaker).toContainText('Gymnopédie No. 1');
    await speaker.getByRole('slider', { name: 'Living room speaker volume' }).fill('55');
    await expect.poll(async () => ((await row(hub, 126)).meta as { volume: number }).volume).toBe(55);
    const tv = tile(page, 'Living room TV');
    await tv.getByRole('button', { name: 'Play' }).click();
    await expect(tv).toContainText('Playing');
    await tv.getByRole('button', { name: 'Stop' }).click();
    await expect(tv).toContainText('Stopped');
    expect(await valueOf(hub, 127)).toBe('stopped');
  });

  test('state-select: the home state, with the current one marked', async ({ page, hub }) => {
    const t = await open(page, 'Other', 'Home state');
    await expect(t.getByRole('radio', { name: 'Day' })).toHaveAttribute('aria-checked', 'true');
    await t.getByRole('radio', { name: 'Evening' }).click();
    await expect(t.getByRole('radio', { name: 'Evening' })).toHaveAttribute('aria-checked', 'true');
    expect(await valueOf(hub, 128)).toBe('evening');
  });

  test('script: stop and start', async ({ page, hub }) => {
    const t = await open(page, 'Living room', 'Presence lighting');
    await t.getByRole('button', { name: 'Stop' }).click();
    await expect(t).toContainText('Stopped');
    expect(await valueOf(hub, 129)).toBe('stopped');
    await t.getByRole('button', { name: 'Start' }).click();
    await expect(t).toContainText('Running');
    expect(await valueOf(hub, 129)).toBe('running');
  });

  test('watering: start, pause with progress, reset', async ({ page, hub }) => {
    const t = await open(page, 'Garden', 'Garden watering');
    await t.getByRole('button', { name: 'Start' }).click();
    await expect(t).toContainText('Watering');
    await hub.sim('/components/130', { value: { status: 'running_program', program_progress: 5 } });
    await expect(t).toContainText('5 of 20 min');
    await t.getByRole('button', { name: 'Pause' }).click();
    await expect(t).toContainText('Paused');
    expect(await valueOf(hub, 130)).toEqual({ status: 'paused_program', program_progress: 5 });
    await t.getByRole('button', { name: 'Reset' }).click();
    await expect(t.locator('.state')).toHaveText('Stopped');
    expect(await valueOf(hub, 130)).toEqual({ status: 'stopped', program_progress: 0 });
  });

  test('alarm-clock: the alarms set up; ringing, snoozed', async ({ page, hub }) => {
    const t = await open(page, 'Bedroom', 'Wake-up');
    await expect(t).toContainText('7:00 · Weekdays · Weekdays');
    await hub.sim('/components/131', { value: { in_alarm: true, events: [], events_triggered: [], alarm_timestamp: null, alarm_name: 'Weekdays' } });
    await expect(t).toContainText('Ringing: Weekdays');
    await t.getByRole('button', { name: 'Snooze 10 min' }).click();
    await expect(t).toContainText(/Next \w+/);
    const v = (await valueOf(hub, 131)) as { in_alarm: boolean; alarm_timestamp: number };
    expect(v.in_alarm).toBe(false);
    expect(v.alarm_timestamp * 1000).toBeGreaterThan(Date.now() + 8 * 60_000);
  });

  test('read-only components show their state without controls; hidden ones appear nowhere', async ({ page }) => {
    await signInWithKey(page, USERS.member);
    await openZone(page, 'Hallway');
    const lock = tile(page, 'Front door lock');
    await expect(lock).toContainText('Read only');
    await expect(lock).toContainText('Locked');
    await expect(lock.getByRole('button', { name: /Lock|Unlock/ })).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search components' }).fill('christmas');
    await expect(page.getByText('Nothing called “christmas” in this home.')).toBeVisible();
  });

  test('hidden and unknown types: the owner never sees a hidden one, an unknown type gets an honest plain tile', async ({ page, hub }) => {
    await hub.sim('/components', {
      id: 140, instance: 1, name: 'Teleporter', icon: null, zone: 6, category: 6, show_in_app: true, base_type: 'teleporter',
      controller_uid: 'acme.controllers.Teleporter', app_widget: { type: 'teleporter', size: [2, 1] }, value: { destination: 'Mars' },
      value_previous: null, value_units: null, config: {}, meta: {}, alive: true, error_msg: null, battery_level: null,
      alarm_category: null, arm_status: 'disarmed', last_change: 1, last_modified: 1, slaves: [], info: null, masters_only: false,
      readable_by: [2],
    });
    await signInWithKey(page, USERS.owner);
    await page.getByRole('radio', { name: 'Categories' }).click();
    await page.getByRole('tablist', { name: 'Categories' }).getByRole('tab', { name: /All/ }).click();
    await expect(tile(page, 'Garden watering')).toBeVisible();
    await expect(tile(page, 'Christmas lights')).toHaveCount(0);
    await openZoneOrCategory(page);
    const unknown = tile(page, 'Teleporter');
    await expect(unknown).toHaveAttribute('data-widget', 'plain');
    await expect(unknown).toContainText('Destination: Mars');
  });

  test('detail view: facts, the help text as Markdown, and the change log with who did it', async ({ page, hub }) => {
    const t = await open(page, 'Hallway', 'Front door lock');
    await hub.sim('/components/118', { value: 'unlocked', actor_type: 'user', actor_user_id: 3 });
    await t.getByRole('link', { name: 'Front door lock: details' }).click();
    await expect(page.getByRole('heading', { name: 'Front door lock', level: 1 })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '62 %' })).toBeVisible();
    const about = page.getByRole('region', { name: 'About' });
    await expect(about.locator('strong').first()).toHaveText('locking');
    await expect(about.getByRole('link', { name: 'Manual' })).toHaveAttribute('href', 'https://simo.io/');
    await expect(about.locator('li')).toHaveCount(2);
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByRole('listitem').first()).toContainText('Unlocked');
    await page.getByRole('link', { name: 'Back to the dashboard' }).first().click();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  });
});

async function openZoneOrCategory(page: Page) {
  await page.getByRole('radio', { name: 'Rooms' }).click();
  await openZone(page, 'Other');
}
