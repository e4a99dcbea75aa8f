import pg from 'pg';
import { ORG } from '../../apps/api/src/database/seed/demo-portfolio.js';
import { aBenefit, aMeasurement } from './support/benefits.js';
import { aCostItem } from './support/cost-items.js';
import { initiativeIdsByCode, queryData } from './support/graphql.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';

interface Change {
  cursor: string;
  eventId: string;
  entityType: string;
  entityId: string;
  operation: string;
  mutation: string;
  occurredAt: string;
  initiativeId: string | null;
}
interface FeedPage {
  nodes: Change[];
  endCursor: string | null;
  hasMore: boolean;
}

const FEED = `query($since: String, $types: [ChangeEntityType!], $first: Int) {
  changes(since: $since, types: $types, first: $first) {
    nodes { cursor eventId entityType entityId operation mutation occurredAt initiativeId }
    endCursor hasMore } }`;

/** Reads the feed from `since` to its end, page by page; the changes and the cursor to resume from. */
async function readToEnd(
  gql: Gql,
  since: string | null,
  options: { first?: number; types?: string[] } = {},
): Promise<{ changes: Change[]; cursor: string | null }> {
  const changes: Change[] = [];
  let cursor = since;
  for (;;) {
    const { changes: page } = await queryData<{ changes: FeedPage }>(gql, FEED, {
      since: cursor,
      first: options.first ?? 500,
      types: options.types ?? null,
    });
    changes.push(...page.nodes);
    cursor = page.endCursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

const summary = (changes: Change[]) => changes.map((c) => `${c.entityType} ${c.operation} ${c.entityId}`);

describe('the change feed (issue 19)', () => {
  let t: TestApp;
  let owner: Gql; // Ola Prosjekteier, Brønnøysundregistrene (BRREG)
  let bergen: Gql; // Berit Økonomi, Bergen kommune
  let oslo: Gql; // Økonomi, Oslo kommune
  const org: Record<string, string> = {};
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    owner = await t.as('eier@demo.gevinst.no');
    bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    Object.assign(
      org,
      await organisationIds(t.gql, { bergen: ORG.BERGEN, oslo: ORG.OSLO, kdd: ORG.KDD, brreg: ORG.BRREG }),
    );
    initiativeId = (await initiativeIdsByCode(owner))['DEMO-LIV-BEDRIFT'];
  });
  afterAll(() => t.close());

  it('returns exactly the changes since the cursor, in order, and none the caller may not see', async () => {
    const ownerStart = (await readToEnd(owner, null)).cursor;
    const bergenStart = (await readToEnd(bergen, null)).cursor;
    const osloStart = (await readToEnd(oslo, null)).cursor;
    expect(ownerStart).not.toBeNull();

    // The owner adds a benefit received by Bergen; Bergen's officer records measurements of it.
    const benefit = await aBenefit(owner, { initiativeId, receivingOrganisationId: org.bergen });
    const byOwner = await aMeasurement(owner, { benefitId: benefit.id, date: '2025-01-31', value: '1' });
    const byBergen = [];
    for (const date of ['2025-02-28', '2025-03-31', '2025-04-30'])
      byBergen.push(await aMeasurement(bergen, { benefitId: benefit.id, date, value: '2' }));
    // Another organisation's initiative (Oslo owns it) and its cost item: not the owner's, not Bergen's.
    const other = await anInitiative(t.gql, { ownerId: org.oslo, ministryId: org.kdd });
    const otherItem = await aCostItem(t.gql, {
      initiativeId: other.id,
      year: 2026,
      plannedAmount: '1000.00',
    });

    const seenByOwner = await readToEnd(owner, ownerStart);
    expect(summary(seenByOwner.changes)).toEqual([
      `BENEFIT CREATED ${benefit.id}`,
      `BENEFIT_MEASUREMENT CREATED ${byOwner.id}`,
      ...byBergen.map((m) => `BENEFIT_MEASUREMENT CREATED ${m.id}`),
    ]);
    expect(seenByOwner.changes.every((c) => c.initiativeId === initiativeId)).toBe(true);
    expect(seenByOwner.changes.map((c) => c.mutation)).toEqual([
      'createBenefit',
      'recordMeasurement',
      'recordMeasurement',
      'recordMeasurement',
      'recordMeasurement',
    ]);

    // Bergen sees the measurements it recorded itself (one event per measurement), nothing else.
    const seenByBergen = await readToEnd(bergen, bergenStart);
    expect(summary(seenByBergen.changes)).toEqual(byBergen.map((m) => `BENEFIT_MEASUREMENT CREATED ${m.id}`));

    // The audit trail follows the same rule: Bergen reads one event per measurement it recorded (before
    // issue 19 it saw none of them: the trail showed only events on entities its organisation owns).
    const trail = await queryData<{ auditEvents: { nodes: { entityId: string; operation: string }[] } }>(
      bergen,
      `query($i: ID) { auditEvents(filter: { initiativeId: $i, entityType: BenefitMeasurement }, limit: 500) {
        nodes { entityId operation } } }`,
      { i: initiativeId },
    );
    expect(trail.auditEvents.nodes.map((e) => e.entityId).sort()).toEqual(byBergen.map((m) => m.id).sort());

    // Oslo owns the other initiative: it sees that and its cost item, none of the rest.
    const seenByOslo = await readToEnd(oslo, osloStart);
    expect(summary(seenByOslo.changes)).toEqual([
      `INITIATIVE CREATED ${other.id}`,
      `COST_ITEM CREATED ${otherItem.id}`,
    ]);

    // Resuming at the end gives nothing; small pages give the same changes, none twice.
    expect((await readToEnd(owner, seenByOwner.cursor)).changes).toEqual([]);
    const paged = await readToEnd(owner, ownerStart, { first: 2 });
    expect(summary(paged.changes)).toEqual(summary(seenByOwner.changes));
    expect(paged.cursor).toBe(seenByOwner.cursor);

    // A type filter narrows to those types only.
    const onlyBenefits = await readToEnd(owner, ownerStart, { types: ['BENEFIT'] });
    expect(summary(onlyBenefits.changes)).toEqual([`BENEFIT CREATED ${benefit.id}`]);
  });

  it('moves the benefit’s and the initiative’s lastActivityAt with a measurement, and updatedSince finds them', async () => {
    const benefit = await aBenefit(owner, { initiativeId });
    const read = () =>
      queryData<{
        benefit: { updatedAt: string; lastActivityAt: string };
        initiative: { lastActivityAt: string };
      }>(
        owner,
        `query($b: ID!, $i: ID!) { benefit(id: $b) { updatedAt lastActivityAt } initiative(id: $i) { lastActivityAt } }`,
        { b: benefit.id, i: initiativeId },
      );
    const before = await read();
    const since = new Date(Date.now() + 1).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20)); // a later instant than `since` on any clock
    await aMeasurement(owner, { benefitId: benefit.id, date: '2025-05-31', value: '3' });
    const after = await read();
    expect(after.benefit.updatedAt).toBe(before.benefit.updatedAt);
    expect(after.benefit.lastActivityAt > before.benefit.lastActivityAt).toBe(true);
    expect(after.benefit.lastActivityAt >= since).toBe(true);
    expect(after.initiative.lastActivityAt).toBe(after.benefit.lastActivityAt);

    const lists = await queryData<{
      benefits: { nodes: { id: string }[] };
      initiatives: { nodes: { id: string }[] };
    }>(
      owner,
      `query($since: DateTime!) {
        benefits(filter: { updatedSince: $since }, limit: 500) { nodes { id } }
        initiatives(filter: { updatedSince: $since }, limit: 500) { nodes { id } } }`,
      { since },
    );
    expect(lists.benefits.nodes.map((b) => b.id)).toEqual([benefit.id]);
    expect(lists.initiatives.nodes.map((i) => i.id)).toEqual([initiativeId]);
  });

  it('refuses a cursor it did not write, with a coded error', async () => {
    const res = await owner(FEED, { since: 'not-a-cursor' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('NOT_A_CHANGE_CURSOR');
  });

  // Two connections at once: only on a PostgreSQL server (PGlite has one connection).
  (process.env.DATABASE_URL ? it : it.skip)(
    'a transaction that commits after a later one is neither skipped nor repeated',
    async () => {
      const start = (await readToEnd(owner, null)).cursor;
      const url = (t.db.options as { url: string }).url;
      const slow = new pg.Client({ connectionString: url });
      await slow.connect();
      try {
        await slow.query('BEGIN');
        // The slow transaction takes its event id first …
        const [{ id: slowId }] = (
          await slow.query(
            `INSERT INTO audit_events (actor_kind, operation, entity_type, entity_id, owner_organisation_id, initiative_id, after)
             VALUES ('SYSTEM', 'updateInitiative', 'Initiative', $1::text, $2::uuid, $1::uuid, '{}'::jsonb) RETURNING id::text AS id`,
            [initiativeId, org.brreg],
          )
        ).rows as { id: string }[];
        // … a later change commits before it: the feed holds it back while the slow one runs.
        const fast = await aBenefit(owner, { initiativeId });
        const meanwhile = await readToEnd(owner, start);
        expect(meanwhile.changes).toEqual([]);
        await slow.query('COMMIT');
        const afterwards = await readToEnd(owner, meanwhile.cursor);
        expect(afterwards.changes.map((c) => [c.eventId, c.entityId])).toEqual([
          [slowId, initiativeId],
          [expect.any(String), fast.id],
        ]);
        expect(Number(afterwards.changes[1].eventId)).toBeGreaterThan(Number(slowId));
      } finally {
        await slow.end();
      }
    },
  );
});
