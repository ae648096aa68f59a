/** button: the last event the hub saw (§7.1). */
export const BUTTON_EVENTS = ['up', 'down', 'hold', 'click', 'double-click', 'triple-click', 'quadruple-click', 'quintuple-click'] as const;
export type ButtonEvent = (typeof BUTTON_EVENTS)[number];

export function isButtonEvent(v: unknown): v is ButtonEvent {
  return typeof v === 'string' && (BUTTON_EVENTS as readonly string[]).includes(v);
}

const LABELS: Record<ButtonEvent, string> = {
  up: 'Released', down: 'Pressed', hold: 'Held', click: 'Click', 'double-click': 'Double click',
  'triple-click': 'Triple click', 'quadruple-click': 'Quadruple click', 'quintuple-click': 'Quintuple click',
};

export function buttonEventLabel(e: ButtonEvent): string {
  return LABELS[e];
}

/** The events a person can send from the app: the clicks, not the raw press and release. */
export const SENDABLE_BUTTON_EVENTS: readonly ButtonEvent[] = ['click', 'double-click', 'hold'];
