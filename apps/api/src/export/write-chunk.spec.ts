import { Writable } from 'node:stream';
import { writeChunk } from './write-chunk.js';

/** A client that takes one chunk every 5 ms, with room for 16 bytes. */
function slowClient() {
  const received: string[] = [];
  const out = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString());
      setTimeout(callback, 5);
    },
  });
  return { out, received };
}

describe('writeChunk', () => {
  it('waits for the client to drain before the next chunk, so no more than a buffer is held', async () => {
    const { out, received } = slowClient();
    let maxBuffered = 0;
    for (let n = 0; n < 20; n++) {
      expect(await writeChunk(out, `chunk ${String(n).padStart(2, '0')} of twenty\n`)).toBe(true);
      maxBuffered = Math.max(maxBuffered, out.writableLength);
      // After writeChunk resolves, the stream can take more.
      expect(out.writableNeedDrain).toBe(false);
    }
    out.end();
    await new Promise((resolve) => out.on('finish', resolve));
    expect(received).toHaveLength(20);
    expect(maxBuffered).toBeLessThanOrEqual(32);
  });

  it('says false when the client has gone away, instead of waiting for ever', async () => {
    const { out } = slowClient();
    const pending = writeChunk(out, 'a chunk larger than sixteen bytes');
    out.destroy();
    expect(await pending).toBe(false);
    expect(await writeChunk(out, 'more')).toBe(false);
  });

  it('calls `written` once each chunk has been taken by the client, not before', async () => {
    const { out, received } = slowClient();
    const written: number[] = [];
    for (let n = 0; n < 5; n++) {
      await writeChunk(out, `chunk ${n} of five, long enough to fill the buffer\n`, () => {
        expect(received).toHaveLength(n + 1);
        written.push(n);
      });
    }
    out.end();
    await new Promise((resolve) => out.on('finish', resolve));
    expect(written).toEqual([0, 1, 2, 3, 4]);
  });
});
