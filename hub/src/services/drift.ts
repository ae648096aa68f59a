import type { Hub } from '../hub.js';
import type { JsonValue } from '../model/types.js';

/** Keeps the demo alive: sensors drift and people come and go, as in a lived-in home. */
export function startDrift(hub: Hub): () => void {
  const timer = setInterval(() => {
    const comps = hub.db.data.components;
    for (const c of comps) {
      if (Math.random() > 0.25) continue;
      if (c.base_type === 'numeric-sensor' && typeof c.value === 'number') {
        const step = (Math.random() - 0.5) * (c.value_units === '%' ? 2 : 0.4);
        hub.saveComponent(c.id, { value: Math.round((c.value + step) * 10) / 10 });
      } else if (c.base_type === 'multi-sensor' && Array.isArray(c.value)) {
        const value = (c.value as JsonValue[][]).map((row) =>
          typeof row[1] === 'number' ? [row[0]!, Math.round((row[1] + (Math.random() - 0.5) * 0.6) * 10) / 10, row[2]!] : row,
        );
        hub.saveComponent(c.id, { value });
      } else if (c.base_type === 'binary-sensor' && c.config['drift'] === true && Math.random() < 0.3) {
        hub.saveComponent(c.id, { value: !c.value });
      }
    }
    if (Math.random() < 0.1) {
      const members = hub.db.data.instance_users.filter((iu) => iu.is_active);
      const iu = members[Math.floor(Math.random() * members.length)];
      if (iu) hub.saveInstanceUser(iu.id, { at_home: !iu.at_home, last_seen: Date.now() / 1000 });
    }
  }, 4000);
  return () => clearInterval(timer);
}
