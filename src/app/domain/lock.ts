/** lock: its state string; commands are lock() and unlock() (§7.1). */
export const LOCK_STATES = ['locked', 'unlocked', 'locking', 'unlocking', 'operating', 'fault'] as const;
export type LockState = (typeof LOCK_STATES)[number];

export function isLockState(v: unknown): v is LockState {
  return typeof v === 'string' && (LOCK_STATES as readonly string[]).includes(v);
}

export function lockIsMoving(s: LockState): boolean {
  return s === 'locking' || s === 'unlocking' || s === 'operating';
}

const LABELS: Record<LockState, string> = {
  locked: 'Locked', unlocked: 'Unlocked', locking: 'Locking…', unlocking: 'Unlocking…', operating: 'Operating…', fault: 'Fault',
};
const ICONS: Record<LockState, string> = {
  locked: 'lock', unlocked: 'lock_open', locking: 'lock_clock', unlocking: 'lock_clock', operating: 'lock_clock', fault: 'gpp_bad',
};

export function lockLabel(s: LockState): string {
  return LABELS[s];
}

export function lockIcon(s: LockState): string {
  return ICONS[s];
}
