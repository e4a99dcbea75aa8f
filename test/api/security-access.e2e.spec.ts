import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { organisationId, organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';
import { type UserFixture, aSignedInUser, anApiToken } from './support/users.js';

/**
 * Issue 12, findings 1 and 4, reproduced as the attacker did them. Finding 1: Bergen's finance officer, a
 * READER's READ token and a portfolio reviewer of another ministry got Oslo's amounts and driver values,
 * and each run's inputs and who ran it, from previewAllocation, allocationDrivers, allocationRuns and
 * allocationRun on DEMO-DIGIFIN-FIKS (owned by KS, under Kommunal- og distriktsdepartementet). Now they get
 * FORBIDDEN from every whole-initiative read, on every path, and only their own rows where a list filters.
 * Finding 4: the READER integrator recorded a measurement and submitted an owner report on a KS benefit;
 * now both are FORBIDDEN and store nothing.
 */
const OSLO_AMOUNT = '14354200.00';
const OSLO_ORG_NUMBER = '958935420';
const LETTERS = '420000';

describe('security: object-level access on every financial read, roles on every write', () => {
  let t: TestApp;
  const attackers = {} as Record<'bergen' | 'readerToken' | 'otherMinistryReviewer', Gql>;
  let bergenToken: string;
  const legitimate = {} as Record<'admin' | 'reviewer' | 'ksIntegrator', Gql>;
  let integrator: Gql;
  let oslo: Gql;
  let fiks: string;
  let run: string;
  let osloId: string;
  let bergenId: string;
  let ksBenefit: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const found = await organisationIds(t.gql, {
      oslo: OSLO_ORG_NUMBER,
      bergen: '964338531',
      nfd: '912660680', // Nærings- og fiskeridepartementet: not FIKS's ministry
    });
    osloId = found.oslo;
    bergenId = found.bergen;
    const nfd = found.nfd;
    fiks = (await t.gql(`{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`)).data
      .initiatives.nodes[0].id;
    run = (
      await t.db.query(
        `SELECT id FROM allocation_runs WHERE initiative_id = $1 AND year = 2024 AND status = 'CURRENT'`,
        [fiks],
      )
    )[0].id;
    // Oslo's non-public driver value, as in the finding (letters 420,000).
    const drivers = await t.gql(
      `mutation($i: SetAllocationDriversInput!) { setAllocationDrivers(input: $i) { value } }`,
      {
        i: {
          initiativeId: fiks,
          year: 2024,
          driver: 'letters',
          values: [{ organisationId: osloId, value: LETTERS }],
        },
      },
    );
    expect(drivers.errors).toBeUndefined();
    const user = (email: string, organisationId: string, roles: UserFixture['roles']) =>
      aSignedInUser(t, { email, name: email, password: 'a long test password 42', organisationId, roles });
    attackers.bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    bergenToken = (attackers.bergen as Gql & { token: string }).token;
    const bergenReader = await user('leser.bergen@test.gevinst.no', bergenId, ['READER']);
    const secret = await anApiToken(bergenReader, {
      name: 'les',
      scopes: ['READ'],
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    attackers.readerToken = t.withToken(secret.secret);
    attackers.otherMinistryReviewer = await user('nfd.reviewer@test.gevinst.no', nfd, ['PORTFOLIO_REVIEWER']);
    legitimate.admin = t.gql;
    legitimate.reviewer = await t.as('departement@demo.gevinst.no');
    integrator = await t.as('integrator@demo.gevinst.no');
    legitimate.ksIntegrator = integrator; // a READER of KS, the owner organisation: may read, not write
    oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    ksBenefit = (
      await t.db.query(
        `SELECT b.id FROM benefits b JOIN initiatives i ON i.id = b.initiative_id
         JOIN organisations o ON o.id = i.owner_id WHERE o.org_number = '971032146' ORDER BY b.id LIMIT 1`,
      )
    )[0].id;
  });
  afterAll(() => t.close());

  /** Reads of the whole initiative's financial detail: FORBIDDEN to anyone but admin, owner and ministry. */
  const wholeInitiative = () => ({
    previewAllocation: [
      `query($i: ID!) { previewAllocation(initiativeId: $i, year: 2024) { total lines { organisationId amount } } }`,
      { i: fiks },
    ],
    allocationDrivers: [
      `query($i: ID!) { allocationDrivers(initiativeId: $i) { driver value organisation { id } } }`,
      { i: fiks },
    ],
    allocationRuns: [
      `query($i: ID!) { allocationRuns(initiativeId: $i) { id inputs createdByEmail plannedTotal } }`,
      { i: fiks },
    ],
    allocationRun: [`query($r: ID!) { allocationRun(id: $r) { id inputs createdByEmail } }`, { r: run }],
    coFinancingReport: [
      `query($i: ID!) { coFinancingReport(initiativeId: $i, year: 2024) { totalPlannedNok } }`,
      { i: fiks },
    ],
  });
  /** Reads that filter per line: FORBIDDEN where a whole-initiative field is asked for, else only own rows. */
  const perLine = () => ({
    'a run reached through an allocation line (inputs)': [
      `query($i: ID!) { allocations(filter: { initiativeId: $i, year: 2024 }, limit: 5) { nodes { id run { inputs } } } }`,
      { i: fiks },
    ],
    'a run reached through an allocation line (createdByEmail)': [
      `query($i: ID!) { allocations(filter: { initiativeId: $i, year: 2024 }, limit: 5) { nodes { id run { createdByEmail } } } }`,
      { i: fiks },
    ],
    "Oslo's allocations in FIKS": [
      `query($o: ID!, $i: ID!) { allocations(filter: { organisationId: $o, initiativeId: $i }, limit: 5) { totalAmount nodes { plannedAmount } } }`,
      { o: osloId, i: fiks },
    ],
    "Oslo's allocation summary": [
      `query($o: ID!) { organisation(id: $o) { allocationSummary(year: 2024) { total byInitiative { initiative { id } amount } } } }`,
      { o: osloId },
    ],
  });
  const nothingOfOslo = (res: { data?: unknown }) => {
    const text = JSON.stringify(res.data ?? null);
    return (
      !text.includes(OSLO_AMOUNT) && !text.includes(osloId) && !text.includes(LETTERS) && !text.includes(fiks)
    );
  };

  it.each(['bergen', 'readerToken', 'otherMinistryReviewer'] as const)(
    '%s gets FORBIDDEN and nothing of Oslo from every whole-initiative read of DEMO-DIGIFIN-FIKS',
    async (attacker) => {
      for (const [name, [query, variables]] of Object.entries(wholeInitiative())) {
        const res = await attackers[attacker](query as string, variables as Record<string, unknown>);
        expect([name, errorCode(res), nothingOfOslo(res)]).toEqual([name, 'FORBIDDEN', true]);
      }
      for (const [name, [query, variables]] of Object.entries(perLine())) {
        const res = await attackers[attacker](query as string, variables as Record<string, unknown>);
        expect([name, errorCode(res) ?? 'no error', nothingOfOslo(res)]).toEqual([
          name,
          expect.stringMatching(/^(FORBIDDEN|no error)$/),
          true,
        ]);
      }
    },
  );

  it('refuses a run’s inputs and who ran it to a participant who reaches the run through its own line', async () => {
    for (const gql of [attackers.bergen, attackers.readerToken]) {
      const [inputs, email] = Object.values(perLine());
      for (const [query, variables] of [inputs, email]) {
        const res = await gql(query as string, variables as Record<string, unknown>);
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.errors![0].path).toEqual(expect.arrayContaining(['allocations', 'nodes', 'run']));
      }
    }
  });

  /**
   * The registry of financial fields: every field of the schema (outside Mutation and its payloads) that returns one of the
   * financial types, and the run's whole-initiative scalars. Each has a probe Bergen's finance officer sends
   * about DEMO-DIGIFIN-FIKS / Oslo, and gets FORBIDDEN or Bergen's own rows only. A new field returning a
   * financial type without an entry fails the first test.
   */
  const FINANCIAL_TYPES = [
    'AllocationLine',
    'AllocationPage',
    'AllocationPreview',
    'AllocationPreviewLine',
    'AllocationDriver',
    'AllocationRun',
    'AllocationRunInputs',
    'AllocationSummary',
    'AllocationSummaryItem',
    'NetPositions',
    'OrganisationNetPosition',
    'LevelNetPosition',
    'NetPositionMatrixCell',
    'NetTotals',
    'CoFinancingReport',
    // issue 21
    'InvoiceBasis',
    'KeyConfirmations',
    'BudgetForecast',
  ];
  const lines = `allocations(filter: { initiativeId: $i, year: 2024 }, limit: 500)`;
  const positions = `netPositions(filter: { ownerId: $ks })`;
  const registry = (): Record<string, { query: string; answer: 'FORBIDDEN' | 'OWN_ROWS' }> => ({
    'Query.allocations': {
      query: `{ ${lines} { totalAmount nodes { organisation { id } } } }`,
      answer: 'OWN_ROWS',
    },
    'AllocationPage.nodes': {
      query: `{ ${lines} { nodes { plannedAmount organisation { id } } } }`,
      answer: 'OWN_ROWS',
    },
    'AllocationLine.run': { query: `{ ${lines} { nodes { run { id status } } } }`, answer: 'OWN_ROWS' },
    'AllocationRun.inputs': { query: `{ ${lines} { nodes { run { inputs } } } }`, answer: 'FORBIDDEN' },
    'AllocationRun.runInputs': {
      query: `{ ${lines} { nodes { run { runInputs { costItems { plannedAmount } participants { name } } } } } }`,
      answer: 'FORBIDDEN',
    },
    'AllocationRun.createdByEmail': {
      query: `{ ${lines} { nodes { run { createdByEmail } } } }`,
      answer: 'FORBIDDEN',
    },
    'AllocationRun.lines': {
      query: `{ allocations(filter: { initiativeId: $i, year: 2024 }, limit: 1) { nodes { run { lines(limit: 500) { totalAmount nodes { organisation { id } } } } } } }`,
      answer: 'OWN_ROWS',
    },
    'Query.previewAllocation': {
      query: `{ previewAllocation(initiativeId: $i, year: 2024) { total } }`,
      answer: 'FORBIDDEN',
    },
    'AllocationPreview.lines': {
      query: `{ previewAllocation(initiativeId: $i, year: 2024) { lines { organisationId amount } } }`,
      answer: 'FORBIDDEN',
    },
    'Query.allocationDrivers': {
      query: `{ allocationDrivers(initiativeId: $i) { value } }`,
      answer: 'FORBIDDEN',
    },
    'Query.allocationRuns': { query: `{ allocationRuns(initiativeId: $i) { id } }`, answer: 'FORBIDDEN' },
    'Query.allocationRun': { query: `{ allocationRun(id: $r) { id } }`, answer: 'FORBIDDEN' },
    'Query.invoiceBasis': { query: `{ invoiceBasis(runId: $r) { total } }`, answer: 'FORBIDDEN' },
    'Query.keyConfirmations': {
      query: `{ keyConfirmations(initiativeId: $i) { participants { status } } }`,
      answer: 'FORBIDDEN',
    },
    'Query.budgetForecast': {
      query: `{ budgetForecast(organisationId: $o) { totals { amount } } }`,
      answer: 'FORBIDDEN',
    },
    'Query.coFinancingReport': {
      query: `{ coFinancingReport(initiativeId: $i, year: 2024) { year } }`,
      answer: 'FORBIDDEN',
    },
    'Organisation.allocationSummary': {
      query: `{ organisation(id: $o) { allocationSummary(year: 2024) { total } } }`,
      answer: 'OWN_ROWS', // Bergen owns an initiative, so it may ask: it gets Oslo's lines of Bergen's initiatives only
    },
    'AllocationSummary.byInitiative': {
      query: `{ organisation(id: $o) { allocationSummary(year: 2024) { byInitiative { initiative { id } amount } } } }`,
      answer: 'OWN_ROWS',
    },
    'Query.netPositions': { query: `{ ${positions} { totals { allocatedCostNok } } }`, answer: 'OWN_ROWS' },
    'NetPositions.organisations': {
      query: `{ ${positions} { organisations { organisationId allocatedCostNok } } }`,
      answer: 'OWN_ROWS',
    },
    'NetPositions.levels': { query: `{ ${positions} { levels { allocatedCostNok } } }`, answer: 'OWN_ROWS' },
    'NetPositions.matrix': { query: `{ ${positions} { matrix { costNok } } }`, answer: 'OWN_ROWS' },
    'NetPositions.totals': { query: `{ ${positions} { totals { allocatedCostNok } } }`, answer: 'OWN_ROWS' },
  });

  it('has a registry entry for every field that returns a financial type', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'apps/api/src/schema.gql'), 'utf8'));
    const fields = Object.values(schema.getTypeMap())
      // A mutation's payload (`…Payload`, issue 19) is the answer of a write, reached only through Mutation:
      // who may write is checked per persona in access-control.e2e (e.g. «adopt Bergen's 2027 budget»:
      // administrators and Bergen only).
      .filter(
        (type) =>
          isObjectType(type) &&
          !type.name.startsWith('__') &&
          type.name !== 'Mutation' &&
          !type.name.endsWith('Payload'),
      )
      .flatMap((type) =>
        Object.values((type as import('graphql').GraphQLObjectType).getFields())
          .filter((field) => FINANCIAL_TYPES.includes(getNamedType(field.type).name))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(fields.length).toBeGreaterThan(15);
    expect(fields.filter((field) => !(field in registry()))).toEqual([]);
  });

  it('gives Bergen FORBIDDEN or only its own rows from every registered financial field', async () => {
    const ks = await organisationId(t.gql, '971032146');
    // What Bergen may see of FIKS: its own lines, in every year.
    const own = await t.db.query(
      `SELECT COALESCE(sum(l.planned_amount), 0)::numeric(17,2)::text AS sum FROM allocation_lines l
       JOIN allocation_runs r ON r.id = l.run_id AND r.status = 'CURRENT'
       WHERE l.initiative_id = $1 AND l.organisation_id = $2`,
      [fiks, bergenId],
    );
    const variables = { i: fiks, r: run, o: osloId, ks };
    for (const [field, { query, answer }] of Object.entries(registry())) {
      const used = Object.keys(variables).filter((name) => query.includes(`$${name}`));
      const declared = used.map((name) => `$${name}: ID!`).join(', ');
      const res = await attackers.bergen(`query(${declared}) ${query}`, variables);
      if (answer === 'FORBIDDEN') {
        expect([field, errorCode(res), nothingOfOslo(res)]).toEqual([field, 'FORBIDDEN', true]);
        continue;
      }
      expect([field, res.errors]).toEqual([field, undefined]);
      expect([field, nothingOfOslo(res)]).toEqual([field, true]);
      const text = JSON.stringify(res.data);
      // Every organisation named is Bergen; every net figure is Bergen's own FIKS total (or nothing).
      for (const id of text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [])
        expect([field, id]).toEqual([field, expect.stringMatching(new RegExp(`^(${bergenId}|${run})$`))]);
      if (field.startsWith('NetPositions') || field === 'Query.netPositions') {
        const amounts = (text.match(/"(allocatedCostNok|costNok)":"([0-9.-]+)"/g) ?? []).map((m) =>
          Number(m.split(':')[1].replaceAll('"', '')),
        );
        const total = amounts.reduce((a, b) => a + b, 0);
        const expected =
          field === 'NetPositions.matrix' || field === 'NetPositions.levels' ? Number(own[0].sum) : null;
        if (expected !== null) expect([field, total]).toEqual([field, expected]);
        else
          expect([field, amounts.every((amount) => amount === 0 || amount === Number(own[0].sum))]).toEqual([
            field,
            true,
          ]);
      }
    }
  });

  it("shows Bergen only Bergen's own lines of FIKS, and no Oslo figure in net positions or the CSV export", async () => {
    const lines = await attackers.bergen(
      `query($i: ID!) { allocations(filter: { initiativeId: $i, year: 2024 }, limit: 500) { totalCount nodes { organisation { id } run { id status plannedTotal } } } }`,
      { i: fiks },
    );
    expect(lines.errors).toBeUndefined();
    expect(lines.data.allocations.totalCount).toBeGreaterThan(0);
    expect(new Set(lines.data.allocations.nodes.map((n: any) => n.organisation.id))).toEqual(
      new Set([bergenId]),
    );
    expect(lines.data.allocations.nodes[0].run.id).toBe(run);
    const ks = await organisationId(t.gql, '971032146');
    const positions = await attackers.bergen(
      `query($ks: ID!) { netPositions(filter: { ownerId: $ks }) { organisations { organisationId allocatedCostNok } } }`,
      { ks },
    );
    expect(positions.errors).toBeUndefined();
    for (const row of positions.data.netPositions.organisations)
      if (row.organisationId !== bergenId)
        expect([row.organisationId, row.allocatedCostNok]).toEqual([row.organisationId, '0.00']);
    const csv = await fetch(`${t.url}/api/exports/allocations.csv?initiativeId=${fiks}&year=2024`, {
      headers: { authorization: `Bearer ${bergenToken}` },
    });
    expect(csv.status).toBe(200);
    const body = await csv.text();
    expect(body).toContain('964338531');
    expect(body).not.toContain(OSLO_ORG_NUMBER);
    const osloCsv = await fetch(`${t.url}/api/exports/allocations.csv?organisationId=${osloId}`, {
      headers: { authorization: `Bearer ${bergenToken}` },
    });
    // Bergen owns DEMO-DIGIFIN-HELSESTASJON, so it may ask for Oslo's lines: it gets those of its own
    // initiatives only, never FIKS's.
    expect(osloCsv.status).toBe(200);
    expect(await osloCsv.text()).not.toContain('DEMO-DIGIFIN-FIKS');
  });

  it("still shows the whole initiative to the admin, the owner organisation (even its READER) and the ministry's reviewer", async () => {
    for (const [who, gql] of Object.entries(legitimate)) {
      const [query, variables] = wholeInitiative().previewAllocation;
      const preview = await gql(query as string, variables as Record<string, unknown>);
      expect([who, preview.errors]).toEqual([who, undefined]);
      expect(preview.data.previewAllocation.lines).toContainEqual({
        organisationId: osloId,
        amount: OSLO_AMOUNT,
      });
      const drivers = await gql(
        `query($i: ID!) { allocationDrivers(initiativeId: $i, year: 2024) { value organisation { id } } }`,
        { i: fiks },
      );
      expect(drivers.data.allocationDrivers).toContainEqual({
        value: `${LETTERS}.0000`,
        organisation: { id: osloId },
      });
      const one = await gql(`query($r: ID!) { allocationRun(id: $r) { id inputs createdByEmail } }`, {
        r: run,
      });
      expect([who, one.errors]).toEqual([who, undefined]);
      expect(one.data.allocationRun.inputs).toBeTruthy();
      const runs = await gql(`query($i: ID!) { allocationRuns(initiativeId: $i, year: 2024) { id } }`, {
        i: fiks,
      });
      expect(runs.data.allocationRuns.map((r: any) => r.id)).toContain(run);
    }
    // Oslo, a paying participant, sees its own lines but not the other participants' amounts at once.
    const own = await oslo(
      `query($o: ID!) { allocations(filter: { organisationId: $o, year: 2024 }, limit: 1) { totalCount } }`,
      { o: osloId },
    );
    expect(own.data.allocations.totalCount).toBeGreaterThan(0);
    expect(errorCode(await oslo(wholeInitiative().previewAllocation[0] as string, { i: fiks }))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses the READER integrator’s measurement and owner report on a KS benefit, storing and auditing nothing', async () => {
    const count = async () =>
      (
        await t.db.query(
          `SELECT (SELECT count(*) FROM benefit_measurements WHERE benefit_id = $1)::int AS m,
                  (SELECT count(*) FROM benefit_owner_reports WHERE benefit_id = $1)::int AS r,
                  (SELECT count(*) FROM audit_events WHERE operation IN ('recordMeasurement', 'submitBenefitOwnerReport'))::int AS a`,
          [ksBenefit],
        )
      )[0];
    const before = await count();
    const measurement = await integrator(
      `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id value } }`,
      { i: { benefitId: ksBenefit, date: '2024-06-30', value: '30000000' } },
    );
    expect(errorCode(measurement)).toBe('FORBIDDEN');
    expect(measurement.errors![0].message).toBe('A READER may only read: this change needs another role');
    expect(measurement.data?.recordMeasurement ?? null).toBeNull();
    const report = await integrator(
      `mutation($i: SubmitBenefitOwnerReportInput!) { submitBenefitOwnerReport(input: $i) { id } }`,
      { i: { benefitId: ksBenefit, year: 2024, assessment: 'GREEN', comment: 'Alt i rute' } },
    );
    expect(errorCode(report)).toBe('FORBIDDEN');
    expect(report.data?.submitBenefitOwnerReport ?? null).toBeNull();
    // A WRITE token of the READER writes nothing either (the role decides, not only the scope).
    const { secret } = await anApiToken(integrator, {
      name: 'skriv',
      scopes: ['READ', 'WRITE'],
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const viaToken = await t.withToken(secret)(
      `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id } }`,
      { i: { benefitId: ksBenefit, date: '2024-07-31', value: '1' } },
    );
    expect(errorCode(viaToken)).toBe('FORBIDDEN');
    expect(await count()).toEqual(before);
  });

  it('lets the READER manage their own credentials: tokens, sign-out', async () => {
    const reader = await t.as('integrator@demo.gevinst.no');
    const created = await reader(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token { id } } }`,
      { i: { name: 'egen', scopes: ['READ'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() } },
    );
    expect(created.errors).toBeUndefined();
    const revoked = await reader(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id: created.data.createApiToken.token.id,
    });
    expect(revoked.data.revokeApiToken.revokedAt).toBeTruthy();
    expect((await reader(`mutation { logout }`)).data.logout).toBe(true);
  });
});
