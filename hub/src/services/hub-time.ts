/**
 * Django's str() of an aware UTC datetime, which `json.dumps(default=str)` puts inside MQTT payloads:
 * "2025-01-05 18:22:10.123456+00:00", with no fraction when the microseconds are zero.
 */
export function djangoDatetime(epochSeconds: number): string {
  const ms = Math.floor(epochSeconds * 1000);
  const micros = Math.round((epochSeconds * 1e6) % 1e6);
  const iso = new Date(ms).toISOString(); // 2025-01-05T18:22:10.123Z
  const base = iso.slice(0, 19).replace('T', ' ');
  return micros === 0 ? `${base}+00:00` : `${base}.${String(micros).padStart(6, '0')}+00:00`;
}

/** DRF's DATETIME_FORMAT '%s.%f' for plain DateTimeFields (users[].last_action). */
export function drfSecondsString(epochSeconds: number): string {
  const whole = Math.floor(epochSeconds);
  const micros = Math.round((epochSeconds - whole) * 1e6);
  return `${whole}.${String(micros).padStart(6, '0')}`;
}
