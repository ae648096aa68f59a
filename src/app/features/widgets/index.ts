export { BinarySensorWidget } from './binary-sensor-widget';
export { DimmerWidget } from './dimmer-widget';
export { MultiSensorWidget } from './multi-sensor-widget';
export { NumericSensorWidget } from './numeric-sensor-widget';
export { PlainWidget } from './plain-widget';
export { SwitchWidget } from './switch-widget';
export type { WidgetIntent } from './widget-intent';
export { widgetKindFor, type WidgetKind } from './widget-registry';
