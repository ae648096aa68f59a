import { computed, inject } from '@angular/core';
import { patchState, signalStore, withComputed, withHooks, withMethods, withState } from '@ngrx/signals';
import { CLOCK, LOCAL_SETTINGS } from '../core/platform';
import { DEFAULT_KIOSK, isValidPin, parseKioskProfile, pinDigest, type KioskProfile } from '../domain/kiosk';

interface KioskState {
  readonly profile: KioskProfile;
  /** The admin PIN was entered in this page's life: the kiosk may be left and its settings changed. */
  readonly unlocked: boolean;
  /** The last touch, key or pointer on the kiosk (idle night mode, quiet updates). */
  readonly lastInteraction: number;
  /** Why the last change could not be kept on this device, in words. */
  readonly saveError: string | null;
}

const KEY = 'kiosk';

/** This device's kiosk profile, and whether the admin has unlocked it. */
export const KioskStore = signalStore(
  { providedIn: 'root' },
  withState<KioskState>({ profile: DEFAULT_KIOSK, unlocked: false, lastInteraction: 0, saveError: null }),
  withComputed(({ profile, unlocked }) => ({
    /** The kiosk view holds the screen: kiosk mode is on and nobody has left it (with the PIN, if set). */
    holdsScreen: computed(() => profile().enabled && !unlocked()),
  })),
  withMethods((store, settings = inject(LOCAL_SETTINGS), clock = inject(CLOCK)) => {
    const save = (profile: KioskProfile) => {
      const ok = settings.write(KEY, profile);
      patchState(store, { profile, saveError: ok ? null : 'This device did not keep the kiosk settings (its storage is full or blocked).' });
    };
    return {
      update(changes: Partial<Omit<KioskProfile, 'pin'>>): void {
        save({ ...store.profile(), ...changes });
      },
      /** Sets (or with null, removes) the admin PIN. False when the PIN is not 4 to 8 digits. */
      setPin(pin: string | null): boolean {
        if (pin === null) {
          save({ ...store.profile(), pin: null });
          return true;
        }
        if (!isValidPin(pin)) return false;
        const salt = Math.floor(clock.random() * 2 ** 32).toString(16);
        save({ ...store.profile(), pin: { salt, digest: pinDigest(pin, salt) } });
        return true;
      },
      /** Unlocks the kiosk when the PIN is right (or none is set). */
      unlock(pin: string): boolean {
        const p = store.profile().pin;
        const ok = !p || pinDigest(pin, p.salt) === p.digest;
        if (ok) patchState(store, { unlocked: true });
        return ok;
      },
      /** Back to the kiosk: locked again if a PIN is set. */
      lock(): void {
        patchState(store, { unlocked: false });
      },
      touched(): void {
        patchState(store, { lastInteraction: clock.now() });
      },
    };
  }),
  withHooks({
    onInit(store, settings = inject(LOCAL_SETTINGS), clock = inject(CLOCK)) {
      patchState(store, { profile: parseKioskProfile(settings.read(KEY)), lastInteraction: clock.now() });
    },
  }),
);
