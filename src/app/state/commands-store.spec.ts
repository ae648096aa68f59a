import { computed, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CommandsStore, type CommandState } from './commands-store';

describe('CommandsStore', () => {
  let store: InstanceType<typeof CommandsStore>;
  const cmd = (componentId: number, requestId: string, status: CommandState['status'] = 'sending'): CommandState => ({
    componentId, requestId, method: 'toggle', args: [], intent: 'Toggling', status, at: 1,
  });

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    store = TestBed.inject(CommandsStore);
  });

  it("gives each component's command a signal that moves only with that command", () => {
    let otherReads = 0;
    const other = computed(() => (otherReads++, store.command(2)()));
    const mine = store.command(1);
    other();
    store.set(cmd(1, 'a'));
    expect(mine()?.status).toBe('sending');
    store.advance(1, 'a', { status: 'accepted' });
    expect(mine()?.status).toBe('accepted');
    expect(other()).toBeUndefined();
    expect(otherReads).toBe(1);
  });

  it('ignores an advance for a command that a newer one replaced; dismiss and clear empty the signal', () => {
    const mine = store.command(1);
    store.set(cmd(1, 'a'));
    store.set(cmd(1, 'b'));
    store.advance(1, 'a', { status: 'failed' });
    expect(mine()?.requestId).toBe('b');
    expect(mine()?.status).toBe('sending');
    store.dismiss(1);
    expect(mine()).toBeUndefined();
    store.set(cmd(1, 'c'));
    store.clear();
    expect(mine()).toBeUndefined();
  });

  it('starts a signal asked for later with the command already there', () => {
    store.set(cmd(3, 'x', 'timed-out'));
    expect(store.command(3)()?.status).toBe('timed-out');
  });
});
