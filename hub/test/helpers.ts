import mqtt, { type MqttClient } from 'mqtt';
import { Hub, loadFixture, type HubOptions } from '../src/hub.js';

export const BROKERS = (process.env['HUB_TEST_BROKERS'] ?? 'aedes,mosquitto').split(',') as ('aedes' | 'mosquitto')[];

export const OWNER = { id: 3, email: 'owner@demo.simo.io', secret: '0wnerK3y1a2b3c4d5e6f' };
export const MEMBER = { id: 4, email: 'member@demo.simo.io', secret: 'R3strictedKey9x8y7z6' };
export const MASTER = { id: 1, email: 'master@demo.simo.io', secret: 'MstrK3y0a9b8c7d6e5f4' };
export const INACTIVE = { id: 5, email: 'inactive@demo.simo.io', secret: 'Inact1veKey5w4v3u2t1' };
export const HOME_UID = 'hQ7k2LmP9x';

export async function startHub(broker: 'aedes' | 'mosquitto', options: HubOptions = {}): Promise<Hub> {
  return new Hub({ broker, data: loadFixture(), deviceDelayMs: 60, ...options }).start();
}

export interface Received {
  topic: string;
  payload: string;
  retain: boolean;
}

/** A real MQTT client over the hub's `/mqtt/` websocket, recording everything it receives. */
export async function connectUser(hub: Hub, who: { email: string; secret: string }): Promise<{ client: MqttClient; received: Received[] }> {
  const received: Received[] = [];
  const client = mqtt.connect(`${hub.url.replace('http', 'ws')}/mqtt/`, {
    username: who.email,
    password: who.secret,
    clientId: `test-${Math.random().toString(36).slice(2)}`,
    clean: true,
    reconnectPeriod: 0,
    keepalive: 30,
  });
  client.on('message', (topic, payload, packet) => received.push({ topic, payload: payload.toString(), retain: packet.retain }));
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return { client, received };
}

export function connectError(hub: Hub, who: { email: string; secret: string }): Promise<Error & { code?: number }> {
  const client = mqtt.connect(`${hub.url.replace('http', 'ws')}/mqtt/`, {
    username: who.email,
    password: who.secret,
    reconnectPeriod: 0,
  });
  return new Promise((resolve, reject) => {
    client.once('connect', () => {
      client.end(true);
      reject(new Error('connected'));
    });
    client.once('error', (err) => {
      client.end(true);
      resolve(err);
    });
  });
}

export function subscribe(client: MqttClient, filter: string): Promise<void> {
  return new Promise((resolve, reject) => client.subscribe(filter, { qos: 0 }, (err) => (err ? reject(err) : resolve())));
}

export async function waitFor<T>(fn: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends a control command and waits for its reply. */
export async function control(
  conn: { client: MqttClient; received: Received[] },
  userId: number,
  componentId: number,
  body: Record<string, unknown>,
  instanceUid = HOME_UID,
): Promise<{ ok: boolean; result?: unknown; error?: string }> {
  const requestId = String(body['request_id']);
  conn.client.publish(`SIMO/user/${userId}/control/${instanceUid}/Component/${componentId}`, JSON.stringify(body));
  const msg = await waitFor(
    () => conn.received.find((m) => m.topic === `SIMO/user/${userId}/control-resp/${requestId}`),
    5000,
    `reply ${requestId}`,
  );
  return JSON.parse(msg.payload);
}
