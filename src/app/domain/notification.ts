import { parseHubTime } from './hub-time';
import { intOrNull, isInt, isObject } from './json';

export type Severity = 'info' | 'warning' | 'alarm';

/** A notification of the hub (`notifications/`): not on MQTT, polled over REST. */
export interface HubNotification {
  readonly id: number;
  /** Epoch seconds. */
  readonly datetime: number;
  readonly severity: Severity;
  readonly title: string;
  readonly body: string;
  readonly componentId: number | null;
}

export function parseNotification(raw: unknown): HubNotification | null {
  if (!isObject(raw) || !isInt(raw['id'])) return null;
  const datetime = parseHubTime(raw['datetime']);
  if (datetime === null) return null;
  const severity = raw['severity'];
  return {
    id: raw['id'],
    datetime,
    severity: severity === 'warning' || severity === 'alarm' ? severity : 'info',
    title: typeof raw['title'] === 'string' ? raw['title'] : '',
    body: typeof raw['body'] === 'string' ? raw['body'] : '',
    componentId: intOrNull(raw['component']) ?? null,
  };
}
