import { computed, inject } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods, withState } from '@ngrx/signals';
import { isObject } from '../../domain/json';
import { HubApi } from '../hub-api/hub-api';
import { HubAuth } from '../hub-api/hub-auth';
import { HubRequestError, type HubError } from '../hub-api/hub-error';
import type { HubUser, Instance } from '../hub-api/models';
import { KEY_VALUE_STORE, PAGE_LOCATION } from '../platform';
import { CredentialsVault } from './credentials-vault';
import type { SignInError } from './sign-in-error';

const SESSION_KEY = 'session:v1';

export type SessionStatus = 'restoring' | 'signed-out' | 'signing-in' | 'signed-in';

/** The MQTT login: email and secret key. Memory only. */
export interface LiveCredentials {
  readonly username: string;
  readonly password: string;
}

interface SessionState {
  readonly status: SessionStatus;
  readonly user: HubUser | null;
  readonly instances: readonly Instance[];
  readonly instanceUid: string | null;
  readonly credentials: LiveCredentials | null;
  readonly error: SignInError | null;
  /** The key is kept (encrypted) on this device. */
  readonly remembered: boolean;
}

/** What is kept on the device about the session: never the key itself (see CredentialsVault). */
interface SavedSession {
  readonly user: HubUser;
  readonly instances: readonly Instance[];
  readonly instanceUid: string | null;
}

/** Sign-in, sign-out, and which hub user and instance the dashboard shows. */
export const SessionStore = signalStore(
  { providedIn: 'root' },
  withState<SessionState>({
    status: 'restoring',
    user: null,
    instances: [],
    instanceUid: null,
    credentials: null,
    error: null,
    remembered: false,
  }),
  withComputed(({ instances, instanceUid, status }) => {
    const instance = computed(() => instances().find((i) => i.uid === instanceUid()) ?? null);
    return {
      instance,
      /** The home to keep live: the selected one while signed in, otherwise none. */
      liveInstance: computed(() => (status() === 'signed-in' ? instance() : null)),
    };
  }),
  withMethods((store, api = inject(HubApi), auth = inject(HubAuth), vault = inject(CredentialsVault), kv = inject(KEY_VALUE_STORE), location = inject(PAGE_LOCATION)) => {
    const persist = async () => {
      const user = store.user();
      if (!user) return;
      const saved: SavedSession = { user, instances: store.instances(), instanceUid: store.instanceUid() };
      await kv.set(SESSION_KEY, saved).catch(() => undefined);
    };

    /** Checks the key against the hub and takes the session into use. */
    const establish = async (email: string, secret: string, remember: boolean): Promise<boolean> => {
      auth.use(secret);
      let who;
      try {
        who = await api.whoami();
      } catch (err) {
        auth.use(null);
        const e: HubError = err instanceof HubRequestError ? err.error : { kind: 'malformed', what: String(err) };
        patchState(store, { status: 'signed-out', error: e.kind === 'unauthorized' ? { kind: 'wrong-credentials' } : { kind: 'hub', error: e } });
        return false;
      }
      if (email && who.user.email.toLowerCase() !== email.trim().toLowerCase()) {
        auth.use(null);
        patchState(store, { status: 'signed-out', error: { kind: 'email-mismatch' } });
        return false;
      }
      if (who.instances.length === 0) {
        auth.use(null);
        patchState(store, { status: 'signed-out', error: { kind: 'no-homes' } });
        return false;
      }
      const previous = store.instanceUid();
      const instanceUid = who.instances.some((i) => i.uid === previous) ? previous : who.instances[0]!.uid;
      const remembered = remember ? await vault.save(secret).catch(() => false) : (await vault.wipe(), false);
      patchState(store, {
        status: 'signed-in',
        user: who.user,
        instances: who.instances,
        instanceUid,
        credentials: { username: who.user.email, password: secret },
        error: null,
        remembered,
      });
      await persist();
      return true;
    };

    // Sign-in waits for the saved session to be read, so that a late restore cannot undo it.
    let restored: Promise<void> = Promise.resolve();
    const restore = async (): Promise<void> => {
      const saved = await kv.get<SavedSession>(SESSION_KEY).catch(() => undefined);
      if (!isObject(saved) || !isObject(saved.user) || !Array.isArray(saved.instances)) {
        patchState(store, { status: 'signed-out' });
        return;
      }
      const secret = await vault.load();
      if (!secret) {
        patchState(store, {
          status: 'signed-out',
          user: saved.user,
          instances: saved.instances,
          instanceUid: saved.instanceUid,
          error: { kind: 'key-not-kept' },
        });
        return;
      }
      auth.use(secret);
      patchState(store, {
        status: 'signed-in',
        user: saved.user,
        instances: saved.instances,
        instanceUid: saved.instanceUid ?? saved.instances[0]?.uid ?? null,
        credentials: { username: saved.user.email, password: secret },
        remembered: true,
      });
    };

    return {
      /** On start: the saved session and, if it was remembered, the key. */
      restore(): Promise<void> {
        restored = restore();
        return restored;
      },

      /** Email and secret key: REST sends `Secret`, MQTT logs in with email and key. */
      async signInWithKey(email: string, secret: string, remember: boolean): Promise<boolean> {
        await restored;
        patchState(store, { status: 'signing-in', error: null });
        return establish(email, secret.trim(), remember);
      },

      /** "Sign in with SIMO": the hub's own sign-in page, which comes back to `returnPath`. */
      beginHubSignIn(returnPath: string): void {
        location.assign(`/login/?next=${encodeURIComponent(returnPath)}`);
      },

      /** Back from the hub's sign-in: its session cookie gives the MQTT credentials (the secret key). */
      async completeHubSignIn(remember: boolean): Promise<boolean> {
        await restored;
        patchState(store, { status: 'signing-in', error: null });
        let creds;
        try {
          creds = await api.mqttCredentials();
        } catch (err) {
          const e: HubError = err instanceof HubRequestError ? err.error : { kind: 'malformed', what: String(err) };
          patchState(store, { status: 'signed-out', error: { kind: 'hub', error: e } });
          return false;
        }
        if (!creds) {
          patchState(store, { status: 'signed-out', error: { kind: 'no-hub-session' } });
          return false;
        }
        return establish(creds.username, creds.password, remember);
      },

      selectInstance(uid: string): void {
        if (!store.instances().some((i) => i.uid === uid) || uid === store.instanceUid()) return;
        patchState(store, { instanceUid: uid });
        void persist();
      },

      /** The hub no longer accepts the key (changed, user removed): back to sign-in, saved data kept. */
      credentialsRejected(): void {
        auth.use(null);
        void vault.wipe();
        patchState(store, { status: 'signed-out', credentials: null, remembered: false, error: { kind: 'key-rejected' } });
      },

      /** Forgets the key and the session on this device. */
      async signOut(): Promise<void> {
        auth.use(null);
        await vault.wipe();
        await kv.del(SESSION_KEY).catch(() => undefined);
        patchState(store, { status: 'signed-out', user: null, instances: [], instanceUid: null, credentials: null, error: null, remembered: false });
      },
    };
  }),
);
