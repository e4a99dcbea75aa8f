import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, OperationTypeNode, buildSchema, parse } from 'graphql';
import {
  type Gql,
  type TestApp,
  DEMO_PASSWORD,
  TEST_ADMIN,
  errorCode,
  startTestApp,
} from './support/test-app.js';
import { organisationIds } from './support/organisations.js';
import { type ApiTokenFixture, anApiToken } from './support/users.js';

/**
 * The deny matrix: every persona against every operation, each cell asserted. "ok" means the operation
 * succeeded; otherwise the expected error code. Every root Query and Mutation field of the schema must be
 * sent by at least one operation (checked against apps/api/src/schema.gql at the end), so a new operation
 * without a matrix entry fails this suite. Writes a role may not make at all are probed with an id that
 * does not exist: who passes the role gate gets NOT_FOUND, who does not gets FORBIDDEN; writes decided
 * per object (whose initiative, whose benefit) are sent against real objects.
 */
type Persona =
  | 'anonymous'
  | 'admin'
  | 'owner'
  | 'reviewer'
  | 'bergen'
  | 'oslo'
  | 'scheme'
  | 'integrator'
  | 'readToken'
  | 'writeToken';
type Expect = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

const SCHEMA = buildSchema(readFileSync(join(process.cwd(), 'apps/api/src/schema.gql'), 'utf8'));
/** An id that exists nowhere: a write probed with it reaches NOT_FOUND once the role gate is passed. */
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const NOWHERE_2 = '00000000-0000-4000-8000-000000000001';
/** Everyone signed in. */
const SIGNED_IN: Persona[] = [
  'admin',
  'owner',
  'reviewer',
  'bergen',
  'oslo',
  'scheme',
  'integrator',
  'readToken',
  'writeToken',
];
/** Who may change data at all (not the READER integrator, not the READ token). */
const WRITERS: Persona[] = ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'scheme', 'writeToken'];
/** Sessions of people (API tokens cannot manage credentials). */
const SESSIONS: Persona[] = ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'scheme', 'integrator'];
/** The funding schemes' secretariat (SCHEME_ADMINISTRATOR, sekretariat@demo.gevinst.no at Digdir) and admins. */
const SECRETARIAT: Persona[] = ['admin', 'scheme'];
/** Who may see DEMO-DIGIFIN-FIKS's whole financial detail: admin, KS (the owner) and KDD's reviewer. */
const FIKS_FINANCE: Persona[] = ['admin', 'reviewer', 'integrator'];

describe('access control (deny matrix), API tokens and the audit trail', () => {
  let t: TestApp;
  const as = {} as Record<Persona, Gql>;
  const ids: Record<string, string> = {};
  let seq = 0;

  /** The root fields the matrix has sent, by operation type ("Query.allocations", "Mutation.login"). */
  const sent = new Set<string>();
  const recording =
    (gql: Gql): Gql =>
    (query, variables, headers) => {
      for (const definition of parse(query).definitions)
        if (definition.kind === Kind.OPERATION_DEFINITION) {
          const type = definition.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
          for (const selection of definition.selectionSet.selections)
            if (selection.kind === Kind.FIELD) sent.add(`${type}.${selection.name.value}`);
        }
      return gql(query, variables, headers);
    };
  const emails: Partial<Record<Persona, [string, string?]>> = {
    admin: [TEST_ADMIN.email, TEST_ADMIN.password],
    owner: ['eier@demo.gevinst.no'],
    reviewer: ['departement@demo.gevinst.no'],
    bergen: ['okonomi.bergen@demo.gevinst.no'],
    oslo: ['okonomi.oslo@demo.gevinst.no'],
    scheme: ['sekretariat@demo.gevinst.no'],
    integrator: ['integrator@demo.gevinst.no'],
  };
  /** A new session of the persona (for operations that end it), or the persona's own client. */
  const fresh = async (persona: Persona): Promise<Gql> => {
    const login = emails[persona];
    return login ? recording(await t.as(login[0], login[1])) : as[persona];
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    as.anonymous = recording(t.anonymous);
    as.admin = recording(t.gql);
    as.owner = recording(await t.as('eier@demo.gevinst.no'));
    as.reviewer = recording(await t.as('departement@demo.gevinst.no'));
    as.bergen = recording(await t.as('okonomi.bergen@demo.gevinst.no'));
    as.oslo = recording(await t.as('okonomi.oslo@demo.gevinst.no'));
    as.integrator = recording(await t.as('integrator@demo.gevinst.no'));
    // The schemes' secretariat (SCHEME_ADMINISTRATOR at Digdir): a writer who owns none of the initiatives
    // probed; for the operations before issue 15 it is expected what both municipal finance officers are
    // (allowed where both Bergen and Oslo are), unless an operation says otherwise (`scheme`).
    as.scheme = recording(await t.as('sekretariat@demo.gevinst.no'));
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const token = async (scopes: NonNullable<ApiTokenFixture['scopes']>) =>
      (await anApiToken(as.owner, { name: `owner ${scopes.join('+')}`, scopes, expiresAt: future })).secret;
    as.readToken = recording(t.withToken(await token(['READ'])));
    as.writeToken = recording(t.withToken(await token(['READ', 'WRITE'])));
    const find = async (code: string) =>
      (await t.gql(`{ initiatives(filter: { search: "${code}" }) { nodes { id version } } }`)).data
        .initiatives.nodes[0].id as string;
    ids.bedrift = await find('DEMO-LIV-BEDRIFT'); // owned by Brønnøysundregistrene (the owner persona)
    ids.jobb = await find('DEMO-LIV-JOBB'); // owned by NAV
    Object.assign(
      ids,
      await organisationIds(t.gql, {
        brreg: '974760673',
        nfd: '912660680',
        oslo: '958935420',
        bergen: '964338531',
        ks: '971032146',
      }),
    );
    ids.ownerUser = (await as.owner(`{ me { id } }`)).data.me.id;
    ids.fiks = await find('DEMO-DIGIFIN-FIKS'); // owned by KS (the integrator's), under KDD (the reviewer's)
    const one = async (sql: string, params: unknown[] = []) => String((await t.db.query(sql, params))[0].id);
    ids.fiksRun = await one(
      `SELECT id FROM allocation_runs WHERE initiative_id = $1 AND year = 2024 AND status = 'CURRENT'`,
      [ids.fiks],
    );
    // A benefit of FIKS that no persona's organisation but KS (the owner) receives.
    ids.fiksBenefit = await one(
      `SELECT id FROM benefits WHERE initiative_id = $1 AND (receiving_organisation_id IS NULL OR receiving_organisation_id NOT IN ($2, $3, $4)) ORDER BY id LIMIT 1`,
      [ids.fiks, ids.oslo, ids.bergen, ids.brreg],
    );
    // A benefit of the owner persona's initiative that no other persona's organisation receives.
    ids.bedriftBenefit = await one(
      `SELECT id FROM benefits WHERE initiative_id = $1 AND (receiving_organisation_id IS NULL OR receiving_organisation_id NOT IN ($2, $3, $4)) ORDER BY id LIMIT 1`,
      [ids.bedrift, ids.oslo, ids.bergen, ids.ks],
    );
    ids.measurement = await one(`SELECT id FROM benefit_measurements ORDER BY id LIMIT 1`);
    ids.costSharingKey = await one(`SELECT id FROM cost_sharing_keys ORDER BY id LIMIT 1`);
    // The demo co-financing call of 2024 (CLOSED) and DEMO-MEDFIN-TOLK's APPROVED application (IMDi's).
    ids.coFinancingCall = await one(`SELECT id FROM co_financing_calls WHERE year = 2024`);
    ids.tolkApplication = await one(
      `SELECT a.id FROM co_financing_applications a JOIN initiatives i ON i.id = a.initiative_id WHERE i.code = 'DEMO-MEDFIN-TOLK'`,
    );
  });
  afterAll(() => t.close());

  const version = async (id: string) =>
    (await t.gql(`query($id: ID!) { initiative(id: $id) { version } }`, { id })).data.initiative
      .version as number;

  const probe =
    (mutation: string, variables: Record<string, unknown> = {}) =>
    (gql: Gql) =>
      gql(mutation, variables);
  const day = () => new Date(Date.UTC(2023, 0, 1 + ++seq)).toISOString().slice(0, 10);
  /**
   * A bulk mutation of one item answered as the single mutation would be: its item's error as the
   * answer's error (a bulk call reports a refused item in its result, not in `errors`).
   */
  const oneItem = (field: string) => (res: any) => {
    const error = res.data?.[field]?.results[0]?.error;
    return error
      ? {
          ...res,
          data: { [field]: null },
          errors: [{ message: error.message, extensions: { code: error.code } }],
        }
      : res;
  };

  /**
   * A payload mutation answered as a mutation without a payload would be: its first userError as the
   * answer's error (docs/api.md, "Mutation payloads and userErrors"), so the matrix compares the same codes.
   */
  const payload = (field: string) => (res: any) => {
    const error = res.data?.[field]?.userErrors[0];
    return error
      ? {
          ...res,
          data: { [field]: null },
          errors: [{ message: error.message, extensions: { code: error.code } }],
        }
      : res;
  };
  const UE = 'userErrors { code message }';

  const operations: Record<
    string,
    {
      run: (gql: Gql, persona: Persona) => Promise<any>;
      allowed: Persona[];
      /** The answer of an allowed persona (default ok). */
      answer?: Expect;
      /** Whether the secretariat is allowed, when not as both municipal finance officers are. */
      scheme?: boolean;
    }
  > = {
    'read organisations': {
      run: (gql) => gql(`{ organisations(limit: 2) { totalCount nodes { name population } } }`),
      allowed: [
        'admin',
        'owner',
        'reviewer',
        'bergen',
        'oslo',
        'scheme',
        'integrator',
        'readToken',
        'writeToken',
      ],
    },
    'read initiatives with nested fields': {
      run: (gql) =>
        gql(
          `{ initiatives(limit: 2) { nodes { name owner { name } participants { organisation { name } } } } }`,
        ),
      allowed: [
        'admin',
        'owner',
        'reviewer',
        'bergen',
        'oslo',
        'scheme',
        'integrator',
        'readToken',
        'writeToken',
      ],
    },
    me: {
      run: (gql) => gql(`{ me { email } }`),
      allowed: [
        'admin',
        'owner',
        'reviewer',
        'bergen',
        'oslo',
        'scheme',
        'integrator',
        'readToken',
        'writeToken',
      ],
    },
    // Marking a report submitted is the owner's (canEditInitiative): sent against DEMO-LIV-BEDRIFT's final
    // report for 2025 (not submitted in the demo); a success is undone so the next persona meets the same.
    'mark a co-financing report submitted': {
      run: (gql) =>
        gql(
          `mutation($i: MarkCoFinancingReportSubmittedInput!) { markCoFinancingReportSubmitted(input: $i) { year } }`,
          { i: { initiativeId: ids.bedrift, year: 2025 } },
        ).then(async (res) => {
          if (res.data?.markCoFinancingReportSubmitted)
            await t.db.query(
              `DELETE FROM co_financing_report_submissions WHERE initiative_id = $1 AND year = 2025`,
              [ids.bedrift],
            );
          return res;
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    'create organisation': {
      run: (gql) =>
        gql(
          `mutation { createOrganisation(input: { orgNumber: "923609016", name: "Test ${++seq}", kind: OTHER }) { id } }`,
        ).then(async (res) => {
          if (res.data?.createOrganisation)
            await t.db.query(`DELETE FROM organisations WHERE org_number = '923609016'`);
          return res;
        }),
      allowed: ['admin'],
    },
    'update organisation': {
      run: async (gql) => {
        const v = (await t.gql(`query($id: ID!) { organisation(id: $id) { version } }`, { id: ids.ks })).data
          .organisation.version;
        return gql(`mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`, {
          i: { id: ids.ks, version: v, name: 'KS – Kommunesektorens organisasjon' },
        });
      },
      allowed: ['admin'],
    },
    'set population': {
      run: (gql) =>
        gql(
          `mutation($id: ID!) { setOrganisationPopulation(organisationId: $id, population: { year: 2030, value: 1 }) { id } }`,
          {
            id: ids.bergen,
          },
        ),
      allowed: ['admin'],
    },
    'create initiative for Brønnøysundregistrene': {
      run: (gql) =>
        gql(`mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }`, {
          i: { code: `ACL-${++seq}`, name: 'Tilgangstest', ownerId: ids.brreg, ministryId: ids.nfd },
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    'update own-organisation initiative': {
      run: async (gql) =>
        gql(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
          i: { id: ids.bedrift, version: await version(ids.bedrift), description: `[Demo] endret ${++seq}` },
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    "update another organisation's initiative": {
      run: async (gql) =>
        gql(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
          i: { id: ids.jobb, version: await version(ids.jobb), description: `[Demo] endret ${++seq}` },
        }),
      allowed: ['admin'],
    },
    'add and remove a participant': {
      run: async (gql) => {
        const res = await gql(
          `mutation($i: ID!, $o: ID!) { addParticipant(initiativeId: $i, organisationId: $o, role: BENEFICIARY) { id } }`,
          { i: ids.bedrift, o: ids.ks },
        );
        if (res.data?.addParticipant)
          await gql(
            `mutation($i: ID!, $o: ID!) { removeParticipant(initiativeId: $i, organisationId: $o) { id } }`,
            {
              i: ids.bedrift,
              o: ids.ks,
            },
          );
        return res;
      },
      allowed: ['admin', 'owner', 'writeToken'],
    },
    'list users': { run: (gql) => gql(`{ users { totalCount } }`), allowed: ['admin'] },
    "read another user's profile": {
      run: (gql) => gql(`query($id: ID!) { user(id: $id) { email } }`, { id: ids.ownerUser }),
      allowed: ['admin', 'owner', 'writeToken', 'readToken'],
    },
    'create user': {
      run: (gql) =>
        gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
          i: {
            email: `new${++seq}@test.no`,
            name: 'Ny',
            password: 'long enough password',
            organisationId: ids.ks,
            roles: ['READER'],
          },
        }),
      allowed: ['admin'],
    },
    'create service account': {
      run: (gql) =>
        gql(
          `mutation($i: CreateServiceAccountInput!) { createServiceAccount(input: $i) { serviceAccount { id } ${UE} } }`,
          {
            i: {
              email: `integration${++seq}@test.no`,
              name: 'Integrasjon',
              organisationId: ids.ks,
              roles: ['READER'],
            },
          },
        ).then(payload('createServiceAccount')),
      allowed: ['admin'],
    },
    "list everybody's API tokens": {
      run: (gql) => gql(`{ apiTokens(all: true) { totalCount } }`),
      allowed: ['admin'],
    },
    'list own API tokens': {
      run: (gql) => gql(`{ apiTokens { nodes { id } } }`),
      allowed: [
        'admin',
        'owner',
        'reviewer',
        'bergen',
        'oslo',
        'scheme',
        'integrator',
        'readToken',
        'writeToken',
      ],
    },
    'read the audit trail': {
      run: (gql) => gql(`{ auditEvents(limit: 5) { totalCount } }`),
      allowed: [
        'admin',
        'owner',
        'reviewer',
        'bergen',
        'oslo',
        'scheme',
        'integrator',
        'readToken',
        'writeToken',
      ],
    },

    // ── Reads of organisation-level financial detail (one rule: libs/domain canSeeInitiativeFinancials /
    //    canSeeFinancialDetail). Lists filter per line ("ok" may be empty); whole-initiative reads refuse.
    'allocation lines (filtered per line)': {
      run: (gql) =>
        gql(`{ allocations(limit: 5) { totalCount nodes { plannedAmount organisation { id } } } }`),
      allowed: SIGNED_IN,
    },
    "a run's inputs and creator through FIKS's lines": {
      run: (gql) =>
        gql(
          `query($i: ID!) { allocations(filter: { initiativeId: $i, year: 2024 }, limit: 2) { nodes { run { inputs createdByEmail } } } }`,
          { i: ids.fiks },
        ),
      // Bergen and Oslo see their own FIKS lines but not the run's inputs; the owner persona and the
      // secretariat (Digdir, no participant of FIKS) see no line.
      allowed: ['admin', 'owner', 'reviewer', 'scheme', 'integrator', 'readToken', 'writeToken'],
    },
    'preview the allocation of FIKS': {
      run: (gql) =>
        gql(`query($i: ID!) { previewAllocation(initiativeId: $i, year: 2024) { total lines { amount } } }`, {
          i: ids.fiks,
        }),
      allowed: FIKS_FINANCE,
    },
    // Issue 15: the key comparison — every row for FIKS's whole-financial-detail readers, the own row for its
    // paying municipalities (Bergen, Oslo); the owner persona's Brønnøysundregistrene (and its tokens) pays
    // nothing in FIKS.
    'compare keys for FIKS 2024 (two drafts)': {
      run: (gql) =>
        gql(
          `query($i: ID!) { keyComparison(input: { initiativeId: $i, year: 2024, draftKeys: [
             { name: "Likt", spec: { method: "EQUAL" } },
             { name: "Innbyggertall", spec: { method: "PROPORTIONAL", driver: "population" } }] }) {
             scope rows { totalCount nodes { amounts } } } }`,
          { i: ids.fiks },
        ),
      allowed: [...FIKS_FINANCE, 'bergen', 'oslo'],
      // The secretariat's Digdir pays nothing in FIKS and sees none of its financial detail.
      scheme: false,
    },
    "FIKS's driver values": {
      run: (gql) =>
        gql(`query($i: ID!) { allocationDrivers(initiativeId: $i) { driver value } }`, { i: ids.fiks }),
      allowed: FIKS_FINANCE,
    },
    "FIKS's runs": {
      run: (gql) => gql(`query($i: ID!) { allocationRuns(initiativeId: $i) { id inputs } }`, { i: ids.fiks }),
      allowed: FIKS_FINANCE,
    },
    "one of FIKS's runs": {
      run: (gql) =>
        gql(
          `query($r: ID!) { allocationRun(id: $r) { id inputs createdByEmail lines(limit: 1) { totalCount } } }`,
          {
            r: ids.fiksRun,
          },
        ),
      allowed: FIKS_FINANCE,
    },
    // Issue 21: the owner's invoice basis and key confirmations follow the run's rule (the whole
    // initiative's financial detail); a paying participant answers the key for itself (a stale version is
    // BAD_USER_INPUT); an organisation's forecast and accounting settings are its own (and admins').
    "FIKS's invoice basis": {
      run: (gql) => gql(`query($r: ID!) { invoiceBasis(runId: $r) { total } }`, { r: ids.fiksRun }),
      allowed: FIKS_FINANCE,
    },
    "FIKS's key confirmations": {
      run: (gql) =>
        gql(`query($i: ID!) { keyConfirmations(initiativeId: $i) { keyVersion } }`, { i: ids.fiks }),
      allowed: FIKS_FINANCE,
    },
    "answer FIKS's key (a version that is not current)": {
      run: (gql) =>
        gql(
          `mutation($i: RespondToKeyInput!) { respondToKey(input: $i) { keyConfirmation { decision } ${UE} } }`,
          {
            i: { initiativeId: ids.fiks, keyVersionId: NOWHERE, decision: 'CONFIRMED' },
          },
        ).then(payload('respondToKey')),
      allowed: ['bergen', 'oslo'],
      answer: 'BAD_USER_INPUT',
      scheme: false,
    },
    "Bergen's budget forecast": {
      run: (gql) =>
        gql(`query($o: ID!) { budgetForecast(organisationId: $o, startYear: 2027) { years } }`, {
          o: ids.bergen,
        }),
      allowed: ['admin', 'bergen'],
    },
    "adopt Bergen's 2027 budget": {
      run: (gql) =>
        gql(
          `mutation($o: ID!) { adoptBudgetForecast(organisationId: $o, year: 2027) { budgetForecast { years } ${UE} } }`,
          { o: ids.bergen },
        ).then(payload('adoptBudgetForecast')),
      allowed: ['admin', 'bergen'],
    },
    "Bergen's KOSTRA codes": {
      run: (gql) => gql(`query($o: ID!) { kostraCodes(organisationId: $o) { art } }`, { o: ids.bergen }),
      allowed: ['admin', 'bergen'],
    },
    "set Bergen's KOSTRA codes": {
      run: (gql) =>
        gql(
          `mutation($o: ID!) { setKostraCode(organisationId: $o, category: OPERATION, art: "270", function: "120") { kostraCodes { art } ${UE} } }`,
          { o: ids.bergen },
        ).then(payload('setKostraCode')),
      allowed: ['admin', 'bergen'],
    },
    "set Bergen's invoice address": {
      run: (gql) =>
        gql(
          `mutation($o: ID!) { setInvoiceAddress(organisationId: $o, address: "Postboks 7700, 5020 Bergen") { invoiceAddress ${UE} } }`,
          { o: ids.bergen },
        ).then(payload('setInvoiceAddress')),
      allowed: ['admin', 'bergen'],
    },
    // FIKS has no co-financing grant: those who may see its financial detail are told so (NOT_CO_FINANCED),
    // the others are refused first.
    "FIKS's co-financing report": {
      run: (gql) =>
        gql(`query($i: ID!) { coFinancingReport(initiativeId: $i, year: 2024) { totalPlannedNok } }`, {
          i: ids.fiks,
        }),
      allowed: FIKS_FINANCE,
      answer: 'BAD_USER_INPUT',
    },
    // DEMO-LIV-BEDRIFT is co-financed: its owner organisation (and the owner's tokens) and administrators;
    // the reviewer's ministry (KDD) is not its ministry (NFD).
    "BEDRIFT's co-financing report": {
      run: (gql) =>
        gql(`query($i: ID!) { coFinancingReport(initiativeId: $i, year: 2024) { kind totalPlannedNok } }`, {
          i: ids.bedrift,
        }),
      allowed: ['admin', 'owner', 'readToken', 'writeToken'],
    },
    // Everybody signed in: each sees the co-financed initiatives whose reports they may read (maybe none).
    'co-financing report deadlines': {
      run: (gql) =>
        gql(`{ coFinancingReportDeadlines(asOf: "2026-06-30") { code overdueCount nextDue { year } } }`),
      allowed: SIGNED_IN,
    },
    // Issue 16: status reports. The deadlines are each caller's own (maybe none); the dashboard's overview
    // of FIKS is readable by everyone signed in, as the reports and benefits are.
    'status report deadlines': {
      run: (gql) => gql(`{ statusReportDeadlines { benefitTitle state dueDate } }`),
      allowed: SIGNED_IN,
    },
    "FIKS's status overview": {
      run: (gql) =>
        gql(
          `query($i: ID!) { initiativeStatusOverviews(initiativeIds: [$i]) { overdueCount latestCause { cause } latestPeriodStatus { summary } } }`,
          { i: ids.fiks },
        ),
      allowed: SIGNED_IN,
    },
    // Issue 19: an initiative looked up by its code, read as the initiative itself is (everyone signed in).
    'an initiative by its code': {
      run: (gql) => gql(`{ initiativeByCode(code: "DEMO-DIGIFIN-FIKS") { code } }`),
      allowed: SIGNED_IN,
    },
    // The DigiFin fund's figures are public to every signed-in user (KS publishes them): docs/funding-schemes.md.
    'the DigiFin ledger': {
      run: (gql) =>
        gql(
          `{ digifinLedger(year: 2024) { matching { met } contributions(limit: 1) { totalAmount nodes { amount } } } }`,
        ),
      allowed: SIGNED_IN,
    },
    "Bergen's DigiFin position": {
      run: (gql) =>
        gql(`query($o: ID!) { digifinPosition(organisationId: $o) { totalContributed totalGrantShare } }`, {
          o: ids.bergen,
        }),
      allowed: SIGNED_IN,
    },
    "Bergen's allocation summary": {
      run: (gql) =>
        gql(`query($o: ID!) { organisation(id: $o) { allocationSummary(year: 2024) { total } } }`, {
          o: ids.bergen,
        }),
      // Oslo owns no initiative and reviews none: it may ask for no other organisation's lines. Digdir (the
      // secretariat's organisation) owns demo initiatives, as Brønnøysundregistrene does.
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'scheme', 'integrator', 'readToken', 'writeToken'],
    },
    'net positions (filtered per line)': {
      run: (gql) =>
        gql(`{ netPositions { totals { allocatedCostNok } organisations { allocatedCostNok } } }`),
      allowed: SIGNED_IN,
    },
    'portfolio summary': {
      run: (gql) => gql(`{ portfolioSummary { plannedCostNok initiativeCount } }`),
      allowed: SIGNED_IN,
    },
    'organisation positions (filtered per line, like net positions)': {
      run: (gql) =>
        gql(`{ organisationPositions(limit: 5) { totalCount totals { paidNok } nodes { paidNok } } }`),
      allowed: SIGNED_IN,
    },

    // ── Other reads: everyone signed in.
    'one initiative with its costs and economics': {
      run: (gql) =>
        gql(`query($i: ID!) { initiative(id: $i) { code costItems { plannedAmount } economics { npv } } }`, {
          i: ids.fiks,
        }),
      allowed: SIGNED_IN,
    },
    'cost items': { run: (gql) => gql(`{ costItems(limit: 2) { totalCount } }`), allowed: SIGNED_IN },
    participants: {
      run: (gql) =>
        gql(`query($i: ID!) { participants(initiativeId: $i, limit: 2) { totalCount } }`, { i: ids.fiks }),
      allowed: SIGNED_IN,
    },
    'benefits, one benefit and its benefits map': {
      run: (gql) =>
        gql(
          `query($b: ID!, $i: ID!) { benefits(limit: 2) { totalCount } benefit(id: $b) { title } benefitsMap(initiativeId: $i) { initiativeId } }`,
          { b: ids.fiksBenefit, i: ids.fiks },
        ),
      allowed: SIGNED_IN,
    },
    'one measurement': {
      run: (gql) => gql(`query($m: ID!) { measurement(id: $m) { value } }`, { m: ids.measurement }),
      allowed: SIGNED_IN,
    },
    'cost-sharing keys': {
      run: (gql) =>
        gql(`query($k: ID!) { costSharingKeys(limit: 2) { totalCount } costSharingKey(id: $k) { name } }`, {
          k: ids.costSharingKey,
        }),
      allowed: SIGNED_IN,
    },
    'counties and organisations': {
      run: (gql) =>
        gql(
          `query($o: ID!) { counties { number } county(number: "46") { name } organisation(id: $o) { name } organisationByOrgNumber(orgNumber: "958935420") { name } }`,
          { o: ids.oslo },
        ),
      allowed: SIGNED_IN,
    },
    'the consumer price index': {
      run: (gql) => gql(`{ priceIndex { year value } }`),
      allowed: SIGNED_IN,
    },
    'the years with population figures': {
      run: (gql) => gql(`{ populationYears { year organisationCount } }`),
      allowed: SIGNED_IN,
    },

    // ── Writes decided per object, against real objects.
    "record a measurement on the owner's benefit": {
      run: (gql) =>
        gql(`mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id } }`, {
          i: { benefitId: ids.bedriftBenefit, date: day(), value: '1' },
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    "record measurements in bulk on the owner's benefit": {
      run: (gql) =>
        gql(
          `mutation($i: [RecordMeasurementInput!]!) { recordMeasurements(input: $i) { results { status error { code message } } } }`,
          { i: [{ benefitId: ids.bedriftBenefit, date: day(), value: '1' }] },
        ).then(oneItem('recordMeasurements')),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    "record a measurement on a KS benefit (the READER's organisation)": {
      run: (gql) =>
        gql(`mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id } }`, {
          i: { benefitId: ids.fiksBenefit, date: day(), value: '30000000' },
        }),
      allowed: ['admin'],
    },
    "submit an owner report on the owner's benefit": {
      run: (gql) =>
        gql(`mutation($i: SubmitBenefitOwnerReportInput!) { submitBenefitOwnerReport(input: $i) { id } }`, {
          i: { benefitId: ids.bedriftBenefit, year: 2024, assessment: 'GREEN', comment: 'I rute' },
        }).then(async (res) => {
          if (res.data?.submitBenefitOwnerReport)
            await t.db.query(`DELETE FROM benefit_owner_reports WHERE id = $1`, [
              res.data.submitBenefitOwnerReport.id,
            ]);
          return res;
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    // Issue 16: who records the benefit's measurements writes its status reports (the running period, which
    // the demo leaves unreported); the initiative's owners write its period status (a past quarter without
    // one). A success is undone so the next persona meets the same.
    "submit a status report on the owner's benefit": {
      run: (gql) =>
        gql(`mutation($i: SubmitBenefitStatusReportInput!) { submitBenefitStatusReport(input: $i) { id } }`, {
          i: {
            benefitId: ids.bedriftBenefit,
            period: new Date().toISOString().slice(0, 10),
            ownerRag: 'GREEN',
            forecast: 'MET',
          },
        }).then(async (res) => {
          if (res.data?.submitBenefitStatusReport)
            await t.db.query(`DELETE FROM benefit_status_reports WHERE id = $1`, [
              res.data.submitBenefitStatusReport.id,
            ]);
          return res;
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    "submit a period status for the owner's initiative": {
      run: (gql) =>
        gql(
          `mutation($i: SubmitInitiativeStatusReportInput!) { submitInitiativeStatusReport(input: $i) { id } }`,
          { i: { initiativeId: ids.bedrift, period: '2024-05-15', overallRag: 'GREEN', summary: 'I rute' } },
        ).then(async (res) => {
          if (res.data?.submitInitiativeStatusReport)
            await t.db.query(`DELETE FROM initiative_status_reports WHERE id = $1`, [
              res.data.submitInitiativeStatusReport.id,
            ]);
          return res;
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    "create a cost-sharing key for the owner's organisation": {
      run: (gql) =>
        gql(`mutation($i: CreateCostSharingKeyInput!) { createCostSharingKey(input: $i) { id } }`, {
          i: { name: `Tilgangstest ${++seq}`, ownerOrganisationId: ids.brreg, spec: { method: 'EQUAL' } },
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },

    // ── Writes probed with an id that exists nowhere: the role gate answers first.
    'run an allocation': {
      run: probe(`mutation($i: ID!) { runAllocation(initiativeId: $i, year: 2024) { id } }`, { i: NOWHERE }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'set driver values': {
      run: probe(`mutation($i: SetAllocationDriversInput!) { setAllocationDrivers(input: $i) { value } }`, {
        i: {
          initiativeId: NOWHERE,
          year: 2024,
          driver: 'letters',
          values: [{ organisationId: NOWHERE_2, value: '1' }],
        },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'correct a measurement': {
      run: probe(`mutation($i: CorrectMeasurementInput!) { correctMeasurement(input: $i) { id } }`, {
        i: { measurementId: NOWHERE, reason: 'feil', value: '1' },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'create a benefit': {
      run: probe(`mutation($i: CreateBenefitInput!) { createBenefit(input: $i) { id } }`, {
        i: {
          initiativeId: NOWHERE,
          title: 'Probe',
          category: 'BUDGET_RELEASING',
          owner: { name: 'Eier' },
          indicator: { name: 'Tid', unit: 'timer', direction: 'DECREASE' },
          baseline: { date: '2024-01-01', value: '10' },
        },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'update a benefit': {
      run: probe(`mutation($i: UpdateBenefitInput!) { updateBenefit(input: $i) { id } }`, {
        i: { id: NOWHERE, version: 1, title: 'x' },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'delete a benefit': {
      run: probe(`mutation($id: ID!) { deleteBenefit(id: $id, version: 1) }`, { id: NOWHERE }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'read a benefit plan version': {
      run: probe(`query($id: ID!) { benefitPlanVersion(id: $id) { id } }`, { id: NOWHERE }),
      allowed: SIGNED_IN,
      answer: 'NOT_FOUND',
    },
    // Proposing is decided per initiative (its owner's initiative owners and admins): sent against
    // DEMO-LIV-BEDRIFT with a blank reason, so an allowed persona gets BAD_USER_INPUT and nothing is written.
    'propose a benefit plan version': {
      run: (gql) =>
        gql(`mutation($id: ID!) { proposeBenefitPlanVersion(initiativeId: $id, reason: " ") { id } }`, {
          id: ids.bedrift,
        }),
      allowed: ['admin', 'owner', 'writeToken'],
      answer: 'BAD_USER_INPUT',
    },
    'approve a benefit plan version': {
      run: probe(`mutation($id: ID!) { approveBenefitPlanVersion(id: $id) { id } }`, { id: NOWHERE }),
      allowed: SECRETARIAT,
      answer: 'NOT_FOUND',
    },
    'reject a benefit plan version': {
      run: probe(`mutation($id: ID!) { rejectBenefitPlanVersion(id: $id, note: "nei") { id } }`, {
        id: NOWHERE,
      }),
      allowed: SECRETARIAT,
      answer: 'NOT_FOUND',
    },
    'create a cost item': {
      run: probe(`mutation($i: CreateCostItemInput!) { createCostItem(input: $i) { id } }`, {
        i: { initiativeId: NOWHERE, category: 'DEVELOPMENT', plannedAmount: '100.00', year: 2024 },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'import cost items': {
      run: (gql) =>
        gql(
          `mutation($i: [ImportCostItemInput!]!) { importCostItems(input: $i) { results { status error { code message } } } }`,
          {
            i: [
              {
                initiativeId: NOWHERE,
                externalId: 'x',
                category: 'DEVELOPMENT',
                plannedAmount: '100.00',
                year: 2024,
              },
            ],
          },
        ).then(oneItem('importCostItems')),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'update a cost item': {
      run: probe(`mutation($i: UpdateCostItemInput!) { updateCostItem(input: $i) { id } }`, {
        i: { id: NOWHERE, version: 1, description: 'x' },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'delete a cost item': {
      run: probe(`mutation($id: ID!) { deleteCostItem(id: $id, version: 1) }`, { id: NOWHERE }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'update a cost-sharing key': {
      run: probe(`mutation($i: UpdateCostSharingKeyInput!) { updateCostSharingKey(input: $i) { id } }`, {
        i: { id: NOWHERE, version: 1, description: 'x' },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'create an enabler': {
      run: probe(`mutation($i: CreateEnablerInput!) { createEnabler(input: $i) { id } }`, {
        i: { initiativeId: NOWHERE, kind: 'DELIVERABLE', title: 'Probe' },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'update an enabler': {
      run: probe(`mutation($i: UpdateEnablerInput!) { updateEnabler(input: $i) { id } }`, {
        i: { id: NOWHERE, version: 1, title: 'x' },
      }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'delete an enabler': {
      run: probe(`mutation($id: ID!) { deleteEnabler(id: $id, version: 1) }`, { id: NOWHERE }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'add a benefits-map edge': {
      run: probe(`mutation($i: AddBenefitsMapEdgeInput!) { addBenefitsMapEdge(input: $i) { id } }`, {
        i: { fromId: NOWHERE, toId: NOWHERE_2 },
      }),
      allowed: WRITERS,
      answer: 'BAD_USER_INPUT', // "no benefit or enabler has the id …
    },
    'remove a benefits-map edge': {
      run: probe(`mutation($id: ID!) { removeBenefitsMapEdge(id: $id) }`, { id: NOWHERE }),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'update a participant': {
      run: probe(
        `mutation($i: ID!, $o: ID!) { updateParticipant(initiativeId: $i, organisationId: $o, pays: true) { id } }`,
        { i: NOWHERE, o: NOWHERE_2 },
      ),
      allowed: WRITERS,
      answer: 'NOT_FOUND',
    },
    'update a user': {
      run: probe(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`, {
        i: { id: NOWHERE, version: 1, name: 'x' },
      }),
      allowed: ['admin'],
      answer: 'NOT_FOUND',
    },
    'import population (dry run of a bad file)': {
      run: probe(`mutation { importPopulation(csv: "not a file", year: 2030, dryRun: true) { rows } }`),
      allowed: ['admin'],
      answer: 'BAD_USER_INPUT',
    },
    'import the consumer price index (dry run of a bad file)': {
      run: probe(`mutation { importPriceIndex(csv: "not a file", dryRun: true) { rows } }`),
      allowed: ['admin'],
      answer: 'BAD_USER_INPUT',
    },

    // ── Co-financing calls and applications (issue 15).
    'read co-financing calls': {
      run: (gql) =>
        gql(`query($id: ID!) { coFinancingCalls { id } coFinancingCall(id: $id) { id ruleSet { id } } }`, {
          id: ids.coFinancingCall,
        }),
      allowed: [...SIGNED_IN, 'scheme'],
    },
    'rank a co-financing call': {
      run: (gql) =>
        gql(`query($id: ID!) { coFinancingRanking(callId: $id) { rank npvPerBudgetKrone } }`, {
          id: ids.coFinancingCall,
        }),
      allowed: ['admin', 'scheme'],
    },
    'read DEMO-MEDFIN-TOLK’s application (IMDi’s)': {
      run: (gql) =>
        gql(`query($id: ID!) { coFinancingApplication(id: $id) { id eligibility { eligible } } }`, {
          id: ids.tolkApplication,
        }),
      allowed: ['admin', 'scheme'],
    },
    'preview the findings of an application for DEMO-LIV-BEDRIFT': {
      run: (gql) =>
        gql(
          `query($i: CreateCoFinancingApplicationInput!) { coFinancingEligibilityPreview(input: $i) { eligible findings { code } } }`,
          {
            i: {
              callId: ids.coFinancingCall,
              initiativeId: ids.bedrift,
              category: 'CATEGORY_1',
              totalCost: '10000000.00',
              requestedGrant: '5000000.00',
              requestedByYear: [{ year: 2025, amount: '5000000.00' }],
              ksConsulted: false,
            },
          },
        ),
      // The owner organisation's owners who may edit (not its READ token), administrators and the secretariat.
      allowed: ['admin', 'owner', 'writeToken', 'scheme'],
    },
    'create a co-financing call for a year without rules': {
      run: probe(
        `mutation { createCoFinancingCall(input: { year: 2019, title: "Utlysning", deadline: "2019-03-01" }) { id } }`,
      ),
      allowed: ['admin', 'scheme'],
      answer: 'BAD_USER_INPUT',
    },
    'update a co-financing call that is not there': {
      run: probe(`mutation($i: UpdateCoFinancingCallInput!) { updateCoFinancingCall(input: $i) { id } }`, {
        i: { id: NOWHERE, version: 1, status: 'CLOSED' },
      }),
      allowed: ['admin', 'scheme'],
      answer: 'NOT_FOUND',
    },
    'apply for DEMO-LIV-BEDRIFT in the closed demo call': {
      run: (gql) =>
        gql(
          `mutation($i: CreateCoFinancingApplicationInput!) { createCoFinancingApplication(input: $i) { id } }`,
          {
            i: {
              callId: ids.coFinancingCall,
              initiativeId: ids.bedrift,
              category: 'CATEGORY_1',
              totalCost: '10000000.00',
              requestedGrant: '5000000.00',
              requestedByYear: [{ year: 2025, amount: '5000000.00' }],
              ksConsulted: false,
            },
          },
        ),
      // The owner organisation's owners (and administrators) pass the access check and meet the closed call.
      allowed: ['admin', 'owner', 'writeToken'],
      answer: 'CONFLICT',
    },
    'update, submit, except, approve and reject DEMO-MEDFIN-TOLK’s approved application': {
      run: async (gql, persona) => {
        const version = (
          await t.gql(`query($id: ID!) { coFinancingApplication(id: $id) { version } }`, {
            id: ids.tolkApplication,
          })
        ).data.coFinancingApplication.version as number;
        const i = { id: ids.tolkApplication, version };
        const fields = {
          ...i,
          category: 'CATEGORY_1',
          totalCost: '28000000.00',
          requestedGrant: '14000000.00',
          requestedByYear: [{ year: 2024, amount: '14000000.00' }],
          ksConsulted: false,
        };
        const answers = [
          await gql(
            `mutation($i: UpdateCoFinancingApplicationInput!) { updateCoFinancingApplication(input: $i) { id } }`,
            {
              i: fields,
            },
          ),
          await gql(
            `mutation($i: CoFinancingApplicationActionInput!) { submitCoFinancingApplication(input: $i) { id } }`,
            {
              i,
            },
          ),
          await gql(
            `mutation($i: RecordCoFinancingExceptionInput!) { recordCoFinancingException(input: $i) { id } }`,
            {
              i: { ...i, code: 'MEDFIN_KS_NOT_CONSULTED', reason: 'Probe' },
            },
          ),
          await gql(
            `mutation($i: CoFinancingApplicationActionInput!) { approveCoFinancingApplication(input: $i) { id } }`,
            {
              i,
            },
          ),
          await gql(
            `mutation($i: CoFinancingApplicationActionInput!) { rejectCoFinancingApplication(input: $i) { id } }`,
            {
              i: { ...i, note: 'Probe' },
            },
          ),
        ];
        // The owner's changes: FORBIDDEN but for the administrator (any owner), who meets the decided
        // application (CONFLICT); the secretariat's decisions: CONFLICT for admin and secretariat.
        const owners =
          persona === 'admin' ? 'CONFLICT' : persona === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const deciders =
          persona === 'admin' || persona === 'scheme'
            ? 'CONFLICT'
            : persona === 'anonymous'
              ? 'UNAUTHENTICATED'
              : 'FORBIDDEN';
        expect(answers.map((answer) => errorCode(answer))).toEqual([
          owners,
          owners,
          deciders,
          deciders,
          deciders,
        ]);
        return answers[4];
      },
      allowed: ['admin', 'scheme'],
      answer: 'CONFLICT',
    },

    // ── Own credentials: allowed to every person, the READER included; never to API tokens.
    'create and revoke an own API token': {
      run: async (gql) => {
        const res = await gql(
          `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token { id } } }`,
          {
            i: {
              name: `egen ${++seq}`,
              scopes: ['READ'],
              expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
            },
          },
        );
        if (res.data?.createApiToken) {
          const revoked = await gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
            id: res.data.createApiToken.token.id,
          });
          expect(revoked.errors).toBeUndefined();
        }
        return res;
      },
      allowed: SESSIONS,
    },
    'revoke an API token that is not there': {
      run: probe(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: NOWHERE }),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'scheme', 'integrator', 'writeToken'],
      answer: 'NOT_FOUND',
    },
    // ── Issue 19: the change feed and webhooks. Subscriptions change none of Gevinst's data: every person
    // (the READER integrator included) and WRITE tokens manage their organisation's.
    'follow the change feed': {
      run: (gql) => gql(`{ changes(first: 1) { hasMore endCursor } }`),
      allowed: SIGNED_IN,
    },
    'list webhook subscriptions': {
      run: (gql) => gql(`{ webhookSubscriptions { id } }`),
      allowed: SIGNED_IN,
    },
    'read the delivery log of a subscription that is not there': {
      run: probe(`query($id: ID!) { webhookDeliveries(subscriptionId: $id) { totalCount } }`, {
        id: NOWHERE,
      }),
      allowed: SIGNED_IN,
      answer: 'NOT_FOUND',
    },
    'create and delete a webhook subscription': {
      run: async (gql) => {
        const res = await gql(
          `mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { webhookSubscription { id } ${UE} } }`,
          { i: { url: 'https://93.184.215.14/gevinst', eventTypes: ['MEASUREMENT_RECORDED'] } },
        ).then(payload('createWebhookSubscription'));
        if (res.data?.createWebhookSubscription) {
          const deleted = await gql(
            `mutation($id: ID!) { deleteWebhookSubscription(id: $id) { deletedId ${UE} } }`,
            { id: res.data.createWebhookSubscription.webhookSubscription.id },
          );
          expect(deleted.errors).toBeUndefined();
          expect(deleted.data.deleteWebhookSubscription.userErrors).toEqual([]);
        }
        return res;
      },
      allowed: [...SESSIONS, 'writeToken'],
    },
    'delete a webhook subscription that is not there': {
      run: (gql) =>
        gql(`mutation($id: ID!) { deleteWebhookSubscription(id: $id) { deletedId ${UE} } }`, {
          id: NOWHERE,
        }).then(payload('deleteWebhookSubscription')),
      allowed: [...SESSIONS, 'writeToken'],
      answer: 'NOT_FOUND',
    },
    'change own password (the current one given wrong)': {
      run: probe(
        `mutation { changePassword(currentPassword: "not the password", newPassword: "ny lang passordfrase 2026") }`,
      ),
      allowed: SESSIONS,
      answer: 'BAD_USER_INPUT',
    },
    'sign out': {
      run: async (_gql, persona) => (await fresh(persona))(`mutation { logout }`),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'scheme', 'integrator', 'writeToken'],
    },
    // ── Identity providers (issue 20): the sign-in page's options are public, the providers are the
    // administrators', and signOut is every person's own (like logout).
    'read the sign-in options': {
      run: (gql) => gql(`{ signInOptions { passwordLoginEnabled providers { slug } } }`),
      allowed: ['anonymous', ...SIGNED_IN],
    },
    // ── Deprecated-field usage (issue 19 follow-up): the administrators' view of who still uses what.
    'list deprecated-field usage': {
      run: (gql) => gql(`{ deprecatedUsage(limit: 1) { totalCount nodes { coordinate requestCount } } }`),
      allowed: ['admin'],
    },
    'list identity providers': {
      run: (gql) => gql(`{ identityProviders { id slug } }`),
      allowed: ['admin'],
    },
    'add an identity provider (with a bad slug)': {
      run: (gql) =>
        gql(
          `mutation($i: IdentityProviderInput!) { createIdentityProvider(input: $i) { identityProvider { id } ${UE} } }`,
          {
            i: {
              slug: 'Not A Slug',
              displayName: 'X',
              issuerUrl: 'https://idp.example.no',
              clientId: 'x',
              clientSecret: 'y',
              organisationClaim: 'orgno',
            },
          },
        ).then(payload('createIdentityProvider')),
      allowed: ['admin'],
      answer: 'BAD_USER_INPUT',
    },
    'change an identity provider that is not there': {
      run: (gql) =>
        gql(
          `mutation($id: ID!, $i: UpdateIdentityProviderInput!) { updateIdentityProvider(id: $id, input: $i) { identityProvider { id } ${UE} } }`,
          {
            id: NOWHERE,
            i: {
              slug: 'nowhere',
              displayName: 'X',
              issuerUrl: 'https://idp.example.no',
              clientId: 'x',
              organisationClaim: 'orgno',
              version: 1,
            },
          },
        ).then(payload('updateIdentityProvider')),
      allowed: ['admin'],
      answer: 'NOT_FOUND',
    },
    'remove an identity provider that is not there': {
      run: (gql) =>
        gql(`mutation($id: ID!) { deleteIdentityProvider(id: $id) { deletedId ${UE} } }`, {
          id: NOWHERE,
        }).then(payload('deleteIdentityProvider')),
      allowed: ['admin'],
      answer: 'NOT_FOUND',
    },
    'sign out (with the end-session URL)': {
      run: async (_gql, persona) =>
        (await fresh(persona))(`mutation { signOut { signedOut endSessionUrl ${UE} } }`).then(
          payload('signOut'),
        ),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'scheme', 'integrator', 'writeToken'],
    },
    'sign in': {
      run: (gql) =>
        gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
          e: 'departement@demo.gevinst.no',
          p: DEMO_PASSWORD,
        }),
      allowed: ['anonymous', ...SIGNED_IN],
    },
  };

  const personas: Persona[] = [
    'anonymous',
    'admin',
    'owner',
    'reviewer',
    'bergen',
    'oslo',
    'scheme',
    'integrator',
    'readToken',
    'writeToken',
    'scheme',
  ];
  /** Whether `persona` may run `op`: as listed; the secretariat, unless listed or said, as Bergen and Oslo both. */
  const allows = (op: (typeof operations)[string], persona: Persona): boolean =>
    persona === 'scheme' && !op.allowed.includes('scheme')
      ? (op.scheme ?? (op.allowed.includes('bergen') && op.allowed.includes('oslo')))
      : op.allowed.includes(persona);
  const cells = Object.entries(operations).flatMap(([name, op]) =>
    personas.map((persona) => {
      const expected: Expect = allows(op, persona)
        ? (op.answer ?? 'ok')
        : persona === 'anonymous'
          ? 'UNAUTHENTICATED'
          : 'FORBIDDEN';
      return [name, persona, expected] as const;
    }),
  );

  it.each(cells)('%s as %s → %s', async (name, persona, expected) => {
    const res = await operations[name].run(as[persona], persona);
    if (expected === 'ok') {
      expect(res.errors).toBeUndefined();
    } else {
      expect(errorCode(res)).toBe(expected);
      expect(res.data ? Object.values(res.data).every((v) => v === null) : true).toBe(true);
    }
  });

  it('has sent every root Query and Mutation field of the schema (a new operation needs a matrix entry)', () => {
    const fields = [SCHEMA.getQueryType()!, SCHEMA.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
    );
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.filter((field) => !sent.has(field))).toEqual([]);
  });

  it('answers FORBIDDEN without changing anything when a READ token tries to write', async () => {
    const before = await version(ids.bedrift);
    const res = await as.readToken(
      `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`,
      {
        i: { id: ids.bedrift, version: before, name: 'Endret av lesetoken' },
      },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/READ scope/);
    expect(await version(ids.bedrift)).toBe(before);
  });

  it('shows a token secret once, lists tokens without it, and refuses a revoked token at once', async () => {
    const created = await as.integrator(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id name prefix scopes } } }`,
      {
        i: {
          name: 'Integrasjon',
          scopes: ['READ'],
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
    );
    const { secret, token } = created.data.createApiToken;
    expect(secret).toMatch(/^gvt_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const listed = await as.integrator(`{ apiTokens { nodes { id name prefix revokedAt } } }`);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const stored = await t.db.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [token.id]);
    expect(stored[0].token_hash).not.toContain(secret);
    const client = t.withToken(secret);
    expect((await client(`{ me { email } }`)).data.me.email).toBe('integrator@demo.gevinst.no');
    const revoked = await as.integrator(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id: token.id,
    });
    expect(revoked.data.revokeApiToken.revokedAt).toBeTruthy();
    const after = await client(`{ me { email } }`);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    // Someone else's token looks like no token at all.
    const other = await as.oslo(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id });
    expect(errorCode(other)).toBe('NOT_FOUND');
    // A token cannot mint tokens.
    const minted = await as.writeToken(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      { i: { name: 'x', scopes: ['READ'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() } },
    );
    expect(errorCode(minted)).toBe('FORBIDDEN');
  });

  it('signs in and out, never returns a password hash, and refuses expired sessions', async () => {
    const login = await t.anonymous(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email name roles organisation { name } } } }`,
      { e: 'OKONOMI.BERGEN@demo.gevinst.no', p: DEMO_PASSWORD },
    );
    expect(login.data.login.user).toEqual({
      email: 'okonomi.bergen@demo.gevinst.no',
      name: 'Berit Økonomi (Bergen)',
      roles: ['FINANCE_OFFICER'],
      organisation: { name: 'Bergen' },
    });
    expect(JSON.stringify(login)).not.toMatch(/argon2/);
    const session = t.withToken(login.data.login.token);
    expect((await session(`{ me { email } }`)).data.me.email).toBe('okonomi.bergen@demo.gevinst.no');
    expect((await session(`mutation { logout }`)).data.logout).toBe(true);
    expect(errorCode(await session(`{ me { email } }`))).toBe('UNAUTHENTICATED');

    const again = await t.as('okonomi.bergen@demo.gevinst.no');
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      createHash('sha256').update(again.token).digest('hex'),
    ]);
    const expired = await again(`{ me { email } }`);
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors![0].message).toMatch(/invalid, expired or revoked/);
  });

  it('uses the same answer for an unknown e-mail and a wrong password, and throttles repeated failures', async () => {
    const attempt = (e: string, p: string) =>
      t.anonymous(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
        e,
        p,
      });
    const unknown = await attempt('nobody@example.no', 'whatever-password');
    const wrong = await attempt('okonomi.oslo@demo.gevinst.no', 'wrong-password!!');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    for (let i = 0; i < 4; i++) await attempt('okonomi.oslo@demo.gevinst.no', 'wrong-password!!');
    const throttled = await attempt('okonomi.oslo@demo.gevinst.no', DEMO_PASSWORD);
    expect(errorCode(throttled)).toBe('TOO_MANY_REQUESTS');
    expect(throttled.errors![0].message).toMatch(/Too many failed sign-ins for this account/);
  });

  it('lets administrators deactivate users, which ends their sessions', async () => {
    const reader = await t.as('integrator@demo.gevinst.no');
    const me = (await reader(`{ me { id version } }`)).data.me;
    const res = await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }`, {
      i: { id: me.id, version: me.version, active: false },
    });
    expect(res.data.updateUser.active).toBe(false);
    expect(errorCode(await reader(`{ me { id } }`))).toBe('UNAUTHENTICATED');
    const login = await t.anonymous(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      {
        e: 'integrator@demo.gevinst.no',
        p: DEMO_PASSWORD,
      },
    );
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
    const short = await t.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: {
        email: 'kort@test.no',
        name: 'Kort',
        password: 'short',
        organisationId: ids.ks,
        roles: ['READER'],
      },
    });
    expect(short.errors![0].message).toBe('password: must be at least 12 characters');
  });

  it('writes an audit event for every mutation, scoped to the owner organisation', async () => {
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM audit_events`))[0].n);
    const v = await version(ids.bedrift);
    await as.owner(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
      i: { id: ids.bedrift, version: v, phase: 'REALISATION', description: '[Demo] revidert' },
    });
    const after = Number((await t.db.query(`SELECT count(*) AS n FROM audit_events`))[0].n);
    expect(after).toBe(before + 1);
    const events = await as.owner(
      `query($id: String!) { auditEvents(filter: { entityType: Initiative, entityId: $id }, limit: 1) {
        nodes { operation actorEmail actorKind organisationId before after } } }`,
      { id: ids.bedrift },
    );
    const event = events.data.auditEvents.nodes[0];
    expect(event).toMatchObject({
      operation: 'updateInitiative',
      actorEmail: 'eier@demo.gevinst.no',
      actorKind: 'USER',
    });
    expect(event.before.version).toBe(v);
    expect(event.after.version).toBe(v + 1);
    expect(event.after.description).toBe('[Demo] revidert');
    // Oslo sees nothing of Brønnøysundregistrene's trail.
    const oslo = await as.oslo(
      `query($id: String!) { auditEvents(filter: { entityId: $id }) { totalCount } }`,
      {
        id: ids.bedrift,
      },
    );
    expect(oslo.data.auditEvents.totalCount).toBe(0);
  });

  it('keeps the audit table append-only at the database level', async () => {
    await expect(t.db.query(`UPDATE audit_events SET operation = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('fails the change when its audit event cannot be written', async () => {
    const v = await version(ids.bedrift);
    await t.db.query(
      `ALTER TABLE audit_events ADD CONSTRAINT audit_test_block CHECK (operation <> 'updateInitiative') NOT VALID`,
    );
    try {
      const res = await as.owner(
        `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`,
        {
          i: { id: ids.bedrift, version: v, name: 'Skal ikke lagres' },
        },
      );
      expect(res.errors).toBeDefined();
      expect(await version(ids.bedrift)).toBe(v);
    } finally {
      await t.db.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_test_block`);
    }
  });

  it('rejects deep and over-complex queries, and introspection without a session', async () => {
    let deep = 'id';
    for (let i = 0; i < 11; i++) deep = `parent { ${deep} }`;
    const tooDeep = await t.gql(`{ organisations(limit: 1) { nodes { ${deep} } } }`);
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors![0].message).toMatch(/exceeds maximum operation depth of 10/);
    const page = `organisations(limit: 500) { nodes { id name orgNumber kind parent { name } children { name } populations { year value } } }`;
    const complex = await t.gql(`{ a: ${page} b: ${page} c: ${page} d: ${page} e: ${page} }`);
    expect(errorCode(complex)).toBe('TOO_COMPLEX');
    const anonymousSchema = await t.anonymous(`{ __schema { queryType { name } } }`);
    expect(errorCode(anonymousSchema)).toBe('UNAUTHENTICATED');
    const signedInSchema = await t.gql(`{ __schema { queryType { name } } }`);
    expect(signedInSchema.data.__schema.queryType.name).toBe('Query');
  });

  it('sends security headers, limits the body size and keeps the health check public', async () => {
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(health.headers.get('x-powered-by')).toBeNull();
    const huge = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { x: 'x'.repeat(2_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(TEST_ADMIN.email).toBe('admin@test.gevinst.no');
  });
});
