/** What became of a command, as the caller sees it once the hub has answered (or not). */
export type CommandOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rejected'; readonly summary: string; readonly full: string }
  | { readonly kind: 'timed-out' }
  | { readonly kind: 'not-sent'; readonly reason: 'offline' | 'too-many' | 'not-allowed' };

export function describeNotSent(reason: 'offline' | 'too-many' | 'not-allowed'): string {
  switch (reason) {
    case 'offline':
      return 'Not sent: the dashboard is not connected to the hub.';
    case 'too-many':
      return 'Not sent: too many commands in a short time. The hub would block this account for 5 minutes.';
    case 'not-allowed':
      return 'Not sent: this component does not accept that command.';
  }
}

/** The hub's "Rate limit exceeded" means a ban of up to 300 s (§9.1): say so. */
export function explainHubError(summary: string): string {
  if (summary === 'Rate limit exceeded') {
    return 'Rate limit exceeded: the hub blocks commands from this account for up to 5 minutes after too many in a short time.';
  }
  return summary;
}
