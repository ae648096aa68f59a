/**
 * The hub sends times three ways: float epoch seconds in REST, `"%s.%f"` strings for plain DRF fields,
 * and Django's `str(datetime)` ("2025-01-05 18:22:10.123456+00:00") inside MQTT payloads. The app keeps
 * one type: epoch seconds as a number.
 */
const DJANGO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:?\d{2})?$/;

export function parseHubTime(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? input : null;
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = DJANGO_DATETIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(ms)) return null;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  const micros = frac ? Number(frac.padEnd(6, '0')) : 0;
  return ms / 1000 + micros / 1e6;
}
