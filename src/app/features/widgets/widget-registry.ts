import type { HubComponent } from '../../domain/component';
import { isBinaryValue } from '../../domain/binary-sensor';
import { isDimmerValue } from '../../domain/dimmer';
import { parseReadings } from '../../domain/multi-sensor';
import { isNumericValue } from '../../domain/numeric-sensor';
import { isSwitchValue } from '../../domain/switch';

export type WidgetKind = 'switch' | 'dimmer' | 'binary-sensor' | 'numeric-sensor' | 'multi-sensor' | 'plain';

interface Entry {
  readonly kind: WidgetKind;
  /** The widget can show this component truthfully (its value has the shape the widget needs). */
  readonly supports: (c: HubComponent) => boolean;
}

const switchEntry: Entry = { kind: 'switch', supports: (c) => isSwitchValue(c.value) };
const dimmerEntry: Entry = { kind: 'dimmer', supports: (c) => isDimmerValue(c.value) };
const binaryEntry: Entry = { kind: 'binary-sensor', supports: (c) => isBinaryValue(c.value) };
const numericEntry: Entry = { kind: 'numeric-sensor', supports: (c) => isNumericValue(c.value) };
const multiEntry: Entry = { kind: 'multi-sensor', supports: (c) => parseReadings(c.value) !== null };

/**
 * Widgets by the hub's `app_widget.type`, then by `base_type` (§7.1 "render by app_widget.type first").
 * Fleet temperature/humidity sensors report `numeric-sensor` with a list value: the supports check sends
 * them on to the base type's widget rather than showing a broken number.
 */
const BY_WIDGET_TYPE: Record<string, Entry> = {
  'switch-single': switchEntry,
  knob: dimmerEntry,
  'binary-sensor': binaryEntry,
  'numeric-sensor': numericEntry,
  'numeric-sensor-graph': numericEntry,
  'multi-sensor': multiEntry,
  'air-quality': multiEntry,
};

const BY_BASE_TYPE: Record<string, Entry> = {
  switch: switchEntry,
  dimmer: dimmerEntry,
  'binary-sensor': binaryEntry,
  'numeric-sensor': numericEntry,
  'multi-sensor': multiEntry,
};

/** The widget for a component; an unknown type or an unexpected value gets the plain, honest tile. */
export function widgetKindFor(c: HubComponent): WidgetKind {
  for (const entry of [c.widgetType ? BY_WIDGET_TYPE[c.widgetType] : undefined, BY_BASE_TYPE[c.baseType]]) {
    if (entry?.supports(c)) return entry.kind;
  }
  return 'plain';
}

