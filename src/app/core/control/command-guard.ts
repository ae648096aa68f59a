/**
 * The hub bans a user for 300 s after 200 control messages in 10 s (§9.1). The dashboard stays well
 * below: at most `limit` commands in any `windowMs`.
 */
export class CommandGuard {
  private readonly sent: number[] = [];

  constructor(
    private readonly limit = 60,
    private readonly windowMs = 10_000,
  ) {}

  /** Records a command at `now` if it is allowed; false when it would exceed the limit. */
  tryTake(now: number): boolean {
    while (this.sent.length && this.sent[0]! <= now - this.windowMs) this.sent.shift();
    if (this.sent.length >= this.limit) return false;
    this.sent.push(now);
    return true;
  }
}
