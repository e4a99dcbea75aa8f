import { Readable } from 'node:stream';
import { mergeBlocks } from './block-merge.js';
import type { CopySegment } from './copy-binary.js';

/** A stream of segments, one per block number given (data: the block and its place in the stream). */
function stream(blocks: number[], failAfter?: Error): Readable {
  const segments: CopySegment[] = blocks.map((block, i) => ({ block, data: Buffer.from(`${block}.${i}`) }));
  let at = 0;
  return new Readable({
    objectMode: true,
    read() {
      if (at < segments.length) this.push(segments[at++]);
      else if (failAfter) this.destroy(failAfter);
      else this.push(null);
    },
  });
}

async function all(streams: Readable[]): Promise<string[]> {
  const out: string[] = [];
  for await (const { data } of mergeBlocks(streams)) out.push(data.toString());
  return out;
}

describe('mergeBlocks', () => {
  it('writes the segments of two parts in block order, a block whole before the next', async () => {
    // even blocks from one stream, odd from the other, blocks of several segments, a gap (block 6: none)
    const even = stream([0, 0, 2, 4, 4, 4, 8]);
    const odd = stream([1, 3, 3, 5, 7, 7, 9]);
    expect(await all([even, odd])).toEqual([
      '0.0',
      '0.1',
      '1.0',
      '2.2',
      '3.1',
      '3.2',
      '4.3',
      '4.4',
      '4.5',
      '5.3',
      '7.4',
      '7.5',
      '8.6',
      '9.6',
    ]);
  });

  it('gives one stream as it is, and nothing for none or for empty ones', async () => {
    expect(await all([stream([0, 0, 3])])).toEqual(['0.0', '0.1', '3.2']);
    expect(await all([])).toEqual([]);
    expect(await all([stream([]), stream([])])).toEqual([]);
    expect(await all([stream([]), stream([1, 3])])).toEqual(['1.0', '3.1']);
  });

  it('fails with a stream that fails, and stops the other', async () => {
    const failure = new Error('COPY failed');
    const odd = stream([1, 3, 5, 7, 9, 11]);
    await expect(all([stream([0, 2], failure), odd])).rejects.toBe(failure);
    expect(odd.destroyed).toBe(true);
  });

  it('fails at once when a stream fails while the other sends nothing, and destroys the silent one', async () => {
    const failure = new Error('COPY failed');
    const failing = new Readable({ objectMode: true, read() {} });
    const silent = new Readable({ objectMode: true, read() {} });
    const merged = all([failing, silent]);
    failing.destroy(failure);
    await expect(merged).rejects.toBe(failure);
    expect(silent.destroyed).toBe(true);
  });

  it('stops every stream when its consumer stops', async () => {
    const streams = [stream([0, 2, 4, 6]), stream([1, 3, 5, 7])];
    for await (const { block } of mergeBlocks(streams)) if (block === 2) break;
    expect(streams.map((s) => s.destroyed)).toEqual([true, true]);
  });

  it('refuses a block from two streams, and blocks out of order', async () => {
    await expect(all([stream([0, 2]), stream([2, 3])])).rejects.toThrow(/block 2 came from two streams/);
    await expect(all([stream([0, 4, 2]), stream([1])])).rejects.toThrow(/block 2 came after block 4/);
  });
});
