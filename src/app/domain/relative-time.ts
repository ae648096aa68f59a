/** "just now", "3 min ago", "2 h ago", "5 d ago": how long ago an epoch-seconds moment was. */
export function timeAgo(seconds: number, nowMs: number): string {
  const s = Math.max(0, nowMs / 1000 - seconds);
  if (s < 45) return 'just now';
  if (s < 3600) return `${Math.max(1, Math.round(s / 60))} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}
