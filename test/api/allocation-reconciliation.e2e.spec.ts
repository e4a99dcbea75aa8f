import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { TEST_ADMIN, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Issue 14, point 5: a key without a fixed total does not silently allocate something else than its cost
 * item. The DigiFin example: NOK 20 per inhabitant over the 357 municipalities (5 550 203 inhabitants on
 * 1 January 2024, SSB) allocates 20 × 5 550 203 = 111 004 060.00 against a cost item of 100 000 000.00:
 * difference (cost item − allocated) = 100 000 000.00 − 111 004 060.00 = −11 004 060.00.
 */
const RUN = `mutation($i: ID!, $y: Int!, $s: ID, $r: AllocationReconciliation) {
  runAllocation(initiativeId: $i, year: $y, supersedes: $s, reconciliation: $r) {
  id status plannedTotal lineCount costItemAmount allocatedTotal difference reconciles keyFixesTotal reconciliation } }`;
const PREVIEW = `query($i: ID!, $y: Int!, $k: ID) { previewAllocation(initiativeId: $i, year: $y, keyId: $k) {
  total costItemAmount allocatedTotal difference reconciles keyFixesTotal } }`;

describe('allocation runs reconcile with their cost items', () => {
  let t: TestApp;
  let adminToken: string;
  const org: Record<string, string> = {};
  let digifin: string;
  let perUnitKey: string;
  let proportionalKey: string;
  let item: { id: string; version: number };

  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*)::int FROM allocation_runs WHERE initiative_id = $1) AS runs,
                (SELECT count(*)::int FROM allocation_lines WHERE initiative_id = $1) AS lines,
                (SELECT count(*)::int FROM audit_events) AS audits,
                (SELECT planned_amount::text FROM cost_items WHERE id = $2) AS planned`,
        [digifin, item.id],
      )
    )[0];

  const download = async (path: string) => {
    const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    adminToken = (await t.as(TEST_ADMIN.email, TEST_ADMIN.password)).token;
    Object.assign(org, await organisationIds(t.gql, { ks: '971032146', kdd: '972417858' }));
    const municipalities = (
      await t.gql(`{ organisations(filter: { kind: [MUNICIPALITY] }, limit: 500) { nodes { id } } }`)
    ).data.organisations.nodes as { id: string }[];
    expect(municipalities).toHaveLength(357);
    digifin = (
      await anInitiative(t.gql, {
        code: 'DIGIFIN-AVSTEM',
        name: 'DigiFin-andel mot kostnadspost',
        ownerId: org.ks,
        ministryId: org.kdd,
        participants: municipalities.map((m) => ({ organisationId: m.id, role: 'FUNDER' })),
      })
    ).id;
    perUnitKey = (
      await aCostSharingKey(t.gql, {
        name: 'DigiFin 20 kr per innbygger (avstemming)',
        ownerOrganisationId: org.ks,
        spec: { method: 'PER_UNIT', driver: 'population', rate: '20.00' },
        populationYear: 2024,
      })
    ).id;
    proportionalKey = (
      await aCostSharingKey(t.gql, {
        name: 'Etter innbyggertall (avstemming)',
        ownerOrganisationId: org.ks,
        spec: { method: 'PROPORTIONAL', driver: 'population' },
        populationYear: 2024,
      })
    ).id;
    item = await aCostItem(t.gql, {
      initiativeId: digifin,
      year: 2024,
      plannedAmount: '100000000.00',
      costSharingKeyId: perUnitKey,
      description: 'Felles plattform',
    });
  });
  afterAll(() => t.close());

  it('shows the difference in the preview', async () => {
    const res = await t.gql(PREVIEW, { i: digifin, y: 2024, k: perUnitKey });
    expect(res.errors).toBeUndefined();
    expect(res.data.previewAllocation).toEqual({
      total: '111004060.00',
      costItemAmount: '100000000.00',
      allocatedTotal: '111004060.00',
      difference: '-11004060.00',
      reconciles: false,
      keyFixesTotal: false,
    });
    // A key that fixes the total splits exactly the 100 000 000.00: difference 0.
    const fixed = await t.gql(PREVIEW, { i: digifin, y: 2024, k: proportionalKey });
    expect(fixed.data.previewAllocation).toMatchObject({
      allocatedTotal: '100000000.00',
      difference: '0.00',
      reconciles: true,
      keyFixesTotal: true,
    });
  });

  it('refuses a per-unit run without a choice, naming both amounts, the difference and the options; nothing is written', async () => {
    const before = await counts();
    const res = await t.gql(RUN, { i: digifin, y: 2024, s: null });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const message = res.errors![0].message;
    expect(message).toContain('NOK 100000000.00');
    expect(message).toContain('NOK 111004060.00');
    expect(message).toContain('NOK -11004060.00');
    expect(message).toContain('SET_COST_ITEM_FROM_KEY');
    expect(message).toContain('ACCEPT_DIFFERENCE');
    expect(res.errors![0].extensions).toMatchObject({
      problems: [{ field: 'reconciliation', reason: 'ALLOCATION_DIFFERENCE' }],
    });
    // REQUIRE_EXACT said out loud is the same refusal
    const explicit = await t.gql(RUN, { i: digifin, y: 2024, s: null, r: 'REQUIRE_EXACT' });
    expect(errorCode(explicit)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    expect(before).toMatchObject({ runs: 0, lines: 0, planned: '100000000.00' });
  });

  let acceptedRunId: string;

  it('ACCEPT_DIFFERENCE records −11 004 060.00 on the run, shown by the API and the exports', async () => {
    const res = await t.gql(RUN, { i: digifin, y: 2024, s: null, r: 'ACCEPT_DIFFERENCE' });
    expect(res.errors).toBeUndefined();
    acceptedRunId = res.data.runAllocation.id;
    expect(res.data.runAllocation).toMatchObject({
      plannedTotal: '111004060.00',
      lineCount: 357,
      costItemAmount: '100000000.00',
      allocatedTotal: '111004060.00',
      difference: '-11004060.00',
      reconciles: false,
      keyFixesTotal: false,
      reconciliation: 'ACCEPT_DIFFERENCE',
    });
    expect((await counts()).planned).toBe('100000000.00'); // the cost item is left as it was
    const runs = await t.gql(
      `query($i: ID!) { allocationRuns(initiativeId: $i) { id difference reconciles reconciliation } }`,
      { i: digifin },
    );
    expect(runs.data.allocationRuns).toEqual([
      {
        id: acceptedRunId,
        difference: '-11004060.00',
        reconciles: false,
        reconciliation: 'ACCEPT_DIFFERENCE',
      },
    ]);

    // CSV for programs: every line names its run's cost items, allocation and difference.
    const rfc = await download(`/api/exports/allocations.csv?dialect=rfc4180&runId=${acceptedRunId}`);
    expect(rfc.status).toBe(200);
    const records: Record<string, string>[] = parse(rfc.body.toString('utf8'), { columns: true });
    expect(records).toHaveLength(357);
    for (const record of records)
      expect(record).toMatchObject({
        run_cost_item_amount: '100000000.00',
        run_allocated_total: '111004060.00',
        run_difference: '-11004060.00',
      });
    // CSV for Norwegian Excel: the same figures with a decimal comma, as its other amounts.
    const nb = await download(`/api/exports/allocations.csv?runId=${acceptedRunId}`);
    const nbRecords: Record<string, string>[] = parse(nb.body.toString('utf8'), {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(nbRecords[0]).toMatchObject({
      'Kjøringens kostnadsposter': '100000000,00',
      'Kjøringens fordelte beløp': '111004060,00',
      'Kjøringens differanse': '-11004060,00',
    });

    // The workbook: a reconciliation section on the about sheet, and the figures on the run's row.
    const xlsx = await download(`/api/exports/allocations.xlsx?runId=${acceptedRunId}`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const about = workbook.getWorksheet('Om fordelingen')!;
    const rows: unknown[][] = [];
    about.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const labelled = (label: string) => rows.find((row) => row[0] === label);
    expect(labelled('Kostnadsposter')?.[1]).toBe(100000000);
    expect(labelled('Fordelt')?.[1]).toBe(111004060);
    expect(labelled('Differanse (kostnadsposter − fordelt)')?.[1]).toBe(-11004060);
    let differenceFormat: string | undefined;
    about.eachRow((row) => {
      if (row.getCell(1).value === 'Differanse (kostnadsposter − fordelt)')
        differenceFormat = row.getCell(2).numFmt;
    });
    expect(differenceFormat).toBe('#,##0.00 "kr"');
    const runRow = rows.find((row) => row[3] === acceptedRunId)!;
    // … planned in the file, the run's cost items, its allocation, its difference, the choice
    expect(runRow.slice(12, 17)).toEqual([
      111004060,
      100000000,
      111004060,
      -11004060,
      // issue 17: the choice in words, without its code
      'differansen godtatt',
    ]);
  });

  it('SET_COST_ITEM_FROM_KEY sets the cost item to 111 004 060.00 (audited) and the run reconciles', async () => {
    const res = await t.gql(RUN, { i: digifin, y: 2024, s: acceptedRunId, r: 'SET_COST_ITEM_FROM_KEY' });
    expect(res.errors).toBeUndefined();
    // 111 004 060.00 (the cost item, set from the key) − 111 004 060.00 (allocated) = 0
    expect(res.data.runAllocation).toMatchObject({
      plannedTotal: '111004060.00',
      costItemAmount: '111004060.00',
      allocatedTotal: '111004060.00',
      difference: '0.00',
      reconciles: true,
      keyFixesTotal: false,
      reconciliation: 'SET_COST_ITEM_FROM_KEY',
    });
    const stored = await t.gql(
      `query($i: ID!) { initiative(id: $i) { costItems { id plannedAmount version } } }`,
      {
        i: digifin,
      },
    );
    expect(stored.data.initiative.costItems).toEqual([
      { id: item.id, plannedAmount: '111004060.00', version: item.version + 1 },
    ]);
    const [audit] = await t.db.query(
      `SELECT operation, before->>'plannedAmount' AS before, after->>'plannedAmount' AS after,
              after->>'setFromKeyByRunId' AS run
       FROM audit_events WHERE entity_type = 'CostItem' AND entity_id = $1 AND operation = 'updateCostItem'`,
      [item.id],
    );
    expect(audit).toEqual({
      operation: 'updateCostItem',
      before: '100000000.00',
      after: '111004060.00',
      run: res.data.runAllocation.id,
    });
    // Now that the cost item matches the key, a run needs no choice.
    const again = await t.gql(RUN, { i: digifin, y: 2024, r: 'REQUIRE_EXACT' });
    expect(again.errors).toBeUndefined();
    expect(again.data.runAllocation).toMatchObject({ difference: '0.00', reconciles: true });
  });

  it('a key that fixes the total runs without a choice and reconciles', async () => {
    await aCostItem(t.gql, {
      initiativeId: digifin,
      year: 2025,
      plannedAmount: '100000000.00',
      costSharingKeyId: proportionalKey,
      description: 'Etter innbyggertall',
    });
    const res = await t.gql(RUN, { i: digifin, y: 2025, s: null });
    expect(res.errors).toBeUndefined();
    expect(res.data.runAllocation).toMatchObject({
      plannedTotal: '100000000.00',
      costItemAmount: '100000000.00',
      difference: '0.00',
      reconciles: true,
      keyFixesTotal: true,
      reconciliation: 'REQUIRE_EXACT',
    });
  });
});
