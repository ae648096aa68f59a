import { DestroyRef, Injectable, inject, untracked } from '@angular/core';
import { TimeoutError, filter, firstValueFrom, map, timeout } from 'rxjs';
import { errorSummary, newRequestId, parseControlReply } from '../../domain/control-reply';
import { parseJson } from '../../domain/json';
import { controlTopic } from '../../domain/topics';
import { CommandsStore } from '../../state/commands-store';
import { ComponentsStore } from '../../state/components-store';
import { DASHBOARD_CONFIG } from '../config';
import { MqttConnection } from '../mqtt/mqtt-connection';
import { CLOCK } from '../platform';
import { SessionStore } from '../session/session-store';
import { LiveSync } from '../sync/live-sync';
import { CommandGuard } from './command-guard';
import { ConnectionStore } from '../../state/connection-store';
import { HUB_BAN_MS, describeNotSent, explainHubError, type CommandOutcome, type NotSentReason } from './command-outcome';

/**
 * Sends control commands over MQTT (§5) and tells the truth about them: the reply on
 * `control-resp/<request_id>` is awaited under a timeout; `ok: true` only means the hub dispatched the
 * command, so the tile stays pending until the device's new value arrives on the feed.
 */
@Injectable({ providedIn: 'root' })
export class ControlService {
  private readonly connection = inject(MqttConnection);
  private readonly session = inject(SessionStore);
  private readonly commands = inject(CommandsStore);
  private readonly components = inject(ComponentsStore);
  private readonly status = inject(ConnectionStore);
  private readonly config = inject(DASHBOARD_CONFIG);
  private readonly clock = inject(CLOCK);
  private readonly guard = new CommandGuard();
  private readonly confirmTimers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor() {
    const sub = inject(LiveSync).componentsUpdated.subscribe((ids) => {
      for (const id of ids) {
        const cmd = this.commands.entityMap()[id];
        if (cmd?.status !== 'accepted') continue;
        this.clearConfirmTimer(id);
        this.commands.advance(id, cmd.requestId, { status: 'confirmed', at: this.clock.now() });
      }
    });
    inject(DestroyRef).onDestroy(() => {
      sub.unsubscribe();
      for (const t of this.confirmTimers.values()) clearTimeout(t);
    });
  }

  /**
   * Calls `method(*args)` on a component; `intent` says in words what the user asked for. The outcome
   * is returned and kept in CommandsStore for the tile.
   */
  async send(componentId: number, method: string, args: readonly unknown[] = [], intent = method): Promise<CommandOutcome> {
    const requestId = newRequestId(() => this.clock.random());
    const base = { componentId, requestId, method, args, intent, at: this.clock.now() };
    const user = this.session.user();
    const instance = this.session.instance();
    const component = untracked(this.components.component(componentId));
    const limitedFor = (this.status.limitedUntil() ?? 0) - this.clock.now();
    const notSent = (reason: NotSentReason): CommandOutcome => {
      const text = describeNotSent(reason, limitedFor / 1000);
      this.commands.set({ ...base, status: 'not-sent', error: { summary: text, full: text } });
      return { kind: 'not-sent', reason };
    };
    if (!component || !component.controllerMethods.includes(method)) return notSent('not-allowed');
    if (!user || !instance || this.connection.state().kind !== 'connected') return notSent('offline');
    // The hub would answer "Rate limit exceeded" and may extend the ban: wait it out.
    if (limitedFor > 0) return notSent('rate-limited');
    if (!this.guard.tryTake(this.clock.now())) return notSent('too-many');

    this.clearConfirmTimer(componentId);
    this.commands.set({ ...base, status: 'sending' });
    // Listen before publishing: the reply is not retained.
    const reply = firstValueFrom(
      this.connection.messages.pipe(
        filter((m) => m.topic === `SIMO/user/${user.id}/control-resp/${requestId}`),
        map((m) => parseControlReply(parseJson(m.payload))),
        filter((r) => r !== null),
        timeout(this.config.controlTimeoutMs),
      ),
    );
    reply.catch(() => undefined); // handled below; avoid an unhandled rejection if publish fails first
    const payload = JSON.stringify({ request_id: requestId, method, args, kwargs: {}, subcomponent_id: null });
    try {
      await this.connection.publish(controlTopic(user.id, instance.uid, componentId), payload);
    } catch {
      return notSent('offline');
    }
    try {
      const r = await reply;
      if (!r.ok) {
        if (r.error.trim() === 'Rate limit exceeded') this.status.rateLimited(this.clock.now() + HUB_BAN_MS);
        const summary = explainHubError(errorSummary(r.error));
        this.commands.advance(componentId, requestId, { status: 'failed', error: { summary, full: r.error }, at: this.clock.now() });
        return { kind: 'rejected', summary, full: r.error };
      }
      this.commands.advance(componentId, requestId, { status: 'accepted', at: this.clock.now() });
      this.confirmTimers.set(
        componentId,
        setTimeout(() => {
          this.confirmTimers.delete(componentId);
          this.commands.advance(componentId, requestId, { status: 'unconfirmed', at: this.clock.now() });
        }, this.config.confirmTimeoutMs),
      );
      return { kind: 'accepted' };
    } catch (err) {
      // No reply in time: the command may or may not have run. It is never sent again by itself.
      if (!(err instanceof TimeoutError)) console.warn('control reply stream ended', err);
      this.commands.advance(componentId, requestId, { status: 'timed-out', at: this.clock.now() });
      return { kind: 'timed-out' };
    }
  }

  private clearConfirmTimer(componentId: number) {
    const t = this.confirmTimers.get(componentId);
    if (t !== undefined) clearTimeout(t);
    this.confirmTimers.delete(componentId);
  }
}
