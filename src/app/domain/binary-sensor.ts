/** binary-sensor: a bool (§7.1). */
export function isBinaryValue(v: unknown): v is boolean {
  return typeof v === 'boolean';
}
