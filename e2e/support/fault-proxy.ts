import net from 'node:net';

/**
 * What happens to bytes on the `/mqtt/` connections: passed, delayed, held without closing (a stall:
 * delivered late if the link recovers, like TCP retransmissions), or dropped for good.
 */
export type MqttFault =
  | { kind: 'pass' }
  | { kind: 'delay'; ms: number }
  | { kind: 'stall' }
  | { kind: 'drop' }
  /** Only what the broker sends is lost: commands arrive, replies and feed messages do not. */
  | { kind: 'drop-down' };

/**
 * A TCP proxy in front of the simulated hub, for fault tests. Every connection is forwarded; the ones
 * that open with `GET /mqtt/` (the MQTT WebSocket) get the current fault, and can be cut. Everything
 * else (the app, REST) passes untouched, so only the live link suffers.
 */
export class FaultProxy {
  private fault: MqttFault = { kind: 'pass' };
  private readonly mqtt = new Set<net.Socket>();
  private readonly held: [Buffer, net.Socket][] = [];

  private constructor(
    private readonly server: net.Server,
    readonly url: string,
  ) {}

  static async start(target: string): Promise<FaultProxy> {
    const { hostname, port } = new URL(target);
    let proxy!: FaultProxy;
    const server = net.createServer((client) => {
      client.on('error', () => client.destroy());
      client.once('data', (first) => {
        const upstream = net.connect(Number(port), hostname);
        upstream.on('error', () => client.destroy());
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        if (!/^GET \/mqtt\//.test(first.toString('latin1', 0, 16))) {
          upstream.write(first);
          client.pipe(upstream);
          upstream.pipe(client);
          return;
        }
        proxy.mqtt.add(client);
        client.on('close', () => proxy.mqtt.delete(client));
        proxy.forward(first, upstream, 'up');
        client.on('data', (d) => proxy.forward(d, upstream, 'up'));
        upstream.on('data', (d) => proxy.forward(d, client, 'down'));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    proxy = new FaultProxy(server, `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`);
    return proxy;
  }

  set(fault: MqttFault): void {
    this.fault = fault;
    if (fault.kind !== 'stall') {
      const held = this.held.splice(0);
      if (fault.kind === 'pass' || fault.kind === 'delay') for (const [data, to] of held) if (!to.destroyed) to.write(data);
    }
  }

  /** Closes every `/mqtt/` connection at once (a cable pulled out where the other side notices). */
  cut(): void {
    for (const s of this.mqtt) s.destroy();
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private forward(data: Buffer, to: net.Socket, direction: 'up' | 'down'): void {
    const f = this.fault;
    if (f.kind === 'pass' || (f.kind === 'drop-down' && direction === 'up')) to.write(data);
    else if (f.kind === 'delay') setTimeout(() => !to.destroyed && to.write(data), f.ms);
    else if (f.kind === 'stall') this.held.push([data, to]);
    // drop (and drop-down on the way down): the bytes go nowhere and the sockets stay open.
  }
}
