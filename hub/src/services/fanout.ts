import type { HubDb } from '../model/db.js';
import type { Bus } from './bus.js';

const FORWARDED = new Set(['Component', 'Zone', 'Category', 'InstanceUser']);

/**
 * run_app_mqtt_fanout: every internal obj-state message is republished, byte for byte, retained, to the
 * feed topic of each user allowed to see it. Nothing is ever cleared.
 */
export async function startFanout(db: HubDb, bus: Bus): Promise<void> {
  await bus.subscribe('SIMO/obj-state/#', 0, (topic, payload) => {
    const [, , uid, model, pkText] = topic.split('/');
    if (!uid || uid === 'global' || !model || !FORWARDED.has(model)) return;
    const instance = db.instanceByUid(uid);
    const pk = Number(pkText);
    if (!instance || !Number.isInteger(pk)) return;
    let recipients: number[];
    if (model === 'Component') {
      const component = db.component(pk);
      if (!component) return; // deleted components are dropped (get_event_obj returns None)
      recipients = db.feedRecipients(instance.id, component);
    } else {
      recipients = db.feedRecipients(instance.id);
    }
    for (const userId of recipients) {
      void bus.publish(`SIMO/user/${userId}/feed/${uid}/${model}/${pk}`, payload, { qos: 0, retain: true });
    }
  });
}
