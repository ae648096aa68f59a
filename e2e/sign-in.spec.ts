import { expect, expectLive, openZone, signInWithKey, test, tile, USERS } from './support/fixtures';

test.describe('sign-in', () => {
  test('with email and secret key shows the demo home live, across every page of components', async ({ page }) => {
    await signInWithKey(page, USERS.owner);
    await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
    await expect(tile(page, 'Living room lamp')).toContainText('On');
    await expect(tile(page, 'Living room temperature')).toContainText('21.4°C');
    // The bundled fonts load from this origin (text in Roboto, icons from the Material Symbols font).
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces = [...document.fonts];
      const loaded = (family: string) => faces.some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
      return [loaded('Roboto'), loaded('Material Symbols Outlined')];
    });
    expect(fonts).toEqual([true, true]);
    // The hub pages components 10 at a time here; the last zone's tiles come from the last page.
    await openZone(page, 'Other');
    await expect(tile(page, 'Workshop relays')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Presence' })).toContainText('At home:');
    await expect(page.getByRole('region', { name: 'Presence' }).getByRole('list', { name: 'At home' }).getByRole('listitem')).toHaveText(['Olivia Owner']);
  });

  test('with the hub session ("Sign in with SIMO")', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with SIMO' }).click();
    await expect(page).toHaveURL(/\/login\/\?next=/);
    await page.getByLabel('Email').fill(USERS.member.email);
    await page.getByLabel('Password').fill(USERS.member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectLive(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(tile(page, 'Living room lamp')).toBeVisible();
    // The restricted member sees only what the Guest role may read.
    await expect(tile(page, 'TV backlight')).toHaveCount(0);
  });

  test('wrong credentials give a clear message and keep the form', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(USERS.owner.email);
    await page.getByLabel('Secret key').fill('WrongKey000000000000');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Wrong email or secret key');
    await expect(page.getByLabel('Email')).toHaveValue(USERS.owner.email);
    // A valid key with someone else's email is refused too: the MQTT login would fail.
    await page.getByLabel('Email').fill(USERS.member.email);
    await page.getByLabel('Secret key').fill(USERS.owner.secret);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('belongs to another account');
    // An inactive member is refused by the hub exactly like a wrong key; the message names both.
    await page.getByLabel('Email').fill(USERS.inactive.email);
    await page.getByLabel('Secret key').fill(USERS.inactive.secret);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('not active on the hub');
  });

  test('a wrong password on the hub sign-in page is refused there', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with SIMO' }).click();
    await page.getByLabel('Email').fill(USERS.member.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('Unauthorized');
  });

  test('the instance switcher shows the other home', async ({ page }) => {
    await signInWithKey(page, USERS.owner);
    await page.getByRole('combobox', { name: 'Home' }).click();
    await page.getByRole('option', { name: 'Lake Cabin' }).click();
    await expect(page.getByRole('heading', { name: 'Lake Cabin' })).toBeVisible();
    await expectLive(page);
    await expect(tile(page, 'Cabin lights')).toBeVisible();
    await expect(tile(page, 'Living room lamp')).toHaveCount(0);
  });
});
