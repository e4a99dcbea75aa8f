import type { QueryRunner } from 'typeorm';
import { serialiseQueries } from './serial-queries.js';

/** A stand-in for a connection that answers after `delays[sql]` ms and records how many were in flight. */
function fakeRunner(delays: Record<string, number>) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const runner = {
    async query(sql: string) {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      log.push(`start ${sql}`);
      await new Promise((resolve) => setTimeout(resolve, delays[sql] ?? 0));
      inFlight -= 1;
      log.push(`end ${sql}`);
      if (sql === 'fail') throw new Error('refused');
      return [{ sql }];
    },
  };
  return { runner: runner as unknown as QueryRunner, log, maxInFlight: () => maxInFlight };
}

describe('serialiseQueries', () => {
  it('sends statements asked for together one after another, in the order asked, each with its own answer', async () => {
    const { runner, log, maxInFlight } = fakeRunner({ a: 20, b: 1, c: 5 });
    serialiseQueries(runner);
    const answers = await Promise.all([runner.query('a'), runner.query('b'), runner.query('c')]);
    expect(answers).toEqual([[{ sql: 'a' }], [{ sql: 'b' }], [{ sql: 'c' }]]);
    // Without the queue b (1 ms) would start before a (20 ms) ended.
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(maxInFlight()).toBe(1);
  });

  it('passes a failure to its caller only and goes on with the next statement', async () => {
    const { runner, log } = fakeRunner({ fail: 5 });
    serialiseQueries(runner);
    const failed = runner.query('fail');
    const next = runner.query('after');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toEqual([{ sql: 'after' }]);
    expect(log).toEqual(['start fail', 'end fail', 'start after', 'end after']);
  });

  it('sends a statement asked for later, when the queue is empty, at once', async () => {
    const { runner, maxInFlight } = fakeRunner({});
    serialiseQueries(runner);
    await runner.query('one');
    await runner.query('two');
    expect(maxInFlight()).toBe(1);
  });
});
