/**
 * The typed, documented contract of issue 19 (docs/api-changes.md): every type, field, argument and enum
 * value has a description, no field carries a code
 * as a free String, and the SDL is served to signed-in callers.
 */
import { getNullableType, isListType } from 'graphql';
import { printSortedSchema } from '../../apps/api/src/graphql/print-schema.js';
import { buildSchema } from 'graphql';
import {
  CODE_NAME,
  codeStrings,
  committedSchema,
  mutationsWithoutPayload,
  undocumented,
} from './support/schema-contract.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { TEST_ADMIN, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Names that end like a code but hold free text chosen by people, so String is right for them. Keep this
 * list short: anything from a closed set is an enum.
 */
const FREE_TEXT_CODES = [
  // An initiative's code is chosen by its owner ("MINSIDE-2026"), not taken from a list.
  'CoFinancingRankingRow.initiativeCode',
  'CoFinancingReportDeadlines.code',
  'CreateInitiativeInput.code',
  'DigifinGrant.code',
  'DigifinProjectGrant.code',
  'Initiative.code',
  'InitiativeFigures.code',
  'Query.initiativeByCode(code:)',
  'StatusReportDeadline.initiativeCode',
  'BudgetForecastRow.initiativeCode',
  'InvoiceBasisLine.initiativeCode',
  'UpdateInitiativeInput.code',
  // The GraphQL operation or HTTP route of an audit event: an open set that grows with the API.
  'AuditEvent.operation',
  'AuditEventFilter.operation',
  // A benefit owner's position ("Avdelingsdirektør, registerforvaltning"): a job title.
  'BenefitOwner.role',
  'BenefitOwnerInput.role',
  'CoFinancingBenefitLine.ownerRole',
  // How a benefit is measured, in words ("Uttrekk fra saksbehandlingssystemet, månedlig").
  'Benefit.measurementMethod',
  'CreateBenefitInput.measurementMethod',
  'UpdateBenefitInput.measurementMethod',
];

describe('the schema is documented', () => {
  it('describes every type, field, argument and enum value (none may be missing)', () => {
    expect(undocumented(committedSchema())).toEqual([]);
  });
});

/**
 * Query fields that answer a list or a page but take no `filter`/`sort`/`offset`/`limit`, with the reason.
 * Keep this short: every other list sorts, filters and windows on the server (docs/api.md, "Lists").
 */
const LISTS_WITHOUT_WINDOW: Record<string, string> = {
  // A cursor feed: its order (by change sequence) is the contract, a caller resumes from a cursor with
  // `since` and `first`; another order or an offset would skip or repeat changes.
  changes: 'cursor feed in change order',
};

describe('every list filters, sorts and windows', () => {
  it('gives every Query field answering a list or a …Page the arguments filter, sort, offset and limit', () => {
    const missing: string[] = [];
    for (const field of Object.values(committedSchema().getQueryType()!.getFields())) {
      const type = getNullableType(field.type);
      const isList = isListType(type) || ('name' in type && type.name.endsWith('Page'));
      if (!isList || field.name in LISTS_WITHOUT_WINDOW) continue;
      const args = new Set(field.args.map((arg) => arg.name));
      const lacking = ['filter', 'sort', 'offset', 'limit'].filter((name) => !args.has(name));
      if (lacking.length) missing.push(`Query.${field.name} lacks ${lacking.join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the exceptions true: each names a Query field that answers a list or a page', () => {
    const fields = committedSchema().getQueryType()!.getFields();
    expect(Object.keys(LISTS_WITHOUT_WINDOW).filter((name) => !fields[name])).toEqual([]);
  });
});

describe('codes are enums, not Strings', () => {
  it('types no field, argument or input field named like a code as String (bar the free-text allow-list)', () => {
    const allowed = new Set(FREE_TEXT_CODES);
    expect(codeStrings(committedSchema()).filter((coordinate) => !allowed.has(coordinate))).toEqual([]);
  });

  it('keeps the allow-list true: each entry exists, is a String and is named like a code', () => {
    const strings = new Set(codeStrings(committedSchema()));
    expect(FREE_TEXT_CODES.filter((coordinate) => !strings.has(coordinate))).toEqual([]);
    expect(CODE_NAME.test('status') && !CODE_NAME.test('name')).toBe(true);
  });
});

/**
 * The mutations of the schema at 23659dc, before the payload rule (issue 19): they keep answering their
 * entity. Every mutation added since answers a `…Payload` with `userErrors` (docs/api-changes.md).
 */
const MUTATIONS_BEFORE_PAYLOADS = [
  'addBenefitsMapEdge',
  'addParticipant',
  'approveBenefitPlanVersion',
  'approveCoFinancingApplication',
  'changePassword',
  'correctMeasurement',
  'createApiToken',
  'createBenefit',
  'createCoFinancingApplication',
  'createCoFinancingCall',
  'createCostItem',
  'createCostSharingKey',
  'createEnabler',
  'createInitiative',
  'createOrganisation',
  'createUser',
  'deleteBenefit',
  'deleteCostItem',
  'deleteEnabler',
  'importPopulation',
  'importPriceIndex',
  'login',
  'logout',
  'markCoFinancingReportSubmitted',
  'proposeBenefitPlanVersion',
  'recordCoFinancingException',
  'recordMeasurement',
  'rejectBenefitPlanVersion',
  'rejectCoFinancingApplication',
  'removeBenefitsMapEdge',
  'removeParticipant',
  'revokeApiToken',
  'runAllocation',
  'setAllocationDrivers',
  'setOrganisationPopulation',
  'submitBenefitOwnerReport',
  'submitBenefitStatusReport',
  'submitCoFinancingApplication',
  'submitInitiativeStatusReport',
  'updateBenefit',
  'updateCoFinancingApplication',
  'updateCoFinancingCall',
  'updateCostItem',
  'updateCostSharingKey',
  'updateEnabler',
  'updateInitiative',
  'updateOrganisation',
  'updateParticipant',
  'updateUser',
];

describe('new mutations answer payloads with userErrors', () => {
  it('gives every mutation added since 23659dc a non-null …Payload with userErrors: [UserError!]!', () => {
    expect(mutationsWithoutPayload(committedSchema(), MUTATIONS_BEFORE_PAYLOADS)).toEqual([]);
  });

  it('keeps the grandfathered list true: each is still a mutation of the schema', () => {
    const mutations = Object.keys(committedSchema().getMutationType()!.getFields());
    expect(MUTATIONS_BEFORE_PAYLOADS.filter((name) => !mutations.includes(name))).toEqual([]);
  });

  it('finds a new mutation that answers its entity, a payload without userErrors or one misnamed', () => {
    const schema = buildSchema(`
      type UserError { message: String! }
      type Thing { id: ID! }
      type ThingPayload { thing: Thing, userErrors: [UserError!]! }
      type ThingResult { thing: Thing, userErrors: [UserError!]! }
      type LoosePayload { thing: Thing, userErrors: [UserError] }
      type Query { thing: Thing }
      type Mutation {
        old: Thing!
        good: ThingPayload!
        bare: Thing!
        nullable: ThingPayload
        misnamed: ThingResult!
        loose: LoosePayload!
      }
    `);
    expect(mutationsWithoutPayload(schema, ['old'])).toEqual([
      'Mutation.bare: Thing is not named …Payload',
      'Mutation.bare: Thing.userErrors is undefined, not [UserError!]!',
      'Mutation.loose: LoosePayload.userErrors is [UserError], not [UserError!]!',
      'Mutation.misnamed: ThingResult is not named …Payload',
      'Mutation.nullable: answers ThingPayload, not a non-null …Payload object',
    ]);
  });
});

describe('GET /graphql/schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 401 without a credential, and nothing of the schema', async () => {
    const response = await fetch(`${t.url}/graphql/schema.graphql`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('type Query');
  });

  it('answers 401 to a wrong bearer token', async () => {
    const response = await fetch(`${t.url}/graphql/schema.graphql`, {
      headers: { authorization: 'Bearer gvn_not-a-real-token' },
    });
    expect(response.status).toBe(401);
  });

  it('serves the running schema as SDL in text/plain to a signed-in caller', async () => {
    const { token } = await t.as(TEST_ADMIN.email, TEST_ADMIN.password);
    const response = await fetch(`${t.url}/graphql/schema.graphql`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const sdl = await response.text();
    expect(sdl).toContain('type Query {');
    expect(sdl).toContain('enum AuditEntityType');
    // The same text as the committed schema.gql, without its generated-file header.
    expect(printSortedSchema(t.app).endsWith(sdl)).toBe(true);
    expect(sdl.length).toBeGreaterThan(100_000);
  });
});

describe('typed key specifications, initiativeByCode and the …Amount names', () => {
  let t: TestApp;
  let org: Record<string, string>;
  const CREATE = `mutation($i: CreateCostSharingKeyInput!) {
    createCostSharingKey(input: $i) { id version current { spec } }
  }`;
  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    org = await organisationIds(t.gql, { oslo: '958935420', kdd: '972417858' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a key from the typed keySpec, stored as the same JSON the deprecated spec gives', async () => {
    const typed = await t.gql(CREATE, {
      i: {
        name: 'Typed per inhabitant',
        ownerOrganisationId: org.kdd,
        keySpec: { method: 'PER_UNIT', perUnit: { driver: 'population', rate: '20.00' }, cap: '50000' },
      },
    });
    expect(typed.errors).toBeUndefined();
    const json = await t.gql(CREATE, {
      i: {
        name: 'JSON per inhabitant',
        ownerOrganisationId: org.kdd,
        spec: { method: 'PER_UNIT', driver: 'population', rate: '20.00', cap: '50000.00' },
      },
    });
    expect(json.errors).toBeUndefined();
    expect(typed.data.createCostSharingKey.current.spec).toEqual(json.data.createCostSharingKey.current.spec);
    expect(typed.data.createCostSharingKey.current.spec).toEqual({
      method: 'PER_UNIT',
      driver: 'population',
      rate: '20.00',
      cap: '50000.00',
    });
  });

  it('changes a key with keySpec (TWO_LEVEL with nested group keys)', async () => {
    const created = await t.gql(CREATE, {
      i: { name: 'Two levels', ownerOrganisationId: org.kdd, keySpec: { method: 'EQUAL' } },
    });
    const key = created.data.createCostSharingKey;
    const updated = await t.gql(
      `mutation($i: UpdateCostSharingKeyInput!) { updateCostSharingKey(input: $i) { current { spec } } }`,
      {
        i: {
          id: key.id,
          version: key.version,
          keySpec: {
            method: 'TWO_LEVEL',
            twoLevel: {
              groups: [
                { group: 'CENTRAL', percent: '40', key: { method: 'EQUAL' } },
                {
                  group: 'LOCAL',
                  percent: '60',
                  key: { method: 'PROPORTIONAL', proportional: { driver: 'population' } },
                },
              ],
            },
          },
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateCostSharingKey.current.spec).toEqual({
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '40', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '60', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    });
  });

  it('refuses a sub-input of another method, both inputs, or neither, as BAD_USER_INPUT on keySpec; stores nothing', async () => {
    const before = await t.gql(`{ costSharingKeys(limit: 500) { totalCount } }`);
    const wrong = await t.gql(CREATE, {
      i: {
        name: 'Wrong sub-input',
        ownerOrganisationId: org.kdd,
        keySpec: { method: 'EQUAL', perUnit: { driver: 'population', rate: '20.00' } },
      },
    });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].message).toContain('perUnit: belongs to another method');
    const missing = await t.gql(CREATE, {
      i: { name: 'Missing sub-input', ownerOrganisationId: org.kdd, keySpec: { method: 'PER_UNIT' } },
    });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toContain('perUnit: required for PER_UNIT');
    const both = await t.gql(CREATE, {
      i: {
        name: 'Both',
        ownerOrganisationId: org.kdd,
        spec: { method: 'EQUAL' },
        keySpec: { method: 'EQUAL' },
      },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].message).toContain('either spec or keySpec');
    const neither = await t.gql(CREATE, { i: { name: 'Neither', ownerOrganisationId: org.kdd } });
    expect(errorCode(neither)).toBe('BAD_USER_INPUT');
    const badRate = await t.gql(CREATE, {
      i: {
        name: 'Bad rate',
        ownerOrganisationId: org.kdd,
        keySpec: { method: 'PER_UNIT', perUnit: { driver: 'population', rate: '20,5' } },
      },
    });
    expect(errorCode(badRate)).toBe('BAD_USER_INPUT');
    const after = await t.gql(`{ costSharingKeys(limit: 500) { totalCount } }`);
    expect(after.data.costSharingKeys.totalCount).toBe(before.data.costSharingKeys.totalCount);
  });

  it('finds an initiative by its code, and answers null for a code that does not exist', async () => {
    const created = await anInitiative(t.gql, { ownerId: org.kdd, ministryId: org.kdd });
    const found = await t.gql(`query($c: String!) { initiativeByCode(code: $c) { id code } }`, {
      c: ` ${created.code} `,
    });
    expect(found.errors).toBeUndefined();
    expect(found.data.initiativeByCode).toEqual({ id: created.id, code: created.code });
    const none = await t.gql(`{ initiativeByCode(code: "NO-SUCH-CODE") { id } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.initiativeByCode).toBeNull();
  });

  it('gives each …Amount field the value of the deprecated name it replaces', async () => {
    const res = await t.gql(`{
      portfolioSummary { plannedCostNok plannedCostAmount }
      allocations(limit: 1) { totalAmount totalPlannedAmount }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.portfolioSummary.plannedCostAmount).toBe(res.data.portfolioSummary.plannedCostNok);
    expect(res.data.allocations.totalPlannedAmount).toBe(res.data.allocations.totalAmount);
  });
});
