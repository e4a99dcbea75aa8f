import net from 'node:net';
import { loopbackPair, until, writeTo as write } from '../testing/loopback.js';
import { ReadIntoSocket, exportSocket } from './read-into-socket.js';

/** A few turns of the event loop, each with its poll for I/O. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('ReadIntoSocket', () => {
  it("gives the 'data' listeners copies of their own: later reads do not change what they were given", async () => {
    const { client, server, close } = await loopbackPair(16);
    try {
      const chunks: Buffer[] = [];
      client.on('data', (chunk: Buffer) => chunks.push(chunk));
      await write(server, 'a'.repeat(40));
      await until(() => Buffer.concat(chunks).length, 40);
      const first = chunks.length;
      await write(server, 'b'.repeat(40));
      await until(() => Buffer.concat(chunks).length, 80);
      // 16 bytes a read at most: several reads, all into the same buffer
      expect(first).toBeGreaterThanOrEqual(3);
      expect(chunks.every((chunk) => chunk.length <= 16)).toBe(true);
      expect(Buffer.concat(chunks).toString()).toBe('a'.repeat(40) + 'b'.repeat(40));
    } finally {
      await close();
    }
  });

  it('gives a tap the bytes instead, stops reading when the tap says so and reads on at resume()', async () => {
    const { client, server, close } = await loopbackPair(1024);
    try {
      const data: string[] = [];
      const tapped: string[] = [];
      client.on('data', (chunk: Buffer) => data.push(chunk.toString()));
      let wanted = false;
      client.tap((bytes) => {
        tapped.push(bytes.toString());
        return wanted;
      });
      await write(server, 'first');
      await until(() => tapped.join('').length, 5);
      // the tap said no more: what comes now waits in the kernel
      await write(server, 'second');
      await turns(5);
      expect(tapped.join('')).toBe('first');
      wanted = true;
      client.resume();
      await until(() => tapped.join('').length, 11);
      expect(tapped.join('')).toBe('firstsecond');
      client.untap();
      await write(server, 'third');
      await until(() => data.join('').length, 5);
      expect(data).toEqual(['third']);
      expect(tapped.join('')).toBe('firstsecond');
    } finally {
      await close();
    }
  });

  it('is what an export connection gets, unless the connection is encrypted', () => {
    const plain = exportSocket({});
    const encrypted = exportSocket({ ssl: { rejectUnauthorized: true } });
    expect(plain).toBeInstanceOf(ReadIntoSocket);
    expect(encrypted).toBeInstanceOf(net.Socket);
    expect(encrypted).not.toBeInstanceOf(ReadIntoSocket);
    plain.destroy();
    encrypted.destroy();
  });
});
