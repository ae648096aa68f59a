import { isFiniteNumber, isObject, type JsonObject } from './json';

/** watering: `{status, program_progress}` in minutes of the program (§7.1). */
export const WATERING_STATES = ['stopped', 'running_program', 'running_custom', 'paused_program', 'paused_custom'] as const;
export type WateringState = (typeof WATERING_STATES)[number];

export interface WateringValue {
  readonly status: WateringState;
  readonly progress: number;
}

export function parseWatering(v: unknown): WateringValue | null {
  if (!isObject(v) || typeof v['status'] !== 'string' || !(WATERING_STATES as readonly string[]).includes(v['status'])) return null;
  const progress = isFiniteNumber(v['program_progress']) && v['program_progress'] >= 0 ? v['program_progress'] : 0;
  return { status: v['status'] as WateringState, progress };
}

export function wateringRunning(s: WateringState): boolean {
  return s.startsWith('running');
}

export function wateringPaused(s: WateringState): boolean {
  return s.startsWith('paused');
}

/** The program's length in minutes, from `config.program.duration`. */
export function programMinutes(config: JsonObject): number | null {
  const p = config['program'];
  return isObject(p) && isFiniteNumber(p['duration']) && p['duration'] > 0 ? p['duration'] : null;
}

const LABELS: Record<WateringState, string> = {
  stopped: 'Stopped', running_program: 'Watering', running_custom: 'Watering (custom)',
  paused_program: 'Paused', paused_custom: 'Paused (custom)',
};

export function wateringLabel(s: WateringState): string {
  return LABELS[s];
}
