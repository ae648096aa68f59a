import { CommandGuard } from './command-guard';

describe('CommandGuard', () => {
  it('allows the limit within the window and again once it has passed', () => {
    const guard = new CommandGuard(3, 1000);
    expect([0, 10, 20, 30].map((t) => guard.tryTake(t))).toEqual([true, true, true, false]);
    expect(guard.tryTake(999)).toBeFalse();
    expect(guard.tryTake(1000)).toBeTrue();
  });
});
