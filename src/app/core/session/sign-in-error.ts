import { describeHubError, type HubError } from '../hub-api/hub-error';

/** Why signing in did not work, as a value the sign-in page explains. */
export type SignInError =
  | { readonly kind: 'wrong-credentials' }
  | { readonly kind: 'email-mismatch' }
  | { readonly kind: 'no-homes' }
  | { readonly kind: 'no-hub-session' }
  | { readonly kind: 'key-not-kept' }
  | { readonly kind: 'key-rejected' }
  | { readonly kind: 'hub'; readonly error: HubError };

export function describeSignInError(e: SignInError): string {
  switch (e.kind) {
    case 'wrong-credentials':
      return 'Wrong email or secret key, or this account is not active on the hub. The secret key is the 20-character key from your SIMO.io user profile.';
    case 'email-mismatch':
      return 'This secret key belongs to another account. Check the email address.';
    case 'no-homes':
      return 'This account is not an active member of any home on this hub.';
    case 'no-hub-session':
      return 'The hub did not sign you in. Try "Sign in with SIMO" again.';
    case 'key-not-kept':
      return 'This device did not keep your key. Sign in again to go live; your saved dashboard is still here.';
    case 'key-rejected':
      return 'The hub no longer accepts your secret key (it may have been changed). Sign in again; your saved dashboard is still here.';
    case 'hub':
      return describeHubError(e.error);
  }
}
