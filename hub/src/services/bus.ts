import mqtt, { type MqttClient } from 'mqtt';

/**
 * The hub's internal MQTT connection: its services connect to the broker as `root` over loopback TCP,
 * like the real hub's gateways and management commands (core/mqtt_hub.py).
 */
export class Bus {
  private readonly handlers: { filter: string; qos: 0 | 1; fn: (topic: string, payload: Buffer) => void }[] = [];
  readonly client: MqttClient;

  constructor(url: string, password: string, clientId: string) {
    this.client = mqtt.connect(url, {
      username: 'root',
      password,
      clientId,
      clean: true,
      reconnectPeriod: 250,
      keepalive: 60,
      resubscribe: false,
    });
    this.client.on('error', () => undefined);
    // After a broker restart the clean session has no subscriptions: take them out again, every time.
    let first = true;
    this.client.on('connect', () => {
      // Small writes on loopback must not wait ~40 ms for a delayed ACK.
      (this.client as unknown as { stream: { setNoDelay?: (on: boolean) => void } }).stream.setNoDelay?.(true);
      if (first) {
        first = false;
        return;
      }
      void Promise.all(this.handlers.map((h) => this.resubscribe(h.filter, h.qos))).then(() => {
        for (const w of this.waiters.splice(0)) w();
      });
    });
    this.client.on('message', (topic, payload) => {
      for (const h of this.handlers) if (matches(h.filter, topic)) h.fn(topic, payload);
    });
  }

  private readonly waiters: (() => void)[] = [];

  private resubscribe(filter: string, qos: 0 | 1): Promise<void> {
    return new Promise((resolve) => this.client.subscribe(filter, { qos }, () => resolve()));
  }

  /** Resolves once the client has reconnected and taken its subscriptions out again. */
  resubscribed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  ready(): Promise<void> {
    if (this.client.connected) return Promise.resolve();
    return new Promise((resolve) => this.client.once('connect', () => resolve()));
  }

  subscribe(filter: string, qos: 0 | 1, fn: (topic: string, payload: Buffer) => void): Promise<void> {
    this.handlers.push({ filter, qos, fn });
    return new Promise((resolve, reject) =>
      this.client.subscribe(filter, { qos }, (err) => (err ? reject(err) : resolve())),
    );
  }

  publish(topic: string, payload: string | Buffer, opts: { qos: 0 | 1; retain: boolean }): Promise<void> {
    return new Promise((resolve) => this.client.publish(topic, payload, opts, () => resolve()));
  }

  end(): Promise<void> {
    return new Promise((resolve) => this.client.end(true, {}, () => resolve()));
  }
}

/** MQTT topic filter matching (`+` one level, `#` the rest). */
export function matches(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length) return false;
    if (f[i] !== '+' && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}
