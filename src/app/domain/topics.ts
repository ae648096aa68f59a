/** MQTT topics of the hub's app protocol (§4.2, §5, §6). */

export type FeedModel = 'Component' | 'Zone' | 'Category' | 'InstanceUser';
export const FEED_MODELS: readonly FeedModel[] = ['Component', 'Zone', 'Category', 'InstanceUser'];

/** The four feed filters of one instance. */
export function feedFilters(userId: number, instanceUid: string): string[] {
  return FEED_MODELS.map((m) => `SIMO/user/${userId}/feed/${instanceUid}/${m}/+`);
}

export function permsChangedTopic(userId: number): string {
  return `SIMO/user/${userId}/perms-changed`;
}

export function controlReplyFilter(userId: number): string {
  return `SIMO/user/${userId}/control-resp/+`;
}

export function controlTopic(userId: number, instanceUid: string, componentId: number): string {
  return `SIMO/user/${userId}/control/${instanceUid}/Component/${componentId}`;
}

export interface FeedTopic {
  readonly userId: number;
  readonly instanceUid: string;
  readonly model: FeedModel;
  readonly id: number;
}

const INT = /^\d+$/;

/** `SIMO/user/<uid>/feed/<instance uid>/<Model>/<pk>`, or null for anything else. */
export function parseFeedTopic(topic: string): FeedTopic | null {
  const p = topic.split('/');
  if (p.length !== 7 || p[0] !== 'SIMO' || p[1] !== 'user' || p[3] !== 'feed') return null;
  const [, , user, , uid, model, id] = p as [string, string, string, string, string, string, string];
  if (!INT.test(user) || !INT.test(id) || !uid || !(FEED_MODELS as readonly string[]).includes(model)) return null;
  return { userId: Number(user), instanceUid: uid, model: model as FeedModel, id: Number(id) };
}

/** The request id of `SIMO/user/<uid>/control-resp/<request id>`, or null. */
export function parseControlReplyTopic(topic: string): string | null {
  const p = topic.split('/');
  return p.length === 5 && p[0] === 'SIMO' && p[1] === 'user' && p[3] === 'control-resp' && p[4] ? p[4] : null;
}

export function isPermsChangedTopic(topic: string): boolean {
  const p = topic.split('/');
  return p.length === 4 && p[0] === 'SIMO' && p[1] === 'user' && p[3] === 'perms-changed';
}
