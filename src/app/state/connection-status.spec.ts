import type { LinkState } from '../core/mqtt/link-state';
import type { SyncPhase } from './connection-store';
import { describeConnection } from './connection-status';

describe('describeConnection', () => {
  const now = new Date(2026, 11, 4, 12, 0, 0).getTime();
  const saved = new Date(2026, 11, 4, 10, 42, 0).getTime();
  const cases: [LinkState, SyncPhase, number | null, RegExp][] = [
    [{ kind: 'connected', since: now }, 'live', null, /^Live$/],
    [{ kind: 'connected', since: now }, 'syncing', null, /^Syncing…$/],
    [{ kind: 'connecting', attempt: 1 }, 'empty', null, /^Connecting…$/],
    [{ kind: 'connecting', attempt: 1 }, 'saved', saved, /^Connecting… \(showing saved state from 10:42\)$/],
    [{ kind: 'waiting', retryAt: now + 3200, attempt: 2 }, 'empty', null, /^Reconnecting in 4 s$/],
    [{ kind: 'waiting', retryAt: now + 3200, attempt: 2 }, 'saved', saved, /^Offline: showing saved state from 10:42\. Reconnecting in 4 s$/],
    [{ kind: 'idle' }, 'saved', saved, /^Offline: showing saved state from 10:42$/],
    [{ kind: 'refused' }, 'saved', saved, /refused/],
  ];
  for (const [link, phase, asOf, expected] of cases) {
    it(`says ${expected} for ${link.kind}/${phase}`, () => {
      expect(describeConnection(link, phase, asOf, now).label.replace(/\u202f/g, ' ')).toMatch(expected);
    });
  }

  it('names the day when the saved state is older than today', () => {
    const label = describeConnection({ kind: 'idle' }, 'saved', new Date(2026, 11, 1, 9, 5).getTime(), now).label;
    expect(label).toMatch(/Dec/);
  });
});
