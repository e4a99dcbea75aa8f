import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago (for the servers a benchmark starts). */
export function freePort(): Promise<number> {
  return new Promise((ok, no) => {
    const server = createServer();
    server.on('error', no);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
