import { test as base, expect, type Page } from '@playwright/test';
import { HubProcess } from './hub-process';
import { ServeProcess } from './serve-process';

export interface HubOptions {
  broker: 'aedes' | 'mosquitto';
  /** Extra command-line options for the simulated hub of a test (e.g. a slower device). */
  hubArgs: string[];
  /** The app reaches the hub through the serve command over HTTPS, as with a real hub. */
  viaServeCommand: boolean;
}

export interface DemoUser {
  readonly id: number;
  readonly email: string;
  readonly secret: string;
  readonly password: string;
  readonly name: string;
}

/** The demo home's users (hub/fixtures/demo-home.json). */
export const USERS = {
  master: { id: 1, email: 'master@demo.simo.io', secret: 'MstrK3y0a9b8c7d6e5f4', password: 'demo-master', name: 'Mia Master' },
  owner: { id: 3, email: 'owner@demo.simo.io', secret: '0wnerK3y1a2b3c4d5e6f', password: 'demo-owner', name: 'Olivia Owner' },
  member: { id: 4, email: 'member@demo.simo.io', secret: 'R3strictedKey9x8y7z6', password: 'demo-member', name: 'Rory Restricted' },
  inactive: { id: 5, email: 'inactive@demo.simo.io', secret: 'Inact1veKey5w4v3u2t1', password: 'demo-inactive', name: 'Ivy Inactive' },
} satisfies Record<string, DemoUser>;

export const HOME_UID = 'hQ7k2LmP9x';

export const test = base.extend<HubOptions & { hub: HubProcess; serve: ServeProcess | null; cspGuard: void }>({
  broker: ['aedes', { option: true }],
  hubArgs: [[], { option: true }],
  viaServeCommand: [false, { option: true }],
  hub: async ({ broker, hubArgs, viaServeCommand }, use) => {
    const hub = await HubProcess.start(broker, hubArgs, !viaServeCommand);
    await use(hub);
    await hub.stop();
  },
  serve: async ({ hub, viaServeCommand }, use) => {
    const serve = viaServeCommand ? await ServeProcess.start(hub.url) : null;
    await use(serve);
    await serve?.stop();
  },
  baseURL: async ({ hub, serve }, use) => use(serve?.url ?? hub.url),
  /** Every test fails on a Content-Security-Policy or Trusted Types violation in any page it opened. */
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => void violations.push(text));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
          void report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
        });
      });
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in with email and secret key and waits for the live dashboard. */
export async function signInWithKey(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Secret key').fill(user.secret);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectLive(page);
}

/** Waits until the service worker is registered and ready, reloads, and checks that it controls the page. */
export async function expectServiceWorkerInControl(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), { timeout: 15_000 }).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expectLive(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

export async function expectLive(page: Page): Promise<void> {
  await expect(connectionStatus(page)).toHaveText(/Live$/, { timeout: 15_000 });
}

/** The tile of a component (its accessible name is the component's name). */
export function tile(page: Page, name: string) {
  return page.getByRole('group', { name, exact: true });
}

export async function openZone(page: Page, zone: string): Promise<void> {
  await page.getByRole('tablist', { name: 'Zones' }).getByRole('tab', { name: zone, exact: true }).click();
}

/** The connection indicator. */
export function connectionStatus(page: Page) {
  return page.getByRole('status').filter({ has: page.locator('mat-icon') });
}
