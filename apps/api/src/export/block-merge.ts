import type { CopySegment } from './copy-binary.js';

/**
 * The segments of an export's COPY streams as one sequence in block order: each stream gives its blocks in
 * ascending order, a block's segments one after the other, and no block comes from two streams (the
 * export's parts, csv-copy.ts). The next segment is always the head with the smallest block, so the lines
 * come out in id order as one statement would give them. Only the stream being written is waited for; the
 * others read ahead into their own buffers (their high-water marks), so that their backends go on working.
 * Stopping early (the consumer returns, or a stream fails) destroys every stream at once.
 */
export async function* mergeBlocks(
  streams: readonly (AsyncIterable<CopySegment> & { destroy(): unknown })[],
): AsyncGenerator<CopySegment> {
  const iterators = streams.map((stream) => stream[Symbol.asyncIterator]());
  try {
    const heads = await Promise.all(iterators.map((iterator) => iterator.next()));
    for (;;) {
      let k = -1;
      for (let i = 0; i < heads.length; i++) {
        const head = heads[i];
        if (head.done) continue;
        if (k >= 0 && head.value.block === (heads[k].value as CopySegment).block)
          throw new Error(`COPY: block ${head.value.block} came from two streams`);
        if (k < 0 || head.value.block < (heads[k].value as CopySegment).block) k = i;
      }
      if (k < 0) return;
      const segment = heads[k].value as CopySegment;
      yield segment;
      heads[k] = await iterators[k].next();
      const next = heads[k];
      if (!next.done && next.value.block < segment.block)
        throw new Error(`COPY: block ${next.value.block} came after block ${segment.block}`);
    }
  } finally {
    // Destroyed, not returned: a stream iterator's return() waits for its pending next(), which a stream
    // that sends nothing (its backend waiting) never settles.
    for (const stream of streams) stream.destroy();
  }
}
