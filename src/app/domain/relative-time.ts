/** "just now", "3 min ago", "2 h ago", "5 d ago": how long ago an epoch-seconds moment was. */
export function timeAgo(seconds: number, nowMs: number): string {
  const s = Math.max(0, nowMs / 1000 - seconds);
  if (s < 45) return 'just now';
  if (s < 3600) return `${Math.max(1, Math.round(s / 60))} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}

const WEEKDAY_TIME = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "Mon 07:00" for an epoch-seconds moment within the week. */
export function formatWeekdayTime(seconds: number): string {
  return WEEKDAY_TIME.format(new Date(seconds * 1000));
}

/** "4 Dec, 19:04:10" for an epoch-seconds moment. */
export function formatDateTime(seconds: number): string {
  return DATE_TIME.format(new Date(seconds * 1000));
}
