import { jest } from '@jest/globals';
import {
  participantListsOf,
  participantsWithOrganisations,
} from '../../apps/api/src/initiative/participant.repository.js';
import { splicedListsWritten } from '../../apps/api/src/graphql/json-chunks.js';
import { listTextsMade } from '../../apps/api/src/graphql/list-splices.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const PAGE = `query { initiatives(limit: 50, sort: { field: CODE, direction: ASC }) {
  nodes { id code participants { role pays organisation { id name } } } } }`;

interface Node {
  id: string;
  code: string;
  participants: { role: string; pays: boolean; organisation: { id: string; name: string } }[];
}

/**
 * Each API process keeps the participant lists it has read while the database's participant change count
 * (raised by triggers on initiative_participants and organisations in the writing transaction) stays the
 * same (initiative/participant-list-cache.ts). A change through the API, straight in the database, or
 * through another process shows in the very next answer; a transaction that rolls back leaves nothing.
 */
describe('participant lists kept across requests', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  async function page(app: TestApp = t): Promise<{ nodes: Node[]; statements: number }> {
    const res = await app.gql(PAGE);
    expect(res.errors).toBeUndefined();
    return { nodes: res.data.initiatives.nodes, statements: res.queryCount };
  }
  const withParticipants = (nodes: Node[]) => nodes.find((node) => node.participants.length > 1)!;
  const cache = () => participantListsOf(t.db.manager);

  it('answers the same lists from what it kept, in as many statements', async () => {
    const first = await page();
    expect(cache().entries).toBeGreaterThan(0);
    const plan = jest.spyOn(cache(), 'plan');
    try {
      const again = await page();
      expect(again.nodes).toEqual(first.nodes);
      expect(again.statements).toBe(first.statements);
      // The second page read asked the database for no list: every one was held.
      expect(plan).toHaveBeenCalledTimes(1);
      expect(plan.mock.results[0].value).toMatchObject({ missing: [] });
      expect((plan.mock.results[0].value as { held: Map<string, unknown> }).held.size).toBe(
        first.nodes.length,
      );
    } finally {
      plan.mockRestore();
    }
  });

  it('writes the kept lists from bytes made once per list, the same text as graphql-jit and JSON.stringify make', async () => {
    const token = (t.gql as unknown as { token: string }).token;
    const raw = async (query: string) => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    // A selection no other test makes, so its texts are made here (graphql/list-splices.ts).
    const spliced = `{ list: initiatives(limit: 50, sort: { field: CODE, direction: DESC }) { totalCount
      items: nodes { code people: participants { __typename pays role org: organisation { name id } } name } } }`;
    // The same inside an inline fragment: never spliced, answered by graphql-jit and JSON.stringify alone.
    const ordinary = spliced
      .replace('people: participants', '... on Initiative { people: participants')
      .replace('org: organisation { name id } }', 'org: organisation { name id } } }');
    const before = listTextsMade();
    const written = splicedListsWritten();
    const first = await raw(spliced);
    const nodes = (JSON.parse(first) as { data: { list: { items: { people: unknown[] }[] } } }).data.list
      .items;
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.some((node) => node.people.length > 1)).toBe(true);
    // One text made for each initiative's list, then kept: the second answer makes none.
    expect(listTextsMade() - before).toBe(nodes.length);
    // … and each written from its kept bytes.
    expect(splicedListsWritten() - written).toBe(nodes.length);
    const second = await raw(spliced);
    expect(listTextsMade() - before).toBe(nodes.length);
    expect(second).toBe(first);
    // Twice: graphql-js answers a document's first run, graphql-jit the next ones (graphql/compiled-execution.ts).
    expect(await raw(ordinary)).toBe(first);
    expect(await raw(ordinary)).toBe(first);
    expect(listTextsMade() - before).toBe(nodes.length);
    // Two spliced answers; the fragment's none.
    expect(splicedListsWritten() - written).toBe(2 * nodes.length);
  });

  it('shows an organisation renamed straight in the database in the next answer', async () => {
    const before = await page();
    const { organisation } = withParticipants(before.nodes).participants[1];
    await t.db.query(`UPDATE organisations SET name = name || ' (omdøpt)' WHERE id = $1`, [organisation.id]);
    try {
      const after = await page();
      const names = after.nodes
        .flatMap((n) => n.participants)
        .filter((p) => p.organisation.id === organisation.id);
      expect(names.length).toBeGreaterThan(0);
      for (const p of names) expect(p.organisation.name).toBe(`${organisation.name} (omdøpt)`);
    } finally {
      await t.db.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [
        organisation.id,
        organisation.name,
      ]);
    }
    expect(await page()).toEqual(before);
  });

  it('shows participants added and removed through the API and in the database', async () => {
    const before = await page();
    const initiative = withParticipants(before.nodes);
    const [outsider] = await t.db.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM organisations o WHERE kind = 'MUNICIPALITY'
         AND NOT EXISTS (SELECT 1 FROM initiative_participants p WHERE p.initiative_id = $1 AND p.organisation_id = o.id)
       ORDER BY municipality_number LIMIT 1`,
      [initiative.id],
    );
    const added = await t.gql(
      `mutation($i: ID!, $o: ID!) { addParticipant(initiativeId: $i, organisationId: $o, role: BENEFICIARY) { id } }`,
      { i: initiative.id, o: outsider.id },
    );
    expect(added.errors).toBeUndefined();
    const afterAdd = (await page()).nodes.find((n) => n.id === initiative.id)!;
    expect(afterAdd.participants).toHaveLength(initiative.participants.length + 1);
    expect(afterAdd.participants.at(-1)).toEqual({
      role: 'BENEFICIARY',
      pays: false,
      organisation: { id: outsider.id, name: outsider.name },
    });

    await t.db.query(
      `DELETE FROM initiative_participants WHERE initiative_id = $1 AND organisation_id = $2`,
      [initiative.id, outsider.id],
    );
    expect((await page()).nodes.find((n) => n.id === initiative.id)).toEqual(initiative);
  });

  it('neither answers nor keeps the lists a writing transaction saw once it rolls back', async () => {
    const before = await page();
    const initiative = withParticipants(before.nodes);
    const { organisation } = initiative.participants[0];
    const projection = { key: 'test: every column' };
    await expect(
      t.db.transaction(async (em) => {
        await em.query(`UPDATE organisations SET name = 'Ikke lagret' WHERE id = $1`, [organisation.id]);
        const [seen] = await participantsWithOrganisations(em, [initiative.id], projection);
        expect(seen[0].organisation.name).toBe('Ikke lagret');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A committed change brings the count to what the rolled-back transaction saw: lists it had kept
    // would now be taken as current.
    await t.db.query(`UPDATE organisations SET name = name WHERE false`);
    const [after] = await participantsWithOrganisations(t.db.manager, [initiative.id], projection);
    expect(after[0].organisation.name).toBe(organisation.name);
    expect((await page()).nodes).toEqual(before.nodes);
  });
});

describe('change counts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.db.query<{ analytics: string; participants: string; pages: string }[]>(
      `SELECT (SELECT coalesce(sum(changes), 0) FROM analytics_changes)::text AS analytics,
              (SELECT coalesce(sum(changes), 0) FROM participant_changes)::text AS participants,
              (pg_relation_size('analytics_changes') / current_setting('block_size')::int)::text AS pages`,
    );
    return {
      analytics: BigInt(row.analytics),
      participants: BigInt(row.participants),
      pages: Number(row.pages),
    };
  };

  it('raises each count once per transaction that changes its tables, however many statements it runs', async () => {
    const start = await counts();
    await t.db.transaction(async (em) => {
      for (let i = 0; i < 500; i += 1) await em.query(`UPDATE organisations SET name = name WHERE false`);
    });
    const afterOne = await counts();
    expect(afterOne.analytics - start.analytics).toBe(1n);
    expect(afterOne.participants - start.participants).toBe(1n);
    // 500 statements in one transaction leave the counts' table as small as it was (one row version each).
    expect(afterOne.pages).toBeLessThanOrEqual(Math.max(start.pages, 1));

    await t.db.query(`UPDATE organisations SET name = name WHERE false`);
    await t.db.query(`UPDATE cost_items SET year = year WHERE false`);
    const afterTwo = await counts();
    expect(afterTwo.analytics - afterOne.analytics).toBe(2n);
    // cost_items is not read by participant lists.
    expect(afterTwo.participants - afterOne.participants).toBe(1n);

    // A savepoint rolled back takes its raise with it; the transaction's next change raises the count.
    await t.db.transaction(async (em) => {
      await em.query(`SAVEPOINT s`);
      await em.query(`UPDATE organisations SET name = name WHERE false`);
      await em.query(`ROLLBACK TO SAVEPOINT s`);
      await em.query(`UPDATE organisations SET name = name WHERE false`);
    });
    expect((await counts()).participants - afterTwo.participants).toBe(1n);
  });
});

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('participant lists on two API processes sharing one database', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp({ demo: true });
    b = await startTestApp({ demo: true, databaseUrl: (a.db.options as { url: string }).url });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('shows a participant one process removes in the next answer of the other', async () => {
    const first = await a.gql(PAGE);
    const again = await a.gql(PAGE);
    expect(again.data).toEqual(first.data);
    const nodes = first.data.initiatives.nodes as Node[];
    const initiative = nodes.find((n) => n.participants.some((p) => p.role === 'BENEFICIARY'))!;
    const beneficiary = initiative.participants.find((p) => p.role === 'BENEFICIARY')!;

    const removed = await b.gql(
      `mutation($i: ID!, $o: ID!) { removeParticipant(initiativeId: $i, organisationId: $o) { id } }`,
      { i: initiative.id, o: beneficiary.organisation.id },
    );
    expect(removed.errors).toBeUndefined();
    const after = (await a.gql(PAGE)).data.initiatives.nodes.find(
      (n: Node) => n.id === initiative.id,
    ) as Node;
    expect(after.participants).toEqual(
      initiative.participants.filter((p) => p.organisation.id !== beneficiary.organisation.id),
    );
  });
});
