/**
 * The hub's adaptive throttle (core/throttling.py): sliding windows per subject and scope, a global
 * budget, and a 300-second ban over every scope once any rule is exceeded.
 */
export type Scope = 'default' | 'core.states' | 'core.components' | 'mqtt.control';

type Rule = [count: number, seconds: number];

const RULES: Record<Scope | 'global', Rule[]> = {
  global: [[4000, 10], [20000, 60], [60000, 300]],
  default: [[1200, 10], [4000, 60], [12000, 300]],
  'core.states': [[2000, 10], [8000, 60]],
  'core.components': [[1500, 10], [6000, 60]],
  'mqtt.control': [[200, 10], [800, 60]],
};

export const BAN_SECONDS = 300;

export type ThrottleResult = { ok: true } | { ok: false; retryAfter: number };

export class Throttle {
  private readonly hits = new Map<string, number[]>();
  private readonly bans = new Map<string, number>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  hit(subject: string, scope: Scope): ThrottleResult {
    const t = this.now();
    const bannedUntil = this.bans.get(subject) ?? 0;
    if (bannedUntil > t) return { ok: false, retryAfter: Math.ceil((bannedUntil - t) / 1000) };
    for (const [key, rules] of [[`${subject}|global`, RULES.global], [`${subject}|${scope}`, RULES[scope]]] as const) {
      const longest = Math.max(...rules.map((r) => r[1])) * 1000;
      const list = (this.hits.get(key) ?? []).filter((h) => h > t - longest);
      list.push(t);
      this.hits.set(key, list);
      for (const [count, seconds] of rules) {
        const inWindow = list.filter((h) => h > t - seconds * 1000).length;
        if (inWindow > count) {
          this.bans.set(subject, t + BAN_SECONDS * 1000);
          return { ok: false, retryAfter: BAN_SECONDS };
        }
      }
    }
    return { ok: true };
  }

  /** Bans a subject at once (as if it had just gone over a limit elsewhere). */
  ban(subject: string, seconds = BAN_SECONDS): void {
    this.bans.set(subject, this.now() + seconds * 1000);
  }

  reset(): void {
    this.hits.clear();
    this.bans.clear();
  }
}
