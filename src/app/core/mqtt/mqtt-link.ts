import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';

/** One MQTT connection attempt and, if it succeeds, its life until it closes. */
export interface MqttLink {
  /** `connected` at most once, then exactly one `closed`, then completes. */
  readonly events: Observable<LinkEvent>;
  /** Every message received on this link's subscriptions. */
  readonly messages: Observable<IncomingMessage>;
  /** Anything arriving from the broker (messages, acknowledgements, PINGRESP): the link is alive. */
  readonly activity: Observable<void>;
  subscribe(filters: readonly string[]): void;
  unsubscribe(filters: readonly string[]): void;
  /** QoS 0, not retained. Rejects when the link is not connected. */
  publish(topic: string, payload: string): Promise<void>;
  /** Closes the link; `closed` follows with `requested: true`. */
  close(): void;
}

export type LinkEvent =
  | { readonly type: 'connected' }
  | { readonly type: 'closed'; readonly requested: boolean; readonly refused: boolean };

export interface IncomingMessage {
  readonly topic: string;
  readonly payload: string;
}

export interface LinkOptions {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly clientId: string;
  readonly keepaliveSeconds: number;
}

export type MqttLinkFactory = (options: LinkOptions) => MqttLink;

/**
 * Loads the MQTT client library on demand: it stays out of the initial bundle, so the dashboard paints
 * from saved state before the library is even downloaded.
 */
export const MQTT_LINK_LOADER = new InjectionToken<() => Promise<MqttLinkFactory>>('MQTT_LINK_LOADER', {
  providedIn: 'root',
  factory: () => () => import('./ngx-mqtt-link').then((m) => m.createNgxMqttLink),
});
