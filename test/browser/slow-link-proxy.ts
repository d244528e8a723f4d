/** A loopback TCP proxy that, while `slow` is on, hands the browser each response in small timed slices, like a weak mobile link. */
import net from 'node:net';

export interface SlowLinkProxy {
  url: string;
  /** When true, bytes from the server reach the browser in `sliceBytes` pieces every `sliceMs`. */
  slow: boolean;
  close(): Promise<void>;
}

export async function startSlowLinkProxy(target: string, options: { sliceBytes?: number; sliceMs?: number } = {}): Promise<SlowLinkProxy> {
  const { hostname, port } = new URL(target);
  const sliceBytes = options.sliceBytes ?? 96;
  const sliceMs = options.sliceMs ?? 20;
  const sockets = new Set<net.Socket>();
  const proxy: SlowLinkProxy = { url: '', slow: false, close: async () => undefined };

  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => (socket === client ? upstream : client).destroy());
    }
    client.pipe(upstream);
    // Slices leave in order: each waits for the previous one (a promise chain per connection).
    let queue = Promise.resolve();
    upstream.on('data', (data: Buffer) => {
      if (!proxy.slow) {
        queue = queue.then(() => void client.write(data));
        return;
      }
      upstream.pause();
      for (let offset = 0; offset < data.length; offset += sliceBytes) {
        const slice = data.subarray(offset, offset + sliceBytes);
        queue = queue.then(() => new Promise((resolve) => setTimeout(resolve, sliceMs))).then(() => void client.write(slice));
      }
      queue = queue.then(() => void upstream.resume());
    });
    upstream.on('end', () => void queue.then(() => client.end()));
    client.on('end', () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  proxy.url = `http://127.0.0.1:${address.port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
