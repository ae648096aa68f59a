import { MqttService, type IMqttMessage } from 'ngx-mqtt';
import { ReplaySubject, Subject, firstValueFrom, type Subscription } from 'rxjs';
import type { LinkEvent, LinkOptions, MqttLink } from './mqtt-link';

const decoder = new TextDecoder();

/**
 * The only file that touches the MQTT client library (ngx-mqtt over MQTT.js).
 *
 * Each connection attempt gets its own MqttService with MQTT.js's own reconnect switched off
 * (`reconnectPeriod: 0`): reconnecting is MqttConnection's job, with our backoff. A fresh service per
 * connection also sidesteps ngx-mqtt's habit of keeping `observe()` streams that were subscribed on a
 * previous client and receive nothing after a manual `connect()`: every filter is observed anew on the
 * client that is actually connected.
 */
export function createNgxMqttLink(options: LinkOptions): MqttLink {
  const service = new MqttService({ connectOnCreate: false });
  const events = new ReplaySubject<LinkEvent>();
  const messages = new Subject<{ topic: string; payload: string }>();
  const activity = new Subject<void>();
  const observed = new Map<string, Subscription>();
  let connected = false;
  let finished = false;
  let requested = false;
  let refused = false;

  const finish = () => {
    if (finished) return;
    finished = true;
    connected = false;
    for (const sub of observed.values()) sub.unsubscribe();
    observed.clear();
    events.next({ type: 'closed', requested, refused });
    events.complete();
    messages.complete();
    activity.complete();
    packetSub.unsubscribe();
    connectSub.unsubscribe();
    closeSub.unsubscribe();
    errorSub.unsubscribe();
  };

  // Every packet from the broker, PINGRESP included: MqttConnection's stall check reads it.
  const packetSub = service.onPacketreceive.subscribe(() => activity.next());
  const connectSub = service.onConnect.subscribe(() => {
    if (finished) return;
    connected = true;
    events.next({ type: 'connected' });
  });
  const errorSub = service.onError.subscribe((err: { code?: number }) => {
    // CONNACK 4 (bad user name or password) and 5 (not authorized): retrying will not help.
    if (err?.code === 4 || err?.code === 5) refused = true;
  });
  const closeSub = service.onClose.subscribe(() => {
    finish();
    // Make sure MQTT.js does not linger on a refused or dropped socket.
    try {
      service.disconnect(true);
    } catch {
      /* already ended */
    }
  });

  service.connect({
    url: options.url,
    username: options.username,
    password: options.password,
    clientId: options.clientId,
    clean: true,
    keepalive: options.keepaliveSeconds,
    reconnectPeriod: 0,
    connectTimeout: 10_000,
    protocolVersion: 4,
  });

  return {
    events: events.asObservable(),
    messages: messages.asObservable(),
    activity: activity.asObservable(),
    subscribe(filters) {
      if (!connected) return;
      for (const filter of filters) {
        if (observed.has(filter)) continue;
        observed.set(
          filter,
          service.observe(filter, { qos: 0 }).subscribe({
            next: (m: IMqttMessage) => messages.next({ topic: m.topic, payload: decoder.decode(m.payload) }),
            error: () => observed.delete(filter),
          }),
        );
      }
    },
    unsubscribe(filters) {
      for (const filter of filters) {
        observed.get(filter)?.unsubscribe();
        observed.delete(filter);
      }
    },
    publish(topic, payload) {
      if (!connected) return Promise.reject(new Error('not connected'));
      return firstValueFrom(service.publish(topic, payload, { qos: 0, retain: false }), { defaultValue: undefined });
    },
    close() {
      requested = true;
      try {
        service.disconnect(true);
      } catch {
        /* never connected */
      }
      finish();
    },
  };
}
