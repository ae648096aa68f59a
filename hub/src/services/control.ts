import type { HubDb } from '../model/db.js';
import type { JsonObject, JsonValue } from '../model/types.js';
import type { Bus } from './bus.js';
import { controllerOf, type Effect } from './controllers/index.js';
import type { Actor } from './events.js';
import { PythonError, typeError } from './python-error.js';
import type { Throttle } from './throttle.js';

/** A command the hub ran (the method was called), for tests that check nothing runs twice. */
export interface Executed {
  requestId: string;
  componentId: number;
  method: string;
  at: number;
}

export interface ControlDeps {
  db: HubDb;
  bus: Bus;
  throttle: Throttle;
  /** Applies what the device reports after a dispatched command (a save plus its events). */
  deviceReport: (componentId: number, changes: NonNullable<Effect['steps']>[number]['changes'], actor: Actor) => void;
  /** Delay before the device reports; 50-300 ms like a real gateway round trip. */
  deviceDelayMs?: () => number;
  /** Told of every command the hub runs. */
  executed?: (e: Executed) => void;
}

type Reply = { ok: true; result: JsonValue } | { ok: false; error: string };

/**
 * run_app_mqtt_control: commands on `SIMO/user/<id>/control/<instance uid>/Component/<id>`, checked in
 * the real service's order (§5.2), answered on `SIMO/user/<id>/control-resp/<request_id>` at QoS 1.
 */
export async function startControl(deps: ControlDeps): Promise<void> {
  await deps.bus.subscribe('SIMO/user/+/control/#', 1, (topic, payload) => {
    try {
      handle(deps, topic, payload);
    } catch (err) {
      // The real service's outer catch-all; without a user id or request id there is nobody to answer.
      console.error('[control] unexpected error', err);
    }
  });
}

function handle(deps: ControlDeps, topic: string, payload: Buffer): void {
  const { db, bus, throttle } = deps;
  const parts = topic.split('/');
  // 1. at least SIMO/user/<uid>/control/<instance>/Component/<id>
  if (parts.length < 7 || parts[0] !== 'SIMO' || parts[1] !== 'user' || parts[3] !== 'control') return;
  // 2. the user id must be an int
  if (!/^\d+$/.test(parts[2]!)) return;
  const userId = Number(parts[2]);
  // 3. only Component targets
  if (parts[5] !== 'Component') return;
  // 5. the payload must be a JSON object; without request_id nothing is answered at all
  let body: JsonObject;
  try {
    const parsed: unknown = JSON.parse(payload.toString('utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return;
    body = parsed as JsonObject;
  } catch {
    return;
  }
  const requestId = body['request_id'];
  if (requestId === undefined || requestId === null || requestId === '' || requestId === 0 || requestId === false) return;
  const reply = (r: Reply) =>
    void bus.publish(`SIMO/user/${userId}/control-resp/${String(requestId)}`, JSON.stringify(r), { qos: 1, retain: false });
  const fail = (error: string) => reply({ ok: false, error });

  // 4. component id
  if (!/^\d+$/.test(parts[6]!)) return fail('Invalid component id');
  const componentId = Number(parts[6]);
  // 6. user
  const user = db.user(userId);
  if (!user || !db.isUserActive(user)) return fail('Inactive or unknown user');
  // 7. throttle
  if (!throttle.hit(`user:${user.id}`, 'mqtt.control').ok) return fail('Rate limit exceeded');
  // 8. the component in an active instance with that uid
  const instance = db.instanceByUid(parts[4]!);
  const component = db.component(componentId);
  if (!instance || !component || component.instance !== instance.id) return fail('Component not found');
  // 9. permission
  if (!db.canControlComponent(user, component)) return fail('Permission denied');
  // 10. method name
  const method = body['method'];
  if (typeof method !== 'string' || method === 'id' || method === 'secret' || method.startsWith('_')) {
    return fail('Method not allowed');
  }
  // 11. subcomponent
  let target = component;
  const sub = body['subcomponent_id'];
  if (sub) {
    const slave = typeof sub === 'number' && component.slaves.includes(sub) ? db.component(sub) : undefined;
    if (!slave) return fail('Subcomponent not found');
    target = slave;
  }
  // 12. controller
  const methods = controllerOf(target);
  if (!methods) return fail('Component has no controller');
  // 13. allow-list
  if (!(method in methods)) return fail(`Method ${method} not allowed`);
  // 16. attribute missing: cannot happen here, every listed method exists.
  // A non-array `args` is dropped silently, exactly like the real service.
  const args = Array.isArray(body['args']) ? body['args'] : [];
  const kwargs = body['kwargs'] && typeof body['kwargs'] === 'object' && !Array.isArray(body['kwargs']) ? (body['kwargs'] as JsonObject) : {};
  let effect: Effect;
  deps.executed?.({ requestId: String(requestId), componentId: target.id, method, at: Date.now() });
  try {
    effect = methods[method]!(target, args, kwargs);
  } catch (err) {
    const pyErr = err instanceof PythonError ? err : typeError(String(err));
    return fail(pyErr.traceback(method));
  }
  // 17/18. the reply goes out now; the device reports later.
  if (effect.notSerializable) {
    fail(
      typeError(`Object of type ${effect.notSerializable} is not JSON serializable`).traceback(method),
    );
  } else {
    reply({ ok: true, result: effect.result ?? null });
  }
  const actor: Actor = { type: 'user', userId: user.id };
  let at = deps.deviceDelayMs?.() ?? 50 + Math.random() * 250;
  for (const step of effect.steps ?? []) {
    at += step.afterMs ?? 0;
    setTimeout(() => deps.deviceReport(target.id, step.changes, actor), at).unref?.();
  }
}
