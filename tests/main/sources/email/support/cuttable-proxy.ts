// A TCP relay on loopback between the email source and the IMAP server that a test can cut: after
// a number of bytes from the server it destroys both sides, as a network drop in the middle of a
// fetch does. Bytes pass untouched (TLS goes through end to end).
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface CuttableProxy {
  readonly port: number;
  /** Cut every connection once this many bytes came from the server in total (from now). */
  cutAfter(bytes: number): void;
  /** Bytes relayed from the server so far. */
  readonly relayed: number;
  /** Connections cut so far. */
  readonly cuts: number;
  close(): Promise<void>;
}

export async function startCuttableProxy(targetPort: number): Promise<CuttableProxy> {
  const sockets = new Set<Socket>();
  let relayed = 0;
  let cutAt = Infinity;
  let cuts = 0;
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (relayed + chunk.length >= cutAt) {
        cutAt = Infinity;
        cuts += 1;
        client.destroy();
        upstream.destroy();
        return;
      }
      relayed += chunk.length;
      client.write(chunk);
    });
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cutAfter(bytes) {
      cutAt = relayed + bytes;
    },
    get relayed() {
      return relayed;
    },
    get cuts() {
      return cuts;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
