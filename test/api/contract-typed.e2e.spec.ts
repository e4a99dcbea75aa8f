/**
 * Issue 19, the typed contract (docs/api-changes.md, 2026-12-06): the `…Amount` names of money fields give
 * the same figures as the old names, the Decimal-typed driver value, and the schema rule that keeps money
 * named `…Amount`.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { MONEY_INPUT_NAMES, type MoneyInputName } from '../../apps/api/src/common/money-input.js';
import { MONEY_FIELD_NAMES } from '../../apps/api/src/graphql/money-names.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { committedSchema, misnamedMoney } from './support/schema-contract.js';
import { type Gql, type GraphQLResponse, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Input fields of type Money not yet given an `…Amount` name: none since every money input has one (the old
 * name deprecated, MONEY_INPUT_NAMES); the first test then proves that no money input lacks it.
 */
const MONEY_INPUTS_NOT_RENAMED: string[] = [];

/**
 * Renamed money fields this walk does not meet with a value in the demo data (they need data the demo does
 * not hold, or an argument the walk does not give). They are the old field under a new name all the same
 * (renameMoneyFields copies the resolver), and the first test checks their names and types.
 */
const NOT_MET_IN_DEMO = [
  'AllocationPreview.difference',
  'BudgetForecastCell.adopted',
  'BudgetForecastCell.deviation',
  'BudgetForecastTotal.adopted',
  'BudgetForecastTotal.deviation',
  'BudgetTakeOut.plannedInternalNetNok',
  'BudgetTakeOut.plannedTakeOutNok',
  'BudgetTakeOut.preProjectRunningCostNok',
  'BudgetTakeOut.realisedInternalNetNok',
  'BudgetTakeOut.realisedTakeOutNok',
  'CoFinancingAccountLine.actualNok',
  'CoFinancingAccountLine.deviationNok',
  'CoFinancingAccountLine.plannedNok',
  'CoFinancingBenefitLine.plannedNok',
  'CoFinancingBenefitLine.realisedNok',
  'CoFinancingReport.coFinancingGrantNok',
  'CoFinancingReport.totalActualNok',
  'CoFinancingReport.totalPlannedNok',
  'ComparedKey.difference',
  'CreditReissueBasis.previousTotal',
  'CreditReissueBasis.total',
  'CreditReissueLine.current',
  'CreditReissueLine.difference',
  'CreditReissueLine.previous',
  'DigifinGrantShareYear.contributedSoFar',
  'DigifinGrantShareYear.fundSoFar',
  'DigifinGrantShareYear.grants',
  'DigifinPosition.totalContributed',
  'DigifinPosition.totalGrantShare',
  'DigifinPosition.totalToProjects',
  'DigifinProjectGrant.planned',
  'DigifinProjectGrant.received',
  'GrantReconciliationLine.actualCostNok',
  'GrantReconciliationLine.costDeviationNok',
  'GrantReconciliationLine.grantDeviationNok',
  'GrantReconciliationLine.grantPlannedNok',
  'GrantReconciliationLine.grantReceivedNok',
  'GrantReconciliationLine.grantUnusedNok',
  'GrantReconciliationLine.grantUsedNok',
  'GrantReconciliationLine.plannedCostNok',
  'Initiative.residualValue',
  'KeyComparisonGroup.gainersSum',
  'KeyComparisonGroup.losersSum',
  'KeyComparisonGroup.net',
  'KeyComparisonRow.differences',
  'KeyComparisonRow.differencesPerInhabitant',
  'TakeOutFigures.disBenefitNok',
  'TakeOutFigures.grossBenefitNok',
  'TakeOutFigures.netNok',
  'TakeOutFigures.runningCostIncreaseNok',
  'TakeOutFigures.runningCostNok',
  'TakeOutFigures.takeOutNok',
];

describe('money is named …Amount', () => {
  it('has no money output field outside the …Amount pattern that is not deprecated', () => {
    const allowed = new Set(MONEY_INPUTS_NOT_RENAMED);
    expect(misnamedMoney(committedSchema()).filter((coordinate) => !allowed.has(coordinate))).toEqual([]);
  });

  it('keeps the input allow-list true and every renamed field deprecated in favour of its new name', () => {
    const schema = committedSchema();
    const misnamed = new Set(misnamedMoney(schema));
    expect(MONEY_INPUTS_NOT_RENAMED.filter((coordinate) => !misnamed.has(coordinate))).toEqual([]);
    const wrong: string[] = [];
    for (const [typeName, names] of Object.entries(MONEY_FIELD_NAMES)) {
      const fields = (schema.getType(typeName) as GraphQLObjectType).getFields();
      for (const [oldName, newName] of Object.entries(names)) {
        if (fields[oldName]?.deprecationReason !== `Use ${newName}.`) wrong.push(`${typeName}.${oldName}`);
        if (
          !fields[newName] ||
          fields[newName].deprecationReason ||
          String(fields[newName].type) !== String(fields[oldName]?.type)
        )
          wrong.push(`${typeName}.${newName}`);
      }
    }
    for (const [typeName, names] of Object.entries(MONEY_INPUT_NAMES)) {
      const fields = (schema.getType(typeName) as GraphQLInputObjectType).getFields();
      for (const [oldName, { amount }] of Object.entries(names as Record<string, MoneyInputName>)) {
        if (fields[oldName]?.deprecationReason !== `Use ${amount}.`) wrong.push(`${typeName}.${oldName}`);
        if (
          !fields[amount] ||
          fields[amount].deprecationReason ||
          String(fields[amount].type) !== 'Money' ||
          String(fields[oldName]?.type) !== 'Money'
        )
          wrong.push(`${typeName}.${amount}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** A selection of every money field of `type` and of the object fields (without required arguments) below. */
function moneySelection(type: GraphQLObjectType, depth: number): string | null {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (named.name === 'Money') parts.push(field.name);
    else if (isObjectType(named) && depth > 0) {
      const below = moneySelection(named, depth - 1);
      if (below) parts.push(`${field.name} ${below}`);
    }
  }
  return parts.length ? `{ __typename ${parts.join(' ')} }` : null;
}

interface Compared {
  /** `Type.old=new` of every pair met with a non-null value. */
  seen: Set<string>;
  mismatches: string[];
}

function compareAliases(value: unknown, out: Compared): void {
  if (Array.isArray(value)) return value.forEach((item) => compareAliases(item, out));
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const typeName = String(record.__typename);
  const names = MONEY_FIELD_NAMES[typeName] ?? {};
  for (const [oldName, newName] of Object.entries(names)) {
    if (!(oldName in record) || !(newName in record)) continue;
    if (JSON.stringify(record[oldName]) !== JSON.stringify(record[newName]))
      out.mismatches.push(
        `${typeName}.${oldName}=${JSON.stringify(record[oldName])} but ${newName}=${JSON.stringify(record[newName])}`,
      );
    else if (record[oldName] !== null) out.seen.add(`${typeName}.${oldName}`);
  }
  Object.values(record).forEach((child) => compareAliases(child, out));
}

describe('the …Amount names give the same figures as the old names (demo data)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp({
      demo: true,
      env: {
        MAX_QUERY_DEPTH: '12',
        MAX_QUERY_COMPLEXITY: '100000000',
        MAX_SQL_STATEMENTS_PER_REQUEST: '100000',
      },
    });
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers every root list and figure with old name = new name, to the øre', async () => {
    const out: Compared = { seen: new Set(), mismatches: [] };
    const query = schema.getQueryType()!;
    for (const root of Object.values(query.getFields())) {
      if (root.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const named = getNamedType(root.type);
      if (!isObjectType(named)) continue;
      const selection = moneySelection(named, 4);
      if (!selection) continue;
      const answer = await t.gql(`{ ${root.name} ${selection} }`);
      compareAliases(answer.data, out);
    }
    // The figures behind a required argument, for the ids of the demo data (aliased, one request each).
    const ids = await t.gql(`{
      organisations(limit: 500) { nodes { id } }
      initiatives(limit: 500) { nodes { id } }
      coFinancingCalls { id }
    }`);
    expect(ids.errors).toBeUndefined();
    const orgIds = ids.data.organisations.nodes.map((node: { id: string }) => node.id);
    const initiativeIds = ids.data.initiatives.nodes.map((node: { id: string }) => node.id);
    const runs = await t.gql(
      `{ ${initiativeIds.map((id: string, index: number) => `a${index}: allocationRuns(initiativeId: "${id}") { id }`).join(' ')} }`,
    );
    const runIds = Object.values(runs.data as Record<string, { id: string }[]>).flatMap((list) =>
      list.map((run) => run.id),
    );
    expect(runIds.length).toBeGreaterThan(0);
    const withArgs: [string, Record<string, unknown>[]][] = [
      ['digifinPosition', orgIds.map((organisationId: string) => ({ organisationId }))],
      ['budgetForecast', orgIds.map((organisationId: string) => ({ organisationId }))],
      ['digifinLedger', [2024, 2025, 2026, 2027].map((year) => ({ year }))],
      ['invoiceBasis', runIds.map((runId) => ({ runId }))],
      ['coFinancingRanking', ids.data.coFinancingCalls.map((call: { id: string }) => ({ callId: call.id }))],
      [
        'coFinancingReport',
        initiativeIds.flatMap((initiativeId: string) => [2025, 2026].map((year) => ({ initiativeId, year }))),
      ],
    ];
    for (const [name, argsList] of withArgs) {
      const selection = moneySelection(getNamedType(query.getFields()[name].type) as GraphQLObjectType, 4);
      const calls = argsList.map((args, index) => {
        const literal = Object.entries(args).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
        return `a${index}: ${name}(${literal.join(', ')}) ${selection}`;
      });
      if (calls.length) compareAliases((await t.gql(`{ ${calls.join(' ')} }`)).data, out);
    }
    expect(out.mismatches).toEqual([]);
    const all = Object.entries(MONEY_FIELD_NAMES).flatMap(([typeName, names]) =>
      Object.keys(names).map((oldName) => `${typeName}.${oldName}`),
    );
    expect(out.seen.size).toBeGreaterThan(150);
    expect(
      all.filter((coordinate) => !out.seen.has(coordinate) && !NOT_MET_IN_DEMO.includes(coordinate)),
    ).toEqual([]);
  });
});

describe('typed key specifications where JSON was (previewAllocation, keyComparison drafts)', () => {
  let t: TestApp;
  let fiks: string;
  const json = { method: 'PER_UNIT', driver: 'population', rate: '20.00' };
  const typed = { method: 'PER_UNIT', perUnit: { driver: 'population', rate: '20.00' } };
  const PREVIEW = `query($i: ID!, $s: JSONObject, $k: KeySpecInput) {
    previewAllocation(initiativeId: $i, year: 2024, spec: $s, keySpec: $k, populationYear: 2024) {
      allocatedAmount costItemAmount differenceAmount lines { organisationId amount share } } }`;
  const COMPARE = `query($input: KeyComparisonInput!) { keyComparison(input: $input) {
    keys { name method totalAmount } rows { totalCount nodes { organisationId amounts } } } }`;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    fiks = (await t.gql(`{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`)).data
      .initiatives.nodes[0].id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('previews the same lines, to the øre, from keySpec as from the deprecated JSON spec', async () => {
    const fromJson = await t.gql(PREVIEW, { i: fiks, s: json });
    const fromTyped = await t.gql(PREVIEW, { i: fiks, k: typed });
    expect(fromJson.errors).toBeUndefined();
    expect(fromTyped.errors).toBeUndefined();
    expect(fromTyped.data.previewAllocation.lines.length).toBe(357);
    expect(fromTyped.data.previewAllocation).toEqual(fromJson.data.previewAllocation);
    expect(fromTyped.data.previewAllocation.allocatedAmount).toBe('111004060.00');
  });

  it('refuses spec and keySpec together, and a wrong sub-input, as BAD_USER_INPUT on keySpec', async () => {
    const both = await t.gql(PREVIEW, { i: fiks, s: json, k: typed });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ field: 'keySpec', reason: 'SPEC_ONE_OF_SPEC_OR_KEY_SPEC' }),
    ]);
    const wrong = await t.gql(PREVIEW, { i: fiks, k: { method: 'PER_UNIT' } });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].message).toContain('perUnit');
  });

  it('takes floorAmount, capAmount, baseAmount and feeAmount as floor, cap, base and fee, to the øre', async () => {
    const base = (names: 'old' | 'new', money: Record<string, string>) =>
      names === 'old'
        ? {
            method: 'BASE_PLUS_PROPORTIONAL',
            floor: money.floor,
            cap: money.cap,
            basePlusProportional: { base: money.base, driver: 'population' },
          }
        : {
            method: 'BASE_PLUS_PROPORTIONAL',
            floorAmount: money.floor,
            capAmount: money.cap,
            basePlusProportional: { baseAmount: money.base, driver: 'population' },
          };
    const money = { floor: '150000.00', cap: '2000000.00', base: '100000.00' };
    const fromOld = await t.gql(PREVIEW, { i: fiks, k: base('old', money) });
    const fromNew = await t.gql(PREVIEW, { i: fiks, k: base('new', money) });
    expect(fromOld.errors).toBeUndefined();
    expect(fromNew.errors).toBeUndefined();
    expect(fromNew.data.previewAllocation).toEqual(fromOld.data.previewAllocation);
    // The figures are the key's: no one below the floor or above the cap.
    const amounts = (fromNew.data.previewAllocation.lines as { amount: string }[]).map((l) =>
      Number(l.amount),
    );
    expect(Math.min(...amounts)).toBeGreaterThanOrEqual(150000);
    expect(Math.max(...amounts)).toBeLessThanOrEqual(2000000);
    // A different key gives different lines (the new names are not ignored).
    const other = await t.gql(PREVIEW, { i: fiks, k: base('new', { ...money, floor: '200000.00' }) });
    expect(other.data.previewAllocation.lines).not.toEqual(fromOld.data.previewAllocation.lines);

    const bands = (fee: 'fee' | 'feeAmount') => ({
      method: 'BANDS',
      bands: {
        driver: 'population',
        bands: [{ upTo: '10000', [fee]: '10000.00' }, { [fee]: '30000.00' }],
      },
    });
    const bandsOld = await t.gql(PREVIEW, { i: fiks, k: bands('fee') });
    const bandsNew = await t.gql(PREVIEW, { i: fiks, k: bands('feeAmount') });
    expect(bandsOld.errors).toBeUndefined();
    expect(bandsNew.data.previewAllocation).toEqual(bandsOld.data.previewAllocation);
  });

  it('refuses a key money given under both names with different values, and a required one under neither', async () => {
    const both = await t.gql(PREVIEW, {
      i: fiks,
      k: {
        method: 'BASE_PLUS_PROPORTIONAL',
        cap: '1000000.00',
        capAmount: '1000000',
        floor: '1.00',
        floorAmount: '2.00',
        basePlusProportional: { base: '100.00', baseAmount: '200.00', driver: 'population' },
      },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    // The same figure under both names ("1000000" is 1000000.00) is no problem.
    expect(both.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({
        field: 'keySpec.floorAmount',
        reason: 'MONEY_INPUT_BOTH_NAMES',
        params: { old: 'floor', amount: 'floorAmount' },
      }),
      expect.objectContaining({
        field: 'keySpec.basePlusProportional.baseAmount',
        reason: 'MONEY_INPUT_BOTH_NAMES',
      }),
    ]);
    const neither = await t.gql(PREVIEW, {
      i: fiks,
      k: {
        method: 'TWO_LEVEL',
        twoLevel: {
          groups: [
            {
              group: 'LOCAL',
              percent: '100',
              key: {
                method: 'BANDS',
                bands: { driver: 'population', bands: [{ upTo: '10000' }, { feeAmount: '1.00' }] },
              },
            },
          ],
        },
      },
    });
    expect(errorCode(neither)).toBe('BAD_USER_INPUT');
    expect(neither.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({
        field: 'keySpec.twoLevel.groups[0].key.bands.bands[0].feeAmount',
        reason: 'MONEY_INPUT_REQUIRED',
      }),
    ]);
  });

  it('compares a typed draft key exactly like the same key as JSON; a draft without either is refused', async () => {
    const answer = await t.gql(COMPARE, {
      input: {
        initiativeId: fiks,
        year: 2024,
        limit: 500,
        draftKeys: [
          { name: 'JSON', spec: json, populationYear: 2024 },
          { name: 'Typed', keySpec: typed, populationYear: 2024 },
        ],
      },
    });
    expect(answer.errors).toBeUndefined();
    const [first, second] = answer.data.keyComparison.keys;
    expect(second.totalAmount).toBe(first.totalAmount);
    expect(first.totalAmount).toBe('111004060.00');
    const rows = answer.data.keyComparison.rows.nodes as { amounts: string[] }[];
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.filter((row) => row.amounts[0] !== row.amounts[1])).toEqual([]);
    const neither = await t.gql(COMPARE, {
      input: {
        initiativeId: fiks,
        year: 2024,
        draftKeys: [{ name: 'Nothing' }, { name: 'Typed', keySpec: typed }],
      },
    });
    expect(errorCode(neither)).toBe('BAD_USER_INPUT');
    expect(neither.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ field: 'draftKeys[0].keySpec', reason: 'SPEC_ONE_OF_SPEC_OR_KEY_SPEC' }),
    ]);
  });
});

describe('updatedSince on allocationRuns; measurementsPage and childrenPage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists only the runs created or superseded at or after updatedSince', async () => {
    const fiks = (await t.gql(`{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`))
      .data.initiatives.nodes[0].id;
    const RUNS = `query($i: ID!, $since: DateTime) { allocationRuns(initiativeId: $i, updatedSince: $since) { id year status } }`;
    const before = (await t.gql(RUNS, { i: fiks })).data.allocationRuns as {
      id: string;
      year: number;
      status: string;
    }[];
    // The demo's runs: without the filter they would all be listed below.
    expect(before.length).toBeGreaterThan(0);
    const current = before.find((run) => run.year === 2024 && run.status !== 'SUPERSEDED');
    const since = new Date().toISOString();
    expect((await t.gql(RUNS, { i: fiks, since })).data.allocationRuns).toEqual([]);
    const made = await t.gql(
      `mutation($i: ID!, $s: ID) { runAllocation(initiativeId: $i, year: 2024, supersedes: $s) { id } }`,
      { i: fiks, s: current?.id ?? null },
    );
    expect(made.errors).toBeUndefined();
    const changed = (await t.gql(RUNS, { i: fiks, since })).data.allocationRuns as {
      id: string;
      status: string;
    }[];
    // The new run, and the one it superseded (its superseded_at is the change).
    expect(changed.map((run) => run.id).sort()).toEqual(
      [made.data.runAllocation.id, ...(current ? [current.id] : [])].sort(),
    );
    const all = (await t.gql(RUNS, { i: fiks, since: '2000-01-01T00:00:00Z' })).data.allocationRuns;
    expect(all).toHaveLength(before.length + 1);
  });

  it('pages a benefit’s measurements: the pages joined are the unpaged list', async () => {
    const benefits = (await t.gql(`{ benefits(limit: 500) { nodes { id measurements { id } } } }`)).data
      .benefits.nodes as { id: string; measurements: { id: string }[] }[];
    const benefit = benefits.reduce((a, b) => (b.measurements.length > a.measurements.length ? b : a));
    expect(benefit.measurements.length).toBeGreaterThan(2);
    const PAGE = `query($id: ID!, $after: String) { benefit(id: $id) {
      measurementsPage(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const answer: GraphQLResponse = await t.gql(PAGE, { id: benefit.id, after });
      expect(answer.errors).toBeUndefined();
      const { totalCount, nodes, pageInfo } = answer.data.benefit.measurementsPage as {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
      expect(totalCount).toBe(benefit.measurements.length);
      expect(pageInfo.hasPreviousPage).toBe(page > 0);
      ids.push(...nodes.map((node: { id: string }) => node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(ids).toEqual(benefit.measurements.map((m) => m.id));
  });

  it('pages an organisation’s children the same as children; refuses another list’s cursor', async () => {
    // The organisation with the most children (counted from the parents), then its unpaged children.
    const organisations = (await t.gql(`{ organisations(limit: 500) { nodes { id parent { id } } } }`)).data
      .organisations.nodes as { id: string; parent: { id: string } | null }[];
    const counts = new Map<string, number>();
    for (const { parent } of organisations)
      if (parent) counts.set(parent.id, (counts.get(parent.id) ?? 0) + 1);
    const parentId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const parent = (
      await t.gql(`query($id: ID!) { organisation(id: $id) { id children { id } } }`, { id: parentId })
    ).data.organisation as { id: string; children: { id: string }[] };
    expect(parent.children.length).toBeGreaterThan(3);
    const PAGE = `query($id: ID!, $first: Int!, $after: String) { organisation(id: $id) {
      childrenPage(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`;
    const first = await t.gql(PAGE, { id: parent.id, first: 3 });
    const second = await t.gql(PAGE, {
      id: parent.id,
      first: 500,
      after: first.data.organisation.childrenPage.pageInfo.endCursor,
    });
    const joined = [
      ...first.data.organisation.childrenPage.nodes,
      ...second.data.organisation.childrenPage.nodes,
    ];
    expect(joined.map((node: { id: string }) => node.id)).toEqual(parent.children.map((child) => child.id));
    expect(first.data.organisation.childrenPage.pageInfo.hasNextPage).toBe(true);
    expect(second.data.organisation.childrenPage.pageInfo.hasNextPage).toBe(false);
    expect(second.data.organisation.childrenPage.totalCount).toBe(parent.children.length);
    // A cursor of the measurements list is not one of children.
    const benefitId = (await t.gql(`{ benefits(limit: 1) { nodes { id } } }`)).data.benefits.nodes[0].id;
    const cursor = (
      await t.gql(
        `query($id: ID!) { benefit(id: $id) { measurementsPage(first: 1) { pageInfo { endCursor } } } }`,
        {
          id: benefitId,
        },
      )
    ).data.benefit.measurementsPage.pageInfo.endCursor;
    const refused = await t.gql(PAGE, { id: parent.id, first: 3, after: cursor ?? 'x' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ field: 'after', reason: 'BAD_CURSOR' }),
    ]);
    const tooMany = await t.gql(PAGE, { id: parent.id, first: 0 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });
});

describe('a driver value as Decimal (DriverValueInput.decimalValue)', () => {
  let t: TestApp;
  let org: Record<string, string>;
  let initiativeId: string;
  const SET = `mutation($i: SetAllocationDriversInput!) {
    setAllocationDrivers(input: $i) { value organisation { id } }
  }`;
  const set = (values: Record<string, unknown>[]) =>
    t.gql(SET, { i: { initiativeId, year: 2025, driver: 'transactions', values } });
  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    org = await organisationIds(t.gql, {
      ks: '971032146',
      kdd: '972417858',
      oslo: '958935420',
      bergen: '964338531',
    });
    initiativeId = (
      await anInitiative(t.gql, {
        code: 'DECIMAL-DRIVER',
        name: 'Decimal driver',
        ownerId: org.ks,
        ministryId: org.kdd,
        participants: [
          { organisationId: org.oslo, role: 'PARTNER' },
          { organisationId: org.bergen, role: 'PARTNER' },
        ],
      })
    ).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores decimalValue and the deprecated String value alike', async () => {
    const answer = await set([
      { organisationId: org.oslo, decimalValue: '12.5' },
      { organisationId: org.bergen, value: '7.25' },
    ]);
    expect(answer.errors).toBeUndefined();
    const byOrg = Object.fromEntries(
      answer.data.setAllocationDrivers.map((row: { value: string; organisation: { id: string } }) => [
        row.organisation.id,
        row.value,
      ]),
    );
    expect(Number(byOrg[org.oslo])).toBe(12.5);
    expect(Number(byOrg[org.bergen])).toBe(7.25);
    // The same value through either field is stored the same.
    const again = await set([
      { organisationId: org.oslo, value: '12.5' },
      { organisationId: org.bergen, decimalValue: '7.25' },
    ]);
    expect(again.data.setAllocationDrivers).toEqual(expect.arrayContaining(answer.data.setAllocationDrivers));
  });

  it('refuses both, neither, a negative one or one with 5 decimals, naming the field and the reason', async () => {
    const both = await set([{ organisationId: org.oslo, decimalValue: '1', value: '1' }]);
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ field: 'values[0].decimalValue', reason: 'DRIVER_VALUE_ONE_OF' }),
    ]);
    const neither = await set([{ organisationId: org.oslo }]);
    expect(neither.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ field: 'values[0].decimalValue', reason: 'DRIVER_VALUE_ONE_OF' }),
    ]);
    const negative = await set([{ organisationId: org.oslo, decimalValue: '-1' }]);
    expect(negative.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ field: 'values[0].decimalValue', reason: 'DRIVER_VALUE_FORMAT' }),
    ]);
    const tooFine = await set([{ organisationId: org.oslo, decimalValue: '1.12345' }]);
    expect(tooFine.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ field: 'values[0].decimalValue', reason: 'DRIVER_VALUE_FORMAT' }),
    ]);
  });

  it('refuses a decimalValue that is not a decimal at all before the resolver (the Decimal scalar)', async () => {
    const answer = await set([{ organisationId: org.oslo, decimalValue: '12,5' }]);
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message).toContain('Decimal');
    expect(answer.errors?.[0].extensions?.scalar).toBe('Decimal');
  });
});

describe('money inputs under their …Amount names (benefit, initiative, co-financing application)', () => {
  let t: TestApp;
  let scheme: Gql;
  let org: Record<string, string>;
  let callId: string;
  const INITIATIVE = 'id version residualValueAmount preProjectRunningCostAmount';
  const createInitiative = (fields: Record<string, unknown>) =>
    t.gql(`mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { ${INITIATIVE} } }`, {
      i: { code: `MONEY-IN-${++n}`, name: `Money in ${n}`, ownerId: org.ks, ministryId: org.kdd, ...fields },
    });
  let n = 0;
  const problems = (answer: GraphQLResponse) => answer.errors?.[0].extensions?.problems;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    scheme = await t.as('sekretariat@demo.gevinst.no');
    org = await organisationIds(t.gql, { ks: '971032146', kdd: '972417858' });
    const call = await scheme(
      `mutation { createCoFinancingCall(input: { year: 2021, title: "Beløp 2021", deadline: "2021-03-01" }) { id } }`,
    );
    expect(call.errors).toBeUndefined();
    callId = call.data.createCoFinancingCall.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores an initiative’s residualValueAmount and preProjectRunningCostAmount as the old names do', async () => {
    const fromNew = await createInitiative({
      residualValueAmount: '1500000',
      preProjectRunningCostAmount: '250000.5',
    });
    const fromOld = await createInitiative({ residualValue: '1500000', preProjectRunningCost: '250000.5' });
    expect(fromNew.errors).toBeUndefined();
    expect(fromOld.errors).toBeUndefined();
    for (const answer of [fromNew, fromOld])
      expect(answer.data.createInitiative).toMatchObject({
        residualValueAmount: '1500000.00',
        preProjectRunningCostAmount: '250000.50',
      });
    const { id, version } = fromNew.data.createInitiative;
    const UPDATE = `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { ${INITIATIVE} residualValue } }`;
    const updated = await t.gql(UPDATE, { i: { id, version, residualValueAmount: '99.99' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateInitiative).toMatchObject({
      residualValue: '99.99',
      residualValueAmount: '99.99',
      preProjectRunningCostAmount: '250000.50',
    });
    // Both names with the same figure are accepted; with different figures (null is one) refused.
    const same = await t.gql(UPDATE, {
      i: { id, version: version + 1, residualValue: '100', residualValueAmount: '100.00' },
    });
    expect(same.errors).toBeUndefined();
    expect(same.data.updateInitiative.residualValueAmount).toBe('100.00');
    const both = await t.gql(UPDATE, {
      i: { id, version: version + 2, preProjectRunningCost: null, preProjectRunningCostAmount: '1.00' },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(problems(both)).toEqual([
      expect.objectContaining({
        field: 'preProjectRunningCostAmount',
        reason: 'MONEY_INPUT_BOTH_NAMES',
        params: { old: 'preProjectRunningCost', amount: 'preProjectRunningCostAmount' },
      }),
    ]);
    const bothNew = await createInitiative({ residualValue: '1.00', residualValueAmount: '2.00' });
    expect(problems(bothNew)).toEqual([
      expect.objectContaining({ field: 'residualValueAmount', reason: 'MONEY_INPUT_BOTH_NAMES' }),
    ]);
    // The rules of the old name hold for the new one, under the field's (internal) name.
    const negative = await createInitiative({ residualValueAmount: '-1.00' });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
  });

  it('stores a benefit’s valuePerUnitAmount as valuePerUnit does, and refuses both with different values', async () => {
    const initiativeId = (await createInitiative({})).data.createInitiative.id;
    const CREATE = `mutation($i: CreateBenefitInput!) { createBenefit(input: $i) { id version valuePerUnit valuePerUnitAmount } }`;
    const input = (money: Record<string, unknown>) => ({
      i: {
        initiativeId,
        title: `Gevinst ${++n}`,
        category: 'CITIZENS_AND_BUSINESS',
        owner: { name: 'Gevinsteier' },
        indicator: { name: 'Timer', unit: 'timer', direction: 'INCREASE' },
        baseline: { date: '2024-01-01', value: '0' },
        ...money,
      },
    });
    const fromNew = await t.gql(CREATE, input({ valuePerUnitAmount: '612.5' }));
    const fromOld = await t.gql(CREATE, input({ valuePerUnit: '612.5' }));
    expect(fromNew.errors).toBeUndefined();
    expect(fromOld.errors).toBeUndefined();
    expect(fromNew.data.createBenefit).toMatchObject({
      valuePerUnit: '612.50',
      valuePerUnitAmount: '612.50',
    });
    expect(fromOld.data.createBenefit.valuePerUnitAmount).toBe('612.50');
    const UPDATE = `mutation($i: UpdateBenefitInput!) { updateBenefit(input: $i) { version valuePerUnitAmount } }`;
    const { id, version } = fromNew.data.createBenefit;
    const updated = await t.gql(UPDATE, { i: { id, version, valuePerUnitAmount: '700' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateBenefit.valuePerUnitAmount).toBe('700.00');
    const cleared = await t.gql(UPDATE, { i: { id, version: version + 1, valuePerUnitAmount: null } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateBenefit.valuePerUnitAmount).toBeNull();
    const both = await t.gql(UPDATE, {
      i: { id, version: version + 2, valuePerUnit: '1.00', valuePerUnitAmount: '2.00' },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(problems(both)).toEqual([
      expect.objectContaining({ field: 'valuePerUnitAmount', reason: 'MONEY_INPUT_BOTH_NAMES' }),
    ]);
    const bothNew = await t.gql(CREATE, input({ valuePerUnit: '1.00', valuePerUnitAmount: '2.00' }));
    expect(problems(bothNew)).toEqual([
      expect.objectContaining({ field: 'valuePerUnitAmount', reason: 'MONEY_INPUT_BOTH_NAMES' }),
    ]);
  });

  it('stores an application’s totalCostAmount and requestedGrantAmount as the old names do; one name of each is required', async () => {
    const APPLICATION = 'id version totalCost requestedGrant totalCostAmount requestedGrantAmount';
    const CREATE = `mutation($i: CreateCoFinancingApplicationInput!) { createCoFinancingApplication(input: $i) { ${APPLICATION} } }`;
    const PREVIEW = `query($i: CreateCoFinancingApplicationInput!) { coFinancingEligibilityPreview(input: $i) { maxGrant } }`;
    const input = (initiativeId: string, money: Record<string, unknown>) => ({
      i: {
        callId,
        initiativeId,
        category: 'CATEGORY_1',
        ksConsulted: false,
        requestedByYear: [
          { year: 2021, amount: '3000000.00' },
          { year: 2022, amount: '2000000.50' },
        ],
        ...money,
      },
    });
    const newNames = { totalCostAmount: '12000000', requestedGrantAmount: '5000000.5' };
    const oldNames = { totalCost: '12000000', requestedGrant: '5000000.5' };
    const first = (await createInitiative({})).data.createInitiative.id;
    const second = (await createInitiative({})).data.createInitiative.id;
    const previewNew = await t.gql(PREVIEW, input(first, newNames));
    const previewOld = await t.gql(PREVIEW, input(first, oldNames));
    expect(previewNew.errors).toBeUndefined();
    expect(previewNew.data).toEqual(previewOld.data);
    const fromNew = await t.gql(CREATE, input(first, newNames));
    const fromOld = await t.gql(CREATE, input(second, oldNames));
    expect(fromNew.errors).toBeUndefined();
    expect(fromOld.errors).toBeUndefined();
    for (const answer of [fromNew, fromOld])
      expect(answer.data.createCoFinancingApplication).toMatchObject({
        totalCost: '12000000.00',
        requestedGrant: '5000000.50',
        totalCostAmount: '12000000.00',
        requestedGrantAmount: '5000000.50',
      });
    // Neither name: refused as required; both with different figures: refused; the figures stay.
    const neither = await t.gql(CREATE, input(second, { requestedGrantAmount: '5000000.50' }));
    expect(errorCode(neither)).toBe('BAD_USER_INPUT');
    expect(problems(neither)).toEqual([
      expect.objectContaining({
        field: 'totalCostAmount',
        reason: 'MONEY_INPUT_REQUIRED',
        params: { old: 'totalCost', amount: 'totalCostAmount' },
      }),
    ]);
    const UPDATE = `mutation($i: UpdateCoFinancingApplicationInput!) { updateCoFinancingApplication(input: $i) { ${APPLICATION} } }`;
    const { id, version } = fromNew.data.createCoFinancingApplication;
    const { callId: _call, initiativeId: _initiative, ...fields } = input(first, {}).i;
    const both = await t.gql(UPDATE, {
      i: { ...fields, id, version, ...newNames, requestedGrant: '5000000.51' },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(problems(both)).toEqual([
      expect.objectContaining({ field: 'requestedGrantAmount', reason: 'MONEY_INPUT_BOTH_NAMES' }),
    ]);
    const missing = await t.gql(UPDATE, { i: { ...fields, id, version, totalCostAmount: '12000000' } });
    expect(problems(missing)).toEqual([
      expect.objectContaining({ field: 'requestedGrantAmount', reason: 'MONEY_INPUT_REQUIRED' }),
    ]);
    const updated = await t.gql(UPDATE, {
      i: { ...fields, id, version, totalCostAmount: '13000000', requestedGrant: '5000000.50' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateCoFinancingApplication).toMatchObject({
      totalCostAmount: '13000000.00',
      requestedGrantAmount: '5000000.50',
    });
  });
});
