import type { MatSlideToggleChange } from '@angular/material/slide-toggle';

/** What a widget asks for: a controller method, its arguments, and the same in words. */
export interface WidgetIntent {
  readonly method: string;
  readonly args: readonly unknown[];
  readonly label: string;
  /**
   * A question to confirm first, for actions that are hard to undo or that open the home (disarming an
   * alarm, unlocking a lock, opening a gate). Whoever publishes asks it; the widget only says so.
   */
  readonly confirm?: Confirmation;
}

/** The question asked before a dangerous action, and the words on the button that goes ahead. */
export interface Confirmation {
  readonly question: string;
  readonly action: string;
}

/**
 * An on/off toggle was flipped. It goes back to what the hub says at once (the tile marks the intention
 * until the device reports), and the intent asks for the change.
 */
export function onOffIntent(event: MatSlideToggleChange, hubSaysOn: boolean): WidgetIntent {
  const wanted = event.checked;
  event.source.checked = hubSaysOn;
  return { method: wanted ? 'turn_on' : 'turn_off', args: [], label: wanted ? 'Turning on' : 'Turning off' };
}
