import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import type { Actor } from '../auth/actor.js';
import type { AppConfig } from '../config/app-config.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { DeprecatedUsageClientKind } from './dto/deprecated-usage.args.js';
import { deprecatedUsagePlugin } from './deprecated-usage.plugin.js';
import { DeprecatedUsageRecorder, clientOf, daysBefore } from './deprecated-usage.recorder.js';
import type { DeprecatedUsageRepository, UsageCount } from './deprecated-usage.repository.js';

const TOKEN: Actor = {
  kind: 'API_TOKEN',
  tokenId: 'token-1',
  userId: 'user-1',
  email: 'integrasjon@demo.gevinst.no',
  name: 'Integrasjon',
  organisationId: 'org-1',
  roles: [],
};
const PERSON: Actor = { ...TOKEN, kind: 'USER', tokenId: undefined };

/** The recorder on a deprecated_usage table kept in memory: what each flush added and deleted. */
function setup(options: { failAdds?: number } = {}) {
  const added: UsageCount[][] = [];
  const deletedBefore: string[] = [];
  let failures = options.failAdds ?? 0;
  const table = {
    add: (counts: readonly UsageCount[]) => {
      if (failures > 0) {
        failures--;
        return Promise.reject(new Error('database down'));
      }
      added.push(counts.map((count) => ({ ...count })));
      return Promise.resolve();
    },
    deleteBefore: (day: string) => (deletedBefore.push(day), Promise.resolve(0)),
  } as unknown as DeprecatedUsageRepository;
  const config = { deprecatedUsage: { recording: true, flushSeconds: 30, retentionDays: 400 } } as AppConfig;
  return { recorder: new DeprecatedUsageRecorder(table, config), added, deletedBefore };
}

const token = { kind: DeprecatedUsageClientKind.API_TOKEN, id: 'token-1' };

describe('DeprecatedUsageRecorder', () => {
  it('counts per coordinate, client, operation and Norwegian day, and writes it all in one flush', async () => {
    const { recorder, added } = setup();
    // 23:30 UTC on 31 December is New Year's Day in Norway.
    const lateNight = new Date('2026-12-31T23:30:00Z');
    recorder.record(['A.old', 'B.old'], token, 'Sync', new Date('2026-12-31T10:00:00Z'));
    recorder.record(['A.old'], token, 'Sync', new Date('2026-12-31T11:00:00Z'));
    recorder.record(['A.old'], token, 'Sync', lateNight);
    recorder.record(['A.old'], { kind: DeprecatedUsageClientKind.USER, id: 'user-1' }, '', lateNight);
    expect(recorder.buffered).toBe(4);
    await recorder.flush(lateNight);
    expect(recorder.buffered).toBe(0);
    expect(added).toHaveLength(1);
    expect(added[0].map((c) => [c.coordinate, c.clientKind, c.operationName, c.day, c.requestCount])).toEqual(
      [
        ['A.old', 'API_TOKEN', 'Sync', '2026-12-31', 2],
        ['B.old', 'API_TOKEN', 'Sync', '2026-12-31', 1],
        ['A.old', 'API_TOKEN', 'Sync', '2027-01-01', 1],
        ['A.old', 'USER', '', '2027-01-01', 1],
      ],
    );
    expect(added[0][0].firstSeenAt).toEqual(new Date('2026-12-31T10:00:00Z'));
    expect(added[0][0].lastSeenAt).toEqual(new Date('2026-12-31T11:00:00Z'));
    // An empty buffer writes nothing new.
    await recorder.flush(lateNight);
    expect(added.map((counts) => counts.length)).toEqual([4, 0]);
  });

  it('keeps the counts of a failed flush and adds them to what came meanwhile', async () => {
    const { recorder, added } = setup({ failAdds: 1 });
    const at = new Date('2026-12-06T09:00:00Z');
    recorder.record(['A.old'], token, 'Sync', at);
    await recorder.flush(at);
    expect(added).toEqual([]);
    expect(recorder.buffered).toBe(1);
    recorder.record(['A.old'], token, 'Sync', new Date('2026-12-06T09:05:00Z'));
    await recorder.flush(at);
    expect(added[0].map((c) => c.requestCount)).toEqual([2]);
    expect(added[0][0].firstSeenAt).toEqual(at);
  });

  it('deletes days past the retention on the first flush of each day only', async () => {
    const { recorder, deletedBefore } = setup();
    await recorder.flush(new Date('2026-12-06T08:00:00Z'));
    await recorder.flush(new Date('2026-12-06T20:00:00Z'));
    await recorder.flush(new Date('2026-12-07T08:00:00Z'));
    expect(deletedBefore).toEqual([daysBefore('2026-12-06', 400), daysBefore('2026-12-07', 400)]);
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2026-12-06', 400)).toBe('2025-11-01');
  });

  it('counts API tokens by token and sessions by user, and nobody else', () => {
    expect(clientOf(TOKEN)).toEqual({ kind: 'API_TOKEN', id: 'token-1' });
    expect(clientOf(PERSON)).toEqual({ kind: 'USER', id: 'user-1' });
    expect(clientOf({ ...TOKEN, kind: 'SYSTEM' })).toBeNull();
    expect(clientOf(undefined)).toBeNull();
  });
});

describe('deprecatedUsagePlugin in Apollo Server', () => {
  const schema = buildSchema(`
    input Filter { search: String old: String @deprecated(reason: "Use search.") }
    type Query {
      total: Int @deprecated(reason: "Use sum.")
      sum: Int
      list(filter: Filter, q: String @deprecated(reason: "Use filter.")): Int
    }
  `);
  const rootValue = { total: 1, sum: 1, list: 1 };

  async function serve() {
    const { recorder, added } = setup();
    const server = new ApolloServer<GraphQLContext>({
      schema,
      rootValue,
      plugins: [deprecatedUsagePlugin(recorder)],
    });
    await server.start();
    const run = async (actor: Actor | undefined, query: string, variables?: Record<string, unknown>) => {
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: { req: { actor } } as GraphQLContext },
      );
      expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
    };
    return { server, recorder, added, run };
  }

  it('records what executed operations use, per operation, for signed-in clients only', async () => {
    const { server, recorder, added, run } = await serve();
    await run(TOKEN, 'query Old { total sum }');
    await run(TOKEN, 'query Old { total sum }');
    await run(TOKEN, 'query Filtered($f: Filter) { list(filter: $f) }', { f: { old: 'x' } });
    await run(TOKEN, 'query Filtered($f: Filter) { list(filter: $f) }', { f: { search: 'x' } });
    await run(TOKEN, 'query New { sum list(filter: { search: "x" }) }');
    await run(undefined, 'query Anonymous { total }');
    await run(PERSON, '{ list(q: "x") }');
    await recorder.flush();
    expect(added[0].map((c) => [c.coordinate, c.clientKind, c.operationName, c.requestCount])).toEqual([
      ['Query.total', 'API_TOKEN', 'Old', 2],
      ['Filter.old', 'API_TOKEN', 'Filtered', 1],
      ['Query.list(q:)', 'USER', '', 1],
    ]);
    await server.stop();
  });
});
