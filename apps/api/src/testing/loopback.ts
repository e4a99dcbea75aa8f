// Test support for the API's unit specs, and for them only (see fakes.ts): a real TCP connection on
// loopback for the specs of sockets (read-into-socket.spec.ts, copy-binary.spec.ts).
import net from 'node:net';
import { ReadIntoSocket } from '../export/read-into-socket.js';

/**
 * A server on loopback and a ReadIntoSocket (reading into `bufferSize` bytes) connected to it: the client,
 * the server's end of the connection, and `close` for both and the server.
 */
export async function loopbackPair(bufferSize?: number): Promise<{
  client: ReadIntoSocket;
  server: net.Socket;
  close: () => Promise<void>;
}> {
  const listener = net.createServer();
  const accepted = new Promise<net.Socket>((resolve) => listener.once('connection', resolve));
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const client = new ReadIntoSocket(bufferSize);
  const { port } = listener.address() as net.AddressInfo;
  await new Promise<void>((resolve) => client.connect(port, '127.0.0.1', resolve));
  const server = await accepted;
  return {
    client,
    server,
    close: async () => {
      client.destroy();
      server.destroy();
      await new Promise((resolve) => listener.close(resolve));
    },
  };
}

/** Writes `data` and resolves once the socket has taken it. */
export function writeTo(socket: net.Socket, data: Buffer | string): Promise<void> {
  return new Promise((resolve, reject) => socket.write(data, (error) => (error ? reject(error) : resolve())));
}

/** Resolves once `received()` is at least `length` (checked at every turn of the event loop). */
export async function until(received: () => number, length: number): Promise<void> {
  while (received() < length) await new Promise((resolve) => setImmediate(resolve));
}
