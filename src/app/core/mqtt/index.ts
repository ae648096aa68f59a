export { backoffDelay } from './backoff';
export type { LinkState } from './link-state';
export { MqttConnection, type ConnectionTarget } from './mqtt-connection';
export { MQTT_LINK_LOADER, type IncomingMessage, type LinkEvent, type LinkOptions, type MqttLink, type MqttLinkFactory } from './mqtt-link';
