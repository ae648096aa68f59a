import type { HubComponent } from './component';
import type { ComponentEvent } from './feed';
import { isValueShapeValid } from './value-shape';

export interface UpdateOutcome {
  /** The new record, or the same object when nothing applied (so signals see no change). */
  readonly component: HubComponent;
  readonly applied: boolean;
  /** The definition changed on the hub (newer `last_modified`): refetch it over REST. */
  readonly definitionStale: boolean;
}

/**
 * Applies one feed message to a component, only if it is newer than what the record reflects (§9.2).
 * A value of the wrong shape for the component's type makes the whole message corrupt: it is refused.
 */
export function applyComponentEvent(current: HubComponent, event: ComponentEvent): UpdateOutcome {
  const unchanged = { component: current, applied: false, definitionStale: false };
  if (event.timestamp <= current.syncedAt) return unchanged;
  const state = event.state;
  if ('value' in state && !isValueShapeValid(current.baseType, state.value)) return unchanged;
  const definitionStale =
    event.lastModified !== null && current.lastModified !== null && event.lastModified > current.lastModified + 1e-6;
  return {
    component: { ...current, ...state, ...event.definition, syncedAt: event.timestamp },
    applied: true,
    definitionStale,
  };
}

/**
 * A definition fetched again over REST: its definition fields replace ours, but state we already have
 * from newer feed messages is kept (the REST answer may be older than the feed).
 */
export function mergeDefinition(current: HubComponent | undefined, fresh: HubComponent): HubComponent {
  if (!current || fresh.syncedAt >= current.syncedAt) return fresh;
  return {
    ...fresh,
    value: current.value,
    alive: current.alive,
    errorMsg: current.errorMsg,
    batteryLevel: current.batteryLevel,
    armStatus: current.armStatus,
    meta: current.meta,
    lastChange: current.lastChange,
    syncedAt: current.syncedAt,
  };
}
