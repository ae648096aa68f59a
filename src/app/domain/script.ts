/** script: `running`, `stopped`, `finished` or `error`; start and stop (§7.1). */
export const SCRIPT_STATES = ['running', 'stopped', 'finished', 'error'] as const;
export type ScriptState = (typeof SCRIPT_STATES)[number];

export function isScriptState(v: unknown): v is ScriptState {
  return typeof v === 'string' && (SCRIPT_STATES as readonly string[]).includes(v);
}

const LABELS: Record<ScriptState, string> = { running: 'Running', stopped: 'Stopped', finished: 'Finished', error: 'Error' };

export function scriptLabel(s: ScriptState): string {
  return LABELS[s];
}
