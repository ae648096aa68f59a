import { isArmStatus, type ArmStatus } from './component';
import { isInt, isObject, type JsonObject } from './json';

/** alarm-group: its value mirrors `arm_status`; `config.stats` counts members per state (§7.1, §8). */
export function alarmGroupState(value: unknown): ArmStatus | null {
  return isArmStatus(value) ? value : null;
}

export type AlarmStats = Readonly<Record<ArmStatus, number>>;

export function alarmStats(config: JsonObject): AlarmStats | null {
  const s = config['stats'];
  if (!isObject(s)) return null;
  const count = (k: string) => (isInt(s[k]) && (s[k] as number) >= 0 ? (s[k] as number) : 0);
  return { disarmed: count('disarmed'), 'pending-arm': count('pending-arm'), armed: count('armed'), breached: count('breached') };
}

const LABELS: Record<ArmStatus, string> = {
  disarmed: 'Disarmed', 'pending-arm': 'Arming…', armed: 'Armed', breached: 'Breached',
};
const ICONS: Record<ArmStatus, string> = {
  disarmed: 'shield', 'pending-arm': 'hourglass_top', armed: 'security', breached: 'crisis_alert',
};

export function armLabel(s: ArmStatus): string {
  return LABELS[s];
}

export function armIcon(s: ArmStatus): string {
  return ICONS[s];
}
