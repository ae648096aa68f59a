import { formatWait } from '../../domain/wait';

/** What became of a command, as the caller sees it once the hub has answered (or not). */
export type CommandOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rejected'; readonly summary: string; readonly full: string }
  | { readonly kind: 'timed-out' }
  | { readonly kind: 'not-sent'; readonly reason: NotSentReason };

export type NotSentReason = 'offline' | 'too-many' | 'not-allowed' | 'rate-limited';

/** Why a command was not sent; `waitSeconds` is how long the hub's ban still lasts. */
export function describeNotSent(reason: NotSentReason, waitSeconds = 0): string {
  switch (reason) {
    case 'rate-limited':
      return `Not sent: the hub is refusing commands from this account for another ${formatWait(waitSeconds)} (too many in a short time).`;
    case 'offline':
      return 'Not sent: the dashboard is not connected to the hub.';
    case 'too-many':
      return 'Not sent: too many commands in a short time. The hub would block this account for 5 minutes.';
    case 'not-allowed':
      return 'Not sent: this component does not accept that command.';
  }
}

/** How long the hub bans a user that sent too many requests (§9.1). */
export const HUB_BAN_MS = 300_000;

/** The hub's "Rate limit exceeded" means a ban of up to 300 s (§9.1): say so. */
export function explainHubError(summary: string): string {
  if (summary === 'Rate limit exceeded') {
    return 'Rate limit exceeded: the hub blocks commands from this account for up to 5 minutes after too many in a short time.';
  }
  return summary;
}
