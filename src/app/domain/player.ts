import { isFiniteNumber, isObject } from './json';

/** audio-player and video-player: a status string plus what `meta` says is playing (§7.1). */
export type PlayerStatus = 'playing' | 'paused' | 'stopped' | string;

export function isPlayerStatus(v: unknown): v is PlayerStatus {
  return typeof v === 'string' && v.length > 0;
}

export interface PlayerInfo {
  readonly title: string | null;
  readonly imageUrl: string | null;
  readonly volume: number | null;
  readonly hasNext: boolean;
  readonly hasPrevious: boolean;
  readonly duration: number | null;
  readonly position: number | null;
}

export function playerInfo(meta: unknown): PlayerInfo {
  const m = isObject(meta) ? meta : {};
  const num = (x: unknown) => (isFiniteNumber(x) ? x : null);
  const volume = num(m['volume']);
  return {
    title: typeof m['title'] === 'string' && m['title'] ? m['title'] : null,
    imageUrl: typeof m['image_url'] === 'string' && /^https:\/\//.test(m['image_url']) ? m['image_url'] : null,
    volume: volume === null ? null : Math.min(100, Math.max(0, volume)),
    hasNext: m['has_next'] === true,
    hasPrevious: m['has_previous'] === true,
    duration: num(m['duration']),
    position: num(m['position']),
  };
}

/** "3:35" from seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
