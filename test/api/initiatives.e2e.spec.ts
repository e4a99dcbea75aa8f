import { organisationIds } from './support/organisations.js';
import { type TestApp, errorCode, startTestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) {
  id code name version phase lifeEvent startDate endDate isDemo
  owner { name } ministry { name } fundingSources { year scheme plannedAmount receivedAmount description organisation { name } }
  participants { role organisation { name } } } }`;
const UPDATE = `mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id name phase version fundingSources { plannedAmount } } }`;

describe('initiatives', () => {
  let t: TestApp;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    Object.assign(
      org,
      await organisationIds(t.gql, {
        digdir: '991825827',
        dfd: '932384469',
        nav: '889640782',
        bergen: '964338531',
        oslo: '958935420',
      }),
    );
  });
  afterAll(() => t.close());

  const baseInput = () => ({
    code: 'EID-2026',
    name: 'Felles eID-løsning',
    ownerId: org.digdir,
    ministryId: org.dfd,
    lifeEvent: 'NEW_IN_NORWAY',
    phase: 'PLANNING',
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    fundingSources: [
      { year: 2026, scheme: 'CO_FINANCING', amount: '15000000', description: 'Medfinansiering' },
      { year: 2026, scheme: 'OWN_BUDGET', amount: '2500000.5', receivedAmount: '1000000' },
    ],
    participants: [
      { organisationId: org.nav, role: 'PARTNER' },
      { organisationId: org.bergen, role: 'BENEFICIARY' },
    ],
  });

  it('creates an initiative with funding and participants; the owner takes part as OWNER', async () => {
    const res = await t.gql(CREATE, { input: baseInput() });
    expect(res.errors).toBeUndefined();
    const created = res.data.createInitiative;
    expect(created).toMatchObject({
      code: 'EID-2026',
      version: 1,
      isDemo: false,
      startDate: '2026-01-01',
      owner: { name: 'Digitaliseringsdirektoratet' },
      ministry: { name: 'Digitaliserings- og forvaltningsdepartementet' },
      fundingSources: [
        {
          year: 2026,
          scheme: 'CO_FINANCING',
          plannedAmount: '15000000.00',
          receivedAmount: null,
          description: 'Medfinansiering',
          organisation: null,
        },
        // No organisation given: the owner's own budget.
        {
          year: 2026,
          scheme: 'OWN_BUDGET',
          plannedAmount: '2500000.50',
          receivedAmount: '1000000.00',
          description: '',
          organisation: { name: 'Digitaliseringsdirektoratet' },
        },
      ],
    });
    expect(created.participants.map((p: any) => [p.role, p.organisation.name]).sort()).toEqual(
      [
        ['BENEFICIARY', 'Bergen'],
        ['OWNER', 'Digitaliseringsdirektoratet'],
        ['PARTNER', 'NAV (Arbeids- og velferdsetaten)'],
      ].sort(),
    );
  });

  it('refuses invalid input with BAD_USER_INPUT naming each field, and stores nothing', async () => {
    const before = (await t.gql(`{ initiatives { totalCount } }`)).data.initiatives.totalCount;
    const res = await t.gql(CREATE, {
      input: {
        ...baseInput(),
        code: 'EID-2026',
        ministryId: org.digdir,
        endDate: '2025-01-01',
        fundingSources: [{ year: 2026, scheme: 'DIGIFIN', amount: '-5.00' }],
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions!.problems.map((p: any) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['ministryId', 'endDate', 'fundingSources[0].amount']));
    expect(res.errors![0].message).toMatch(
      /ministryId: must be a ministry \(Digitaliseringsdirektoratet is STATE_AGENCY\)/,
    );
    const duplicate = await t.gql(CREATE, { input: baseInput() });
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].message).toMatch(/code: EID-2026 is already used/);
    const badDate = await t.gql(CREATE, { input: { ...baseInput(), code: 'X-1', startDate: '2026-02-30' } });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    expect((await t.gql(`{ initiatives { totalCount } }`)).data.initiatives.totalCount).toBe(before);
  });

  it('updates with the current version and refuses a stale one with CONFLICT, changing nothing', async () => {
    const { id, version } = (
      await t.gql(`{ initiatives(filter: { search: "EID-2026" }) { nodes { id version } } }`)
    ).data.initiatives.nodes[0];
    const ok = await t.gql(UPDATE, {
      input: {
        id,
        version,
        phase: 'EXECUTION',
        fundingSources: [{ year: 2027, scheme: 'OWN_BUDGET', amount: '10.00' }],
      },
    });
    expect(ok.data.updateInitiative).toEqual({
      id,
      name: 'Felles eID-løsning',
      phase: 'EXECUTION',
      version: version + 1,
      fundingSources: [{ plannedAmount: '10.00' }],
    });
    const stale = await t.gql(UPDATE, { input: { id, version, name: 'Overwritten' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/you sent version 1, the current version is 2/);
    const now = (await t.gql(`query($id: ID!) { initiative(id: $id) { name version } }`, { id })).data
      .initiative;
    expect(now).toEqual({ name: 'Felles eID-løsning', version: 2 });
    const missing = await t.gql(UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', version: 1 },
    });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('adds and removes participants; the owner cannot be removed; duplicates conflict', async () => {
    const { id } = (await t.gql(`{ initiatives(filter: { search: "EID-2026" }) { nodes { id } } }`)).data
      .initiatives.nodes[0];
    const added = await t.gql(
      `mutation($i: ID!, $o: ID!) { addParticipant(initiativeId: $i, organisationId: $o, role: FUNDER) { role organisation { name } } }`,
      { i: id, o: org.oslo },
    );
    expect(added.data.addParticipant).toEqual({ role: 'FUNDER', organisation: { name: 'Oslo' } });
    const again = await t.gql(
      `mutation($i: ID!, $o: ID!) { addParticipant(initiativeId: $i, organisationId: $o, role: PARTNER) { role } }`,
      { i: id, o: org.oslo },
    );
    expect(errorCode(again)).toBe('CONFLICT');
    const removeOwner = await t.gql(
      `mutation($i: ID!, $o: ID!) { removeParticipant(initiativeId: $i, organisationId: $o) { id } }`,
      { i: id, o: org.digdir },
    );
    expect(errorCode(removeOwner)).toBe('BAD_USER_INPUT');
    const removed = await t.gql(
      `mutation($i: ID!, $o: ID!) { removeParticipant(initiativeId: $i, organisationId: $o) { participants { organisation { name } } } }`,
      { i: id, o: org.oslo },
    );
    expect(removed.data.removeParticipant.participants.map((p: any) => p.organisation.name)).not.toContain(
      'Oslo',
    );
  });

  it('filters by ministry, owner, participant, phase, life event and participant level', async () => {
    const q = async (filter: string) =>
      (await t.gql(`{ initiatives(filter: ${filter}) { totalCount nodes { code } } }`)).data.initiatives;
    expect((await q(`{ ministryId: "${org.dfd}" }`)).totalCount).toBe(1);
    expect((await q(`{ ownerId: "${org.nav}" }`)).totalCount).toBe(0);
    expect((await q(`{ participantId: "${org.nav}" }`)).totalCount).toBe(1);
    expect((await q(`{ phase: [EXECUTION] }`)).totalCount).toBe(1);
    expect((await q(`{ phase: [CONCEPT, CLOSED] }`)).totalCount).toBe(0);
    expect((await q(`{ lifeEvent: [NEW_IN_NORWAY] }`)).totalCount).toBe(1);
    expect((await q(`{ administrativeLevel: LOCAL }`)).totalCount).toBe(1); // Bergen takes part
    expect((await q(`{ administrativeLevel: REGIONAL }`)).totalCount).toBe(0);
    const bad = await t.gql(`{ initiatives(filter: { ownerId: "x' OR 1=1 --" }) { totalCount } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('loads owner, ministry and participants with a constant number of SQL queries (DataLoaders)', async () => {
    // 60 initiatives with 3 participants each.
    for (let i = 0; i < 60; i++) {
      const res = await t.gql(CREATE, {
        input: {
          ...baseInput(),
          code: `LOAD-${String(i).padStart(3, '0')}`,
          ownerId: i % 2 ? org.digdir : org.nav,
          participants: [
            { organisationId: org.bergen, role: 'PARTNER' },
            { organisationId: org.oslo, role: 'FUNDER' },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
    }
    const list = (limit: number) =>
      t.gql(`{ initiatives(limit: ${limit}, filter: { search: "LOAD-" }) { totalCount nodes {
        code owner { name parent { name } } ministry { name } fundingSources { plannedAmount organisation { name } }
        fundingPlan { status years { year plannedBalance } sources { organisation { name } } }
        participants { role organisation { name population } } } } }`);
    const small = await list(5);
    const large = await list(50);
    expect(small.data.initiatives.nodes).toHaveLength(5);
    expect(large.data.initiatives.nodes).toHaveLength(50);
    expect(large.data.initiatives.nodes[49].participants).toHaveLength(3);
    expect(Number.isFinite(large.queryCount)).toBe(true);
    expect(large.queryCount).toBe(small.queryCount);
    // page + count + organisations (owners, ministries, participants) + parents + participants + funding + populations
    expect(large.queryCount).toBeLessThanOrEqual(10);
  });
});
