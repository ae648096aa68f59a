/** The state of the live connection, as the UI explains it. */
export type LinkState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'connecting'; readonly attempt: number }
  | { readonly kind: 'connected'; readonly since: number }
  /** Waiting before the next attempt; `attempt` is the one that will be made at `retryAt`. */
  | { readonly kind: 'waiting'; readonly retryAt: number; readonly attempt: number }
  /** The hub refused the login (changed secret key, removed user): retrying will not help. */
  | { readonly kind: 'refused' };
