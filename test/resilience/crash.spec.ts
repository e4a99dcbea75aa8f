/**
 * Kills the API with SIGKILL in the middle of allocation runs and other writes under load, restarts it
 * and checks that the database tells one consistent story: no partial run, no duplicate lines, every
 * acknowledged write present, and an audit event for every change.
 */
import { type ApiProcess, createDatabase, gql, login, query, startApi } from './support/api-process';

const YEAR = 2025;

describe('SIGKILL under load', () => {
  let db: { url: string; drop(): Promise<void> };
  let api: ApiProcess;
  let token: string;
  let allocated: string; // initiative with all 357 municipalities and 10 cost items
  let edited: string; // initiative whose cost items are created and changed under load

  beforeAll(async () => {
    db = await createDatabase();
    api = await startApi(db.url);
    token = await login(api.url);
    const org = async (n: string) =>
      (await gql(api.url, token, `{ organisationByOrgNumber(orgNumber: "${n}") { id } }`)).data
        .organisationByOrgNumber.id as string;
    const ks = await org('971032146');
    const kdd = await org('972417858');
    const municipalities = (
      await gql(
        api.url,
        token,
        `{ organisations(filter: { kind: [MUNICIPALITY] }, limit: 500) { nodes { id } } }`,
      )
    ).data.organisations.nodes as { id: string }[];
    const key = await gql(
      api.url,
      token,
      `mutation($i: CreateCostSharingKeyInput!) { createCostSharingKey(input: $i) { id } }`,
      {
        i: {
          name: 'Innbyggertall',
          ownerOrganisationId: ks,
          spec: { method: 'PROPORTIONAL', driver: 'population' },
          populationYear: 2024,
        },
      },
    );
    const create = async (code: string) =>
      (
        await gql(
          api.url,
          token,
          `mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }`,
          {
            i: {
              code,
              name: code,
              ownerId: ks,
              ministryId: kdd,
              costSharingKeyId: key.data.createCostSharingKey.id,
              participants: municipalities.map((m) => ({ organisationId: m.id, role: 'FUNDER' })),
            },
          },
        )
      ).data.createInitiative.id as string;
    allocated = await create('CRASH-ALLOC');
    edited = await create('CRASH-EDIT');
    for (let i = 0; i < 10; i++) {
      const res = await gql(
        api.url,
        token,
        `mutation($i: CreateCostItemInput!) { createCostItem(input: $i) { id } }`,
        {
          i: {
            initiativeId: allocated,
            year: YEAR,
            category: 'OPERATION',
            description: `Post ${i}`,
            plannedAmount: `${1_000_000 + i * 12_345}.67`,
          },
        },
      );
      expect(res.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('leaves no partial run, no duplicate line, every acknowledged write and its audit event', async () => {
    const acknowledged = {
      runs: new Set<string>(),
      createdItems: new Set<string>(),
      updates: new Map<string, number>(),
    };
    let stop = false;
    const safely = async (fn: () => Promise<void>) => {
      while (!stop) {
        try {
          await fn();
        } catch {
          // The process died under us: the write was not acknowledged.
          if (stop) return;
        }
      }
    };
    const runner = () =>
      safely(async () => {
        const res = await gql(
          api.url,
          token,
          `mutation($i: ID!, $y: Int!) { runAllocation(initiativeId: $i, year: $y) { id lineCount } }`,
          {
            i: allocated,
            y: YEAR,
          },
        );
        if (res.data?.runAllocation) acknowledged.runs.add(res.data.runAllocation.id);
      });
    const creator = () =>
      safely(async () => {
        const res = await gql(
          api.url,
          token,
          `mutation($i: CreateCostItemInput!) { createCostItem(input: $i) { id version } }`,
          {
            i: { initiativeId: edited, year: YEAR, category: 'LICENCE', plannedAmount: '1000.00' },
          },
        );
        if (res.data?.createCostItem) acknowledged.createdItems.add(res.data.createCostItem.id);
      });
    const updater = () =>
      safely(async () => {
        const ids = [...acknowledged.createdItems];
        if (!ids.length) return new Promise((r) => setTimeout(r, 20));
        const id = ids[Math.floor(Math.random() * ids.length)];
        const current = await gql(
          api.url,
          token,
          `query($i: ID!) { initiative(id: $i) { costItems(year: ${YEAR}) { id version } } }`,
          {
            i: edited,
          },
        );
        const item = current.data?.initiative?.costItems.find((c: { id: string }) => c.id === id);
        if (!item) return;
        const res = await gql(
          api.url,
          token,
          `mutation($i: UpdateCostItemInput!) { updateCostItem(input: $i) { id version } }`,
          {
            i: { id, version: item.version, plannedAmount: `${1000 + item.version}.00` },
          },
        );
        if (res.data?.updateCostItem) {
          const { version } = res.data.updateCostItem;
          acknowledged.updates.set(id, Math.max(acknowledged.updates.get(id) ?? 0, version));
        } else if (res.errors && res.errors[0].extensions?.code !== 'CONFLICT') {
          throw new Error(`unexpected error: ${JSON.stringify(res.errors)}`);
        }
      });
    const workers = [runner(), runner(), creator(), creator(), updater(), updater()];
    // Let the load build up, then kill the process in the middle of it.
    await new Promise((r) => setTimeout(r, 4000));
    expect(acknowledged.runs.size).toBeGreaterThan(0);
    await api.kill();
    stop = true;
    await Promise.all(workers);

    api = await startApi(db.url);
    token = await login(api.url);

    // No partial run: every run has exactly its lines, and they add up to its total.
    const runs = await query<{
      id: string;
      line_count: number;
      lines: number;
      planned_total: string;
      sum: string;
    }>(
      db.url,
      `SELECT r.id, r.line_count, count(l.id)::int AS lines, r.planned_total, COALESCE(sum(l.planned_amount), 0)::numeric(17,2) AS sum
       FROM allocation_runs r LEFT JOIN allocation_lines l ON l.run_id = r.id GROUP BY r.id`,
    );
    expect(runs.length).toBeGreaterThanOrEqual(acknowledged.runs.size);
    for (const run of runs) {
      expect({ id: run.id, lines: run.lines, sum: run.sum }).toEqual({
        id: run.id,
        lines: run.line_count,
        sum: run.planned_total,
      });
      expect(run.line_count).toBe(3570); // 357 municipalities × 10 cost items
    }
    const [{ current }] = await query(
      db.url,
      `SELECT count(*)::int AS current FROM allocation_runs WHERE status = 'CURRENT'`,
    );
    expect(current).toBe(1);
    // No duplicate line.
    const [{ duplicates }] = await query(
      db.url,
      `SELECT count(*)::int AS duplicates FROM (SELECT run_id, organisation_id, cost_item_id FROM allocation_lines
       GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);
    // Every acknowledged write is there.
    const runIds = new Set(runs.map((r) => r.id));
    for (const id of acknowledged.runs) expect(runIds.has(id)).toBe(true);
    const items = new Map(
      (
        await query<{ id: string; version: number }>(
          db.url,
          `SELECT id, version FROM cost_items WHERE initiative_id = $1`,
          [edited],
        )
      ).map((row) => [row.id, row.version]),
    );
    for (const id of acknowledged.createdItems) expect(items.has(id)).toBe(true);
    for (const [id, version] of acknowledged.updates) expect(items.get(id)).toBeGreaterThanOrEqual(version);
    // The audit trail matches the changes: one event per run, per created item and per version step.
    const events = await query<{ operation: string; entity_id: string; n: number }>(
      db.url,
      `SELECT operation, entity_id, count(*)::int AS n FROM audit_events
       WHERE operation IN ('runAllocation', 'createCostItem', 'updateCostItem') GROUP BY 1, 2`,
    );
    const count = (operation: string, id: string) =>
      events.find((e) => e.operation === operation && e.entity_id === id)?.n ?? 0;
    for (const run of runs) expect(count('runAllocation', run.id)).toBe(1);
    for (const [id, version] of items) {
      expect(count('createCostItem', id)).toBe(1);
      expect(count('updateCostItem', id)).toBe(version - 1);
    }
    expect(events.filter((e) => e.operation === 'runAllocation').length).toBe(runs.length);
    // And the API works again.
    const again = await gql(
      api.url,
      token,
      `mutation($i: ID!, $y: Int!) { runAllocation(initiativeId: $i, year: $y) { lineCount } }`,
      {
        i: allocated,
        y: YEAR,
      },
    );
    expect(again.data.runAllocation.lineCount).toBe(3570);
  });
});
