import type { QueryRunner } from 'typeorm';

const ignore = (): void => undefined;

/**
 * Makes `runner` send its statements one at a time, in the order they were asked for, each once the one
 * before it has answered (failed or not).
 *
 * A transaction holds one connection, and more than one piece of code can ask it for a statement at the
 * same moment: GraphQL resolves sibling fields concurrently, so the batch loaders of a request that are
 * built inside a transaction (the co-financing eligibility check reads organisations and initiatives
 * through them while an application is saved) send their batches together. node-postgres still queues
 * such statements on the client itself, but that is deprecated and refused from pg 9 ("Calling
 * client.query() when the client is already executing a query"). The queue here is the "external flow
 * control" the driver asks for; it lives on this runner only, which TypeORM creates for one transaction
 * and releases with it.
 */
export function serialiseQueries(runner: QueryRunner): void {
  const send = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const result = tail.then(() => send(...args));
    tail = result.then(ignore, ignore);
    return result;
  }) as QueryRunner['query'];
}
