import type { LinkState } from '../core/mqtt/link-state';
import type { SyncPhase } from './connection-store';

export type StatusTone = 'live' | 'working' | 'offline' | 'error';

export interface ConnectionStatus {
  readonly tone: StatusTone;
  readonly label: string;
}

/** What the connection indicator says, from the link, the data's phase and the time. */
export function describeConnection(link: LinkState, phase: SyncPhase, dataAsOf: number | null, now: number): ConnectionStatus {
  const saved = dataAsOf === null ? '' : `showing saved state from ${formatClock(dataAsOf, now)}`;
  switch (link.kind) {
    case 'refused':
      return { tone: 'error', label: 'The hub refused the sign-in. Sign in again.' };
    case 'connected':
      if (phase === 'live') return { tone: 'live', label: 'Live' };
      return { tone: 'working', label: saved ? `Syncing… (${saved})` : 'Syncing…' };
    case 'connecting':
      return { tone: 'working', label: saved ? `Connecting… (${saved})` : 'Connecting…' };
    case 'waiting': {
      const seconds = Math.max(1, Math.ceil((link.retryAt - now) / 1000));
      return saved
        ? { tone: 'offline', label: `Offline: ${saved}. Reconnecting in ${seconds} s` }
        : { tone: 'offline', label: `Reconnecting in ${seconds} s` };
    }
    case 'idle':
      return saved ? { tone: 'offline', label: `Offline: ${saved}` } : { tone: 'offline', label: 'Not connected' };
  }
}

/** "10:42" today, "3 Dec 10:42" on another day. */
export function formatClock(at: number, now: number): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay ? time : `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} ${time}`;
}
