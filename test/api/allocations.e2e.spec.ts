import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

const RUN = `mutation($i: ID!, $y: Int!, $s: ID, $r: AllocationReconciliation) {
  runAllocation(initiativeId: $i, year: $y, supersedes: $s, reconciliation: $r) {
  id status plannedTotal actualTotal lineCount createdByEmail costItemAmount difference reconciliation } }`;
const PREVIEW = `query($i: ID!, $y: Int!, $k: ID, $s: JSONObject, $t: Money) {
  previewAllocation(initiativeId: $i, year: $y, keyId: $k, spec: $s, total: $t) {
    total lines { organisationId amount share explanation organisation { name } } } }`;

describe('cost items, cost-sharing keys and allocation runs', () => {
  let t: TestApp;
  const org: Record<string, string> = {};
  let municipalities: { id: string; name: string }[] = [];
  let digifin: string; // initiative with all 357 municipalities as funders
  let small: string; // initiative with a state agency, a county authority and three municipalities
  let digifinKey: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    Object.assign(
      org,
      await organisationIds(t.gql, {
        ks: '971032146',
        kdd: '972417858',
        digdir: '991825827',
        oslo: '958935420',
        bergen: '964338531',
        trondheim: '942110464',
        utsira: '964979901',
        vestland: '821311632',
      }),
    );
    municipalities = (
      await t.gql(`{ organisations(filter: { kind: [MUNICIPALITY] }, limit: 500) { nodes { id name } } }`)
    ).data.organisations.nodes;
    expect(municipalities).toHaveLength(357);
    digifin = (
      await anInitiative(t.gql, {
        code: 'DIGIFIN-TEST',
        name: 'DigiFin-andel 2024',
        ownerId: org.ks,
        ministryId: org.kdd,
        participants: municipalities.map((m) => ({ organisationId: m.id, role: 'FUNDER' })),
      })
    ).id;
    small = (
      await anInitiative(t.gql, {
        code: 'SMALL-TEST',
        name: 'Liten fordeling',
        ownerId: org.ks,
        ministryId: org.kdd,
        participants: [
          { organisationId: org.digdir, role: 'PARTNER' },
          { organisationId: org.vestland, role: 'PARTNER' },
          { organisationId: org.oslo, role: 'PARTNER' },
          { organisationId: org.bergen, role: 'PARTNER' },
          { organisationId: org.utsira, role: 'PARTNER' },
        ],
      })
    ).id;
  });
  afterAll(() => t.close());

  it('DigiFin: NOK 20 per inhabitant over all 357 municipalities totals 111 004 060.00, Oslo 14 354 200.00', async () => {
    digifinKey = (
      await aCostSharingKey(t.gql, {
        name: 'DigiFin 20 kr per innbygger',
        ownerOrganisationId: org.ks,
        spec: { method: 'PER_UNIT', driver: 'population', rate: '20.00' },
        populationYear: 2024,
      })
    ).id;
    await aCostItem(t.gql, {
      initiativeId: digifin,
      year: 2024,
      plannedAmount: '111004060.00',
      costSharingKeyId: digifinKey,
      description: 'DigiFin-andel',
    });
    const run = await t.gql(RUN, { i: digifin, y: 2024, s: null });
    expect(run.errors).toBeUndefined();
    // 5 550 203 inhabitants × NOK 20 = NOK 111 004 060.00
    expect(run.data.runAllocation).toMatchObject({
      status: 'CURRENT',
      plannedTotal: '111004060.00',
      lineCount: 357,
    });
    // Oslo: 717 710 × 20 = 14 354 200.00
    const oslo = await t.gql(
      `query($o: ID!, $i: ID!) { allocations(filter: { organisationId: $o, initiativeId: $i, year: 2024 }) {
        totalCount totalAmount nodes { plannedAmount share explanation organisation { name } initiative { code } run { id } } } }`,
      { o: org.oslo, i: digifin },
    );
    expect(oslo.data.allocations.totalCount).toBe(1);
    expect(oslo.data.allocations.totalAmount).toBe('14354200.00');
    expect(oslo.data.allocations.nodes[0]).toMatchObject({
      plannedAmount: '14354200.00',
      organisation: { name: 'Oslo' },
      initiative: { code: 'DIGIFIN-TEST' },
      run: { id: run.data.runAllocation.id },
    });
    expect(oslo.data.allocations.nodes[0].explanation).toMatch(/717[  ]?710/);
    const all = await t.gql(
      `query($i: ID!) { allocations(filter: { initiativeId: $i }, limit: 500) { totalCount totalAmount nodes { plannedAmount } } }`,
      {
        i: digifin,
      },
    );
    expect(all.data.allocations.totalAmount).toBe('111004060.00');
    const sumOre = all.data.allocations.nodes.reduce(
      (s: bigint, n: any) => s + BigInt(n.plannedAmount.replace('.', '')),
      0n,
    );
    expect(sumOre).toBe(11100406000n);
  });

  it('gives equal remainders to the smallest organisation numbers, so every installation gets the same øre', async () => {
    // 100 000 000 øre / 357 = 280 112.04… øre; 357 × 280 112 = 99 999 984, so 16 øre are left over and all
    // remainders are equal: they go to the 16 smallest organisation numbers (Færder 817263992 …
    // Øksnes 845152012), not by the database's ids. Oslo (958935420) pays 2 801.12.
    const res = await t.gql(
      `query($i: ID!, $y: Int!, $s: JSONObject, $t: Money) {
        previewAllocation(initiativeId: $i, year: $y, spec: $s, total: $t) {
          total lines { amount explanation organisation { name orgNumber } } } }`,
      { i: digifin, y: 2024, s: { method: 'EQUAL' }, t: '1000000.00' },
    );
    expect(res.errors).toBeUndefined();
    const lines: {
      amount: string;
      explanation: string;
      organisation: { name: string; orgNumber: string };
    }[] = res.data.previewAllocation.lines;
    expect(lines).toHaveLength(357);
    const byNumber = [...lines].sort((a, b) =>
      a.organisation.orgNumber < b.organisation.orgNumber ? -1 : 1,
    );
    expect(byNumber.slice(0, 16).map((l) => l.amount)).toEqual(Array(16).fill('2801.13'));
    expect(byNumber.slice(16).every((l) => l.amount === '2801.12')).toBe(true);
    expect(byNumber[0].organisation).toEqual({ name: 'Færder', orgNumber: '817263992' });
    expect(byNumber[15].organisation).toEqual({ name: 'Øksnes', orgNumber: '845152012' });
    const oslo = lines.find((l) => l.organisation.orgNumber === '958935420');
    expect(oslo?.amount).toBe('2801.12');
    expect(oslo?.explanation).toMatch(
      /rounded down to NOK 2,?801\.12; equal remainders: by organisation number\.$/,
    );
  });

  it('previews every method through the API without storing anything', async () => {
    await aCostItem(t.gql, { initiativeId: small, year: 2025, plannedAmount: '100000.00' });
    const runsBefore = (
      await t.gql(`query($i: ID!) { allocationRuns(initiativeId: $i) { id } }`, { i: small })
    ).data.allocationRuns.length;
    const amounts = async (spec: unknown, total?: string) => {
      const res = await t.gql(PREVIEW, { i: small, y: 2025, s: spec, t: total });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return Object.fromEntries(
        res.data.previewAllocation.lines.map((l: any) => [l.organisation.name, l.amount]),
      );
    };
    // EQUAL: 100 000 / 5 = 20 000 each
    expect(Object.values(await amounts({ method: 'EQUAL' }))).toEqual(Array(5).fill('20000.00'));
    // FIXED_SHARES: percentages of 100 000
    const fixed = await amounts({
      method: 'FIXED_SHARES',
      shares: {
        [org.digdir]: '40',
        [org.vestland]: '20',
        [org.oslo]: '20',
        [org.bergen]: '15',
        [org.utsira]: '5',
      },
    });
    expect(fixed).toMatchObject({ Digitaliseringsdirektoratet: '40000.00', Utsira: '5000.00' });
    // Population drivers: Digdir has no population, so PROPORTIONAL over population names it.
    const missing = await t.gql(PREVIEW, {
      i: small,
      y: 2024,
      s: { method: 'PROPORTIONAL', driver: 'population' },
      t: '1000.00',
    });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].message).toMatch(
      /no population for 2024 is stored for Digitaliseringsdirektoratet \(991825827\)/,
    );
    // transactions driver entered per participant
    const set = await t.gql(
      `mutation($i: SetAllocationDriversInput!) { setAllocationDrivers(input: $i) { driver value organisation { name } } }`,
      {
        i: {
          initiativeId: small,
          year: 2025,
          driver: 'transactions',
          source: 'Test',
          values: [
            { organisationId: org.digdir, value: '50000' },
            { organisationId: org.vestland, value: '20000' },
            { organisationId: org.oslo, value: '20000' },
            { organisationId: org.bergen, value: '9000' },
            { organisationId: org.utsira, value: '1000' },
          ],
        },
      },
    );
    expect(set.errors).toBeUndefined();
    // PROPORTIONAL by transactions: Σ = 100 000, so each pays its transactions in NOK
    expect(await amounts({ method: 'PROPORTIONAL', driver: 'transactions' })).toMatchObject({
      Digitaliseringsdirektoratet: '50000.00',
      Bergen: '9000.00',
      Utsira: '1000.00',
    });
    // PER_UNIT: 0.50 per transaction, no total
    expect(await amounts({ method: 'PER_UNIT', driver: 'transactions', rate: '0.50' })).toMatchObject({
      Digitaliseringsdirektoratet: '25000.00',
      Utsira: '500.00',
    });
    // BASE_PLUS_PROPORTIONAL: 5 × 10 000 base, the other 50 000 by transactions (Bergen 9 %: 4 500)
    expect(
      await amounts({ method: 'BASE_PLUS_PROPORTIONAL', base: '10000.00', driver: 'transactions' }),
    ).toMatchObject({
      Bergen: '14500.00',
      Utsira: '10500.00',
    });
    // BANDS with the year's total: the band fees are the weights. Fees 4 000 (Digdir, Vestland, Oslo: 10 000
    // transactions or more) and 1 000 (Bergen, Utsira), Σ 14 000: Oslo 100 000 × 4/14 = 28 571.428… → 28 571.43;
    // Bergen and Utsira 7 142.857… each; the last øre goes to the larger driver (Bergen), Utsira 7 142.85.
    const bands = {
      method: 'BANDS',
      driver: 'transactions',
      bands: [{ upTo: 10000, fee: '1000.00' }, { fee: '4000.00' }],
    };
    expect(await amounts(bands)).toMatchObject({ Bergen: '7142.86', Utsira: '7142.85', Oslo: '28571.43' });
    // FREE_THRESHOLD: below 10 000 transactions pays nothing; the other 90 000 share 100 000
    const free = await amounts({ method: 'FREE_THRESHOLD', driver: 'transactions', threshold: 10000 });
    expect(free).toMatchObject({ Bergen: '0.00', Utsira: '0.00', Digitaliseringsdirektoratet: '55555.56' });
    // TWO_LEVEL: 50 % to central government (Digdir), 50 % to the rest by transactions within LOCAL and REGIONAL
    const two = await amounts({
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'REGIONAL', percent: '10', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '40', key: { method: 'PROPORTIONAL', driver: 'transactions' } },
      ],
    });
    // LOCAL: 40 000 by 20 000 : 9 000 : 1 000 → Oslo 26 666.67, Bergen 12 000.00, Utsira 1 333.33
    expect(two).toEqual({
      Digitaliseringsdirektoratet: '50000.00',
      'Vestland fylkeskommune': '10000.00',
      Oslo: '26666.67',
      Bergen: '12000.00',
      Utsira: '1333.33',
    });
    // A cap re-shares the excess: EQUAL with a cap of 15 000 is infeasible (5 × 15 000 < 100 000) …
    const infeasible = await t.gql(PREVIEW, { i: small, y: 2025, s: { method: 'EQUAL', cap: '15000.00' } });
    expect(errorCode(infeasible)).toBe('BAD_USER_INPUT');
    // … while PROPORTIONAL with a cap of 40 000 moves Digdir's excess 10 000 to the others by transactions.
    const capped = await amounts({ method: 'PROPORTIONAL', driver: 'transactions', cap: '40000.00' });
    expect(capped['Digitaliseringsdirektoratet']).toBe('40000.00');
    expect(Object.values(capped).reduce((s: number, a: any) => s + Number(a.replace('.', '')), 0)).toBe(
      10000000,
    );
    // An invalid spec names the path.
    const invalid = await t.gql(PREVIEW, {
      i: small,
      y: 2025,
      s: { method: 'BANDS', driver: 'transactions', bands: [] },
    });
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.errors![0].extensions!.field).toMatch(/^spec\.bands/);
    const runsAfter = (
      await t.gql(`query($i: ID!) { allocationRuns(initiativeId: $i) { id } }`, { i: small })
    ).data.allocationRuns.length;
    expect(runsAfter).toBe(runsBefore);
  });

  it('versions a key edited after a run; the stored run keeps its numbers', async () => {
    const run1 = (
      await t.gql(`query($i: ID!) { allocationRuns(initiativeId: $i, year: 2024) { id plannedTotal } }`, {
        i: digifin,
      })
    ).data.allocationRuns[0];
    const key = (
      await t.gql(`query($k: ID!) { costSharingKey(id: $k) { version currentVersion } }`, { k: digifinKey })
    ).data.costSharingKey;
    const edited = await t.gql(
      `mutation($i: UpdateCostSharingKeyInput!) { updateCostSharingKey(input: $i) {
        currentVersion current { versionNumber spec } versions { versionNumber spec } } }`,
      {
        i: {
          id: digifinKey,
          version: key.version,
          spec: { method: 'PER_UNIT', driver: 'population', rate: '25.00' },
        },
      },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateCostSharingKey.currentVersion).toBe(2);
    expect(edited.data.updateCostSharingKey.versions.map((v: any) => [v.versionNumber, v.spec.rate])).toEqual(
      [
        [2, '25.00'],
        [1, '20.00'],
      ],
    );
    const stale = await t.gql(
      `mutation($i: UpdateCostSharingKeyInput!) { updateCostSharingKey(input: $i) { id } }`,
      {
        i: { id: digifinKey, version: key.version, name: 'x' },
      },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const oldLines = await t.gql(
      `query($r: ID!, $o: ID!) { allocations(filter: { runId: $r, organisationId: $o }) { totalAmount nodes { keyVersion { versionNumber } } } }`,
      { r: run1.id, o: org.oslo },
    );
    expect(oldLines.data.allocations.totalAmount).toBe('14354200.00');
    expect(oldLines.data.allocations.nodes[0].keyVersion.versionNumber).toBe(1);
    // At NOK 25 the key no longer allocates the 111 004 060.00 cost item: the run needs a choice.
    const run2 = await t.gql(RUN, { i: digifin, y: 2024, s: run1.id, r: 'ACCEPT_DIFFERENCE' });
    expect(run2.errors).toBeUndefined();
    expect(run2.data.runAllocation.plannedTotal).toBe('138755075.00'); // 5 550 203 × 25
    // 111 004 060.00 − 138 755 075.00 = −27 751 015.00 (the participants pay more than the cost item)
    expect(run2.data.runAllocation).toMatchObject({
      costItemAmount: '111004060.00',
      difference: '-27751015.00',
      reconciliation: 'ACCEPT_DIFFERENCE',
    });
    const superseded = await t.gql(
      `query($r: ID!) { allocationRun(id: $r) { status supersededByRunId plannedTotal } }`,
      { r: run1.id },
    );
    expect(superseded.data.allocationRun).toEqual({
      status: 'SUPERSEDED',
      supersededByRunId: run2.data.runAllocation.id,
      plannedTotal: '111004060.00',
    });
    const current = await t.gql(
      `query($i: ID!) { allocations(filter: { initiativeId: $i }) { totalCount totalAmount } }`,
      { i: digifin },
    );
    expect(current.data.allocations).toEqual({ totalCount: 357, totalAmount: '138755075.00' });
    const both = await t.gql(
      `query($i: ID!) { allocations(filter: { initiativeId: $i, includeSuperseded: true }) { totalCount } }`,
      { i: digifin },
    );
    expect(both.data.allocations.totalCount).toBe(714);
    await expect(t.db.query(`UPDATE allocation_lines SET planned_amount = 0`)).rejects.toThrow(/immutable/);
    await expect(t.db.query(`DELETE FROM allocation_runs`)).rejects.toThrow(/immutable/);
  });

  it('stores nothing when a run fails half way', async () => {
    const before = await t.db.query(
      `SELECT count(*)::int AS runs, (SELECT count(*)::int FROM allocation_lines) AS lines FROM allocation_runs`,
    );
    const current = (
      await t.gql(`query($i: ID!) { allocationRuns(initiativeId: $i, year: 2024) { id status } }`, {
        i: digifin,
      })
    ).data.allocationRuns.find((r: any) => r.status === 'CURRENT');
    // The lines are written after the previous run was superseded and the new run inserted; make that fail.
    await t.db.query(
      `ALTER TABLE allocation_lines ADD CONSTRAINT test_fail_half_way CHECK (organisation_id <> '${org.oslo}') NOT VALID`,
    );
    try {
      // The key is at NOK 25 by now (see above): accept its difference so the run gets as far as the lines.
      const failed = await t.gql(RUN, { i: digifin, y: 2024, r: 'ACCEPT_DIFFERENCE' });
      // … so it fails at the lines (a server error), not on the difference (BAD_USER_INPUT)
      expect(errorCode(failed)).not.toBe('BAD_USER_INPUT');
      expect(failed.errors).toBeDefined();
    } finally {
      await t.db.query(`ALTER TABLE allocation_lines DROP CONSTRAINT test_fail_half_way`);
    }
    const after = await t.db.query(
      `SELECT count(*)::int AS runs, (SELECT count(*)::int FROM allocation_lines) AS lines FROM allocation_runs`,
    );
    expect(after).toEqual(before);
    const still = (await t.gql(`query($r: ID!) { allocationRun(id: $r) { status } }`, { r: current.id })).data
      .allocationRun;
    expect(still.status).toBe('CURRENT');
  });

  it('lets one of two concurrent runs win; the other gets CONFLICT and no line is duplicated', async () => {
    await aCostItem(t.gql, { initiativeId: small, year: 2026, plannedAmount: '5000.00' });
    await t.gql(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
      i: {
        id: small,
        version: (await t.gql(`query($i: ID!) { initiative(id: $i) { version } }`, { i: small })).data
          .initiative.version,
        costSharingKeyId: (
          await aCostSharingKey(t.gql, {
            name: 'Likt',
            ownerOrganisationId: org.ks,
            spec: { method: 'EQUAL' },
          })
        ).id,
      },
    });
    const results = await Promise.all([0, 1, 2].map(() => t.gql(RUN, { i: small, y: 2026, s: null })));
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => errorCode(r) === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(2);
    const lines = await t.db.query(
      `SELECT count(*)::int AS n FROM allocation_lines WHERE initiative_id = $1 AND year = 2026`,
      [small],
    );
    expect(lines[0].n).toBe(5);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM allocation_runs WHERE initiative_id = $1 AND year = 2026 AND status = 'CURRENT'`,
      [small],
    );
    expect(n).toBe(1);
  });

  it('shows Bergen its own allocations across initiatives and nothing of Oslo’s', async () => {
    const bergen: Gql = await t.as('okonomi.bergen@demo.gevinst.no');
    const mine = await bergen(
      `query($o: ID!, $i: ID!) { allocations(filter: { organisationId: $o, initiativeId: $i, year: 2024 }) {
        totalCount totalAmount nodes { plannedAmount organisation { name } } } }`,
      { o: org.bergen, i: digifin },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data.allocations.totalCount).toBe(1);
    expect(mine.data.allocations.totalAmount).toBe('7298500.00'); // 291 940 × 25
    // Across all initiatives in 2024 (the demo portfolio adds DigiFin FIKS and the Vestland health-station
    // service): the SQL total equals the sum of the lines, to the øre.
    const year = await bergen(
      `query($o: ID!) { allocations(filter: { organisationId: $o, year: 2024 }, limit: 500) {
        totalCount totalAmount nodes { plannedAmount initiative { code } organisation { name } } } }`,
      { o: org.bergen },
    );
    const codes = new Set(year.data.allocations.nodes.map((n: any) => n.initiative.code));
    expect(codes).toEqual(new Set(['DIGIFIN-TEST', 'DEMO-DIGIFIN-FIKS', 'DEMO-DIGIFIN-HELSESTASJON']));
    const sum = year.data.allocations.nodes.reduce(
      (s: bigint, n: any) => s + BigInt(n.plannedAmount.replace('.', '')),
      0n,
    );
    expect(year.data.allocations.totalAmount.replace('.', '')).toBe(sum.toString());
    // Everything Bergen may see: its own lines, and (as owner) the lines of the Vestland service it owns.
    const everything = await bergen(
      `{ allocations(limit: 500, filter: { includeSuperseded: true }) { totalCount nodes { organisation { name } initiative { code } } } }`,
    );
    expect(everything.data.allocations.totalCount).toBeLessThanOrEqual(500);
    for (const node of everything.data.allocations.nodes) {
      expect(
        node.organisation.name === 'Bergen' || node.initiative.code === 'DEMO-DIGIFIN-HELSESTASJON',
      ).toBe(true);
    }
    expect(everything.data.allocations.nodes.map((n: any) => n.organisation.name)).not.toContain('Oslo');
    // Bergen owns an initiative (the health-station service in Vestland), so asking for Oslo is allowed but
    // shows only lines of Bergen's initiatives, and Oslo takes no part in it: nothing.
    const oslo = await bergen(
      `query($o: ID!) { allocations(filter: { organisationId: $o }) { totalCount } }`,
      {
        o: org.oslo,
      },
    );
    expect(oslo.data.allocations.totalCount).toBe(0);
    const summary = await bergen(
      `query($o: ID!) { organisation(id: $o) { allocationSummary(year: 2024) { total byInitiative { amount } } } }`,
      { o: org.oslo },
    );
    expect(summary.data.organisation.allocationSummary).toEqual({ total: '0.00', byInitiative: [] });
    const own = await bergen(
      `query($o: ID!) { organisation(id: $o) { allocationSummary(year: 2024) { total byInitiative { amount initiative { code } } } } }`,
      { o: org.bergen },
    );
    expect(own.data.organisation.allocationSummary.total).toBe(year.data.allocations.totalAmount);
    expect(own.data.organisation.allocationSummary.byInitiative).toContainEqual({
      amount: '7298500.00',
      initiative: { code: 'DIGIFIN-TEST' },
    });
    expect(own.data.organisation.allocationSummary.byInitiative).toContainEqual({
      amount: '5838800.00', // 291 940 × 20 in the demo DigiFin run
      initiative: { code: 'DEMO-DIGIFIN-FIKS' },
    });
    // Oslo's finance officer owns nothing: asking for Bergen is FORBIDDEN.
    const osloUser = await t.as('okonomi.oslo@demo.gevinst.no');
    const denied = await osloUser(
      `query($o: ID!) { allocations(filter: { organisationId: $o }) { totalCount } }`,
      { o: org.bergen },
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const deniedSummary = await osloUser(
      `query($o: ID!) { organisation(id: $o) { name allocationSummary(year: 2024) { total } } }`,
      {
        o: org.bergen,
      },
    );
    expect(errorCode(deniedSummary)).toBe('FORBIDDEN');
    const run = await osloUser(RUN, { i: digifin, y: 2024 });
    expect(errorCode(run)).toBe('FORBIDDEN');
  });

  it('names cost items without a key and years without costs', async () => {
    await aCostItem(t.gql, { initiativeId: small, year: 2027, plannedAmount: '10.00' });
    await t.gql(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
      i: {
        id: small,
        version: (await t.gql(`query($i: ID!) { initiative(id: $i) { version } }`, { i: small })).data
          .initiative.version,
        costSharingKeyId: null,
      },
    });
    const res = await t.gql(RUN, { i: small, y: 2027 });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/has no cost-sharing key, and SMALL-TEST has no default key/);
    const empty = await t.gql(RUN, { i: small, y: 2031 });
    expect(empty.errors![0].message).toMatch(/no cost items in 2031/);
  });
});
