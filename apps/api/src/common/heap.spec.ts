import { collectGarbage } from './heap.js';

describe('collectGarbage', () => {
  it('frees an unreachable large object at once, without --expose-gc', async () => {
    let ref: WeakRef<number[]> | undefined;
    // 5 million numbers (about 40 MB) in V8's large-object space, which only a full collection frees.
    (() => {
      ref = new WeakRef(new Array<number>(5_000_000).fill(1));
    })();
    // A WeakRef keeps its target alive until the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(ref?.deref()?.length).toBe(5_000_000);
    await new Promise((resolve) => setImmediate(resolve)); // deref() too keeps it for the job
    collectGarbage();
    expect(ref?.deref()).toBeUndefined();
  });
});
