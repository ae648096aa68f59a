import { ReplaySubject, Subject } from 'rxjs';
import type { IncomingMessage, LinkEvent, LinkOptions, MqttLink, MqttLinkFactory } from './mqtt-link';

/** A link under a test's control: it connects, drops, refuses and delivers when told to. */
export class FakeLink implements MqttLink {
  readonly events$ = new ReplaySubject<LinkEvent>();
  readonly messages$ = new Subject<IncomingMessage>();
  readonly events = this.events$.asObservable();
  readonly messages = this.messages$.asObservable();
  readonly activity$ = new Subject<void>();
  readonly activity = this.activity$.asObservable();
  readonly subscriptions = new Set<string>();
  readonly published: { topic: string; payload: string }[] = [];
  connected = false;
  closed = false;
  /** What publish() does: resolve (default) or reject. */
  publishFails = false;

  constructor(readonly options: LinkOptions) {}

  subscribe(filters: readonly string[]): void {
    for (const f of filters) this.subscriptions.add(f);
  }
  unsubscribe(filters: readonly string[]): void {
    for (const f of filters) this.subscriptions.delete(f);
  }
  publish(topic: string, payload: string): Promise<void> {
    if (!this.connected || this.publishFails) return Promise.reject(new Error('not connected'));
    this.published.push({ topic, payload });
    return Promise.resolve();
  }
  close(): void {
    this.end(true, false);
  }

  // ---- driven by the test ----
  accept(): void {
    this.connected = true;
    this.events$.next({ type: 'connected' });
  }
  drop(): void {
    this.end(false, false);
  }
  refuse(): void {
    this.end(false, true);
  }
  deliver(topic: string, payload: unknown): void {
    this.activity$.next();
    this.messages$.next({ topic, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });
  }

  private end(requested: boolean, refused: boolean) {
    if (this.closed) return;
    this.closed = true;
    this.connected = false;
    this.events$.next({ type: 'closed', requested, refused });
    this.events$.complete();
  }
}

/** Hands out FakeLinks and remembers them; `loader` goes into MQTT_LINK_LOADER. */
export class FakeBroker {
  readonly links: FakeLink[] = [];
  readonly factory: MqttLinkFactory = (options) => {
    const link = new FakeLink(options);
    this.links.push(link);
    return link;
  };
  readonly loader = () => Promise.resolve(this.factory);

  get last(): FakeLink {
    const link = this.links[this.links.length - 1];
    if (!link) throw new Error('no link was opened');
    return link;
  }
}
