import { formatWait } from '../../domain/wait';

/** Why a request to the hub failed, as a value the UI can explain. */
export type HubError =
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden'; readonly detail: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'malformed'; readonly what: string };

export class HubRequestError extends Error {
  constructor(readonly error: HubError) {
    super(describeHubError(error));
    this.name = 'HubRequestError';
  }
}

export function hubErrorOf(err: unknown): HubError {
  if (err instanceof HubRequestError) return err.error;
  return { kind: 'malformed', what: err instanceof Error ? err.message : String(err) };
}

export function describeHubError(e: HubError): string {
  switch (e.kind) {
    case 'unauthorized':
      return 'The hub did not accept these credentials. Check the email and secret key, or sign in again.';
    case 'forbidden':
      return `The hub refused: ${e.detail}`;
    case 'not-found':
      return 'The hub does not know this home. It may have been removed or renamed.';
    case 'rate-limited':
      return `The hub is limiting requests from this account. Try again in ${formatWait(e.retryAfterSeconds)}.`;
    case 'unreachable':
      return 'The hub is not reachable. Check the network; the dashboard keeps trying.';
    case 'server':
      return `The hub had an internal error (HTTP ${e.status}).`;
    case 'malformed':
      return `The hub sent something this dashboard does not understand (${e.what}).`;
  }
}
