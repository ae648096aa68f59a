import type { JsonObject } from './json';

/** gate: `closed`, `open`, `open_moving`, `closed_moving` (§7.1). */
export const GATE_STATES = ['closed', 'open', 'open_moving', 'closed_moving'] as const;
export type GateState = (typeof GATE_STATES)[number];
export type GateAction = 'open' | 'close' | 'call';

export function isGateState(v: unknown): v is GateState {
  return typeof v === 'string' && (GATE_STATES as readonly string[]).includes(v);
}

export function gateIsMoving(s: GateState): boolean {
  return s.endsWith('_moving');
}

const LABELS: Record<GateState, string> = {
  closed: 'Closed', open: 'Open', open_moving: 'Opening…', closed_moving: 'Closing…',
};

export function gateLabel(s: GateState): string {
  return LABELS[s];
}

/** A gate driven by a single impulse (`action_method: click`) only accepts `call`. */
export function gateActions(config: JsonObject): readonly GateAction[] {
  return config['action_method'] === 'click' ? ['call'] : ['open', 'close', 'call'];
}
