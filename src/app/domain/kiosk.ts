import { isFiniteNumber, isInt, isObject } from './json';

/** What a wall tablet shows: a zone, a category or the favourites. */
export type KioskView = { readonly kind: 'zone' | 'category'; readonly id: number | null } | { readonly kind: 'favourites' };

export type NightMode = 'off' | 'schedule' | 'idle';
export type NightStyle = 'dim' | 'clock';

/** The kiosk profile of this device (kept on the device, not on the hub). */
export interface KioskProfile {
  readonly enabled: boolean;
  readonly view: KioskView;
  /** Digest of the admin PIN, or null: without a PIN the kiosk is not locked down. */
  readonly pin: { readonly salt: string; readonly digest: string } | null;
  readonly night: {
    readonly mode: NightMode;
    /** "HH:MM", local time; the schedule may cross midnight. */
    readonly from: string;
    readonly to: string;
    readonly idleMinutes: number;
    readonly style: NightStyle;
  };
  /** Reload quietly once a night (at 03:30) to start each day fresh. */
  readonly nightlyReload: boolean;
  /** Reload when the hub has not been live for this long (the watchdog). */
  readonly watchdogMinutes: number;
  /** A button or binary sensor (a doorbell) that takes over the screen when it fires, or null. */
  readonly doorbell: number | null;
}

export const DEFAULT_KIOSK: KioskProfile = {
  enabled: false,
  view: { kind: 'zone', id: null },
  pin: null,
  night: { mode: 'off', from: '22:00', to: '06:30', idleMinutes: 5, style: 'clock' },
  nightlyReload: true,
  watchdogMinutes: 10,
  doorbell: null,
};

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

/** Reads a saved profile, keeping every field that is valid and defaulting the rest. */
export function parseKioskProfile(raw: unknown): KioskProfile {
  if (!isObject(raw)) return DEFAULT_KIOSK;
  const d = DEFAULT_KIOSK;
  const v = isObject(raw['view']) ? raw['view'] : {};
  const view: KioskView =
    v['kind'] === 'favourites'
      ? { kind: 'favourites' }
      : v['kind'] === 'zone' || v['kind'] === 'category'
        ? { kind: v['kind'], id: isInt(v['id']) ? v['id'] : null }
        : d.view;
  const p = isObject(raw['pin']) ? raw['pin'] : null;
  const pin = p && typeof p['salt'] === 'string' && typeof p['digest'] === 'string' ? { salt: p['salt'], digest: p['digest'] } : null;
  const n = isObject(raw['night']) ? raw['night'] : {};
  const mode: NightMode = n['mode'] === 'schedule' || n['mode'] === 'idle' ? n['mode'] : 'off';
  const time = (x: unknown, fallback: string) => (typeof x === 'string' && TIME.test(x) ? x : fallback);
  const idle = isFiniteNumber(n['idleMinutes']) && n['idleMinutes'] >= 1 && n['idleMinutes'] <= 240 ? Math.round(n['idleMinutes']) : d.night.idleMinutes;
  const watchdog = isFiniteNumber(raw['watchdogMinutes']) && raw['watchdogMinutes'] >= 2 && raw['watchdogMinutes'] <= 240
    ? Math.round(raw['watchdogMinutes'])
    : d.watchdogMinutes;
  return {
    enabled: raw['enabled'] === true,
    view,
    pin,
    night: {
      mode,
      from: time(n['from'], d.night.from),
      to: time(n['to'], d.night.to),
      idleMinutes: idle,
      style: n['style'] === 'dim' ? 'dim' : 'clock',
    },
    nightlyReload: raw['nightlyReload'] !== false,
    watchdogMinutes: watchdog,
    doorbell: isInt(raw['doorbell']) ? raw['doorbell'] : null,
  };
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Whether a local time falls within a "from–to" schedule; `to` before `from` crosses midnight. */
export function withinSchedule(from: string, to: string, at: Date): boolean {
  const now = at.getHours() * 60 + at.getMinutes();
  const a = minutesOf(from);
  const b = minutesOf(to);
  if (a === b) return false;
  return a < b ? now >= a && now < b : now >= a || now < b;
}

/** Whether the screen should be asleep now: by schedule, or after the idle time since the last touch. */
export function shouldSleep(profile: KioskProfile, now: number, lastTouch: number): boolean {
  const n = profile.night;
  // A touch keeps the screen awake for a minute even inside the schedule.
  const recentlyTouched = now - lastTouch < 60_000;
  if (n.mode === 'schedule') return !recentlyTouched && withinSchedule(n.from, n.to, new Date(now));
  if (n.mode === 'idle') return now - lastTouch >= n.idleMinutes * 60_000;
  return false;
}

/**
 * A digest of the admin PIN with a salt (FNV-1a, iterated). The PIN keeps people at the wall from
 * leaving the kiosk; it is not a secret against someone with the device's developer tools, and it
 * works where WebCrypto does not (plain http on the LAN).
 */
export function pinDigest(pin: string, salt: string): string {
  let h = 0x811c9dc5;
  const text = `${salt}:${pin}`;
  for (let round = 0; round < 1000; round++) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= round;
  }
  return h.toString(16).padStart(8, '0');
}

/** A PIN is 4 to 8 digits. */
export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

/** When the nightly reload is due: 03:30 local time, once, if the page has been up for an hour. */
export function nightlyReloadDue(now: number, startedAt: number): boolean {
  const at = new Date(now);
  return at.getHours() === 3 && at.getMinutes() >= 30 && at.getMinutes() < 40 && now - startedAt > 3_600_000;
}
