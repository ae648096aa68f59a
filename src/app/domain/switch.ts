/** switch: a bool (§7.1). Multi-channel switches hold one bool per channel. */
export function isSwitchValue(v: unknown): v is boolean {
  return typeof v === 'boolean';
}

const CHANNELS: Record<string, number> = {
  'switch-double': 2,
  'switch-triple': 3,
  'switch-quadruple': 4,
  'switch-quintuple': 5,
};

/** Number of channels of a multi-channel switch base type, or 0. */
export function switchChannels(baseType: string): number {
  return CHANNELS[baseType] ?? 0;
}

export function isMultiSwitchValue(v: unknown, channels: number): v is boolean[] {
  return Array.isArray(v) && v.length === channels && v.every((x) => typeof x === 'boolean');
}
