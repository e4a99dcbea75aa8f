/**
 * Issue 19, typed outputs where JSON was (docs/api-changes.md): CostSharingKeyVersion.keySpec,
 * AllocationRun.runInputs and CoFinancingFinding.figures carry what the deprecated JSON fields spec, inputs
 * and params carry, for every key version, run and finding of the demo data; runInputs is refused wherever
 * inputs is.
 */
import { type TaggedKeySpec, taggedKeySpecOf } from '@gevinst/cost-model';
import {
  CO_FINANCING_FIGURE_OF_PARAM,
  type CoFinancingFindingCode,
  type CostSharingKeySpec,
  driversUsedBy,
  normaliseNok,
} from '@gevinst/domain';
import type { GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { committedSchema } from './support/schema-contract.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

const SPEC_FIELDS = `method floorAmount capAmount proportional { driver } perUnit { driver rate }
  fixedShares { shares { participantId percent } } basePlusProportional { baseAmount driver }
  bands { driver bands { upTo feeAmount } } freeThreshold { driver threshold }`;
/** A whole KeySpec (a TWO_LEVEL group's key is never TWO_LEVEL itself). */
const KEY_SPEC = `{ ${SPEC_FIELDS} twoLevel { groups { group percent key { ${SPEC_FIELDS} twoLevel { groups { group } } } } } }`;

type Json = Record<string, unknown>;

/** Money as the Money scalar writes it ("1000" → "1000.00"). */
const money = (value: string | null | undefined) =>
  value === undefined || value === null ? null : normaliseNok(value);

/** The KeySpec the API should answer for a stored JSON spec: taggedKeySpecOf with the schema's names. */
function expectedKeySpec(tagged: TaggedKeySpec): Json {
  return {
    method: tagged.method,
    floorAmount: money(tagged.floor),
    capAmount: money(tagged.cap),
    proportional: tagged.proportional ?? null,
    perUnit: tagged.perUnit ?? null,
    fixedShares: tagged.fixedShares ?? null,
    basePlusProportional: tagged.basePlusProportional
      ? { baseAmount: money(tagged.basePlusProportional.base), driver: tagged.basePlusProportional.driver }
      : null,
    bands: tagged.bands
      ? {
          driver: tagged.bands.driver,
          bands: tagged.bands.bands.map((band) => ({ upTo: band.upTo ?? null, feeAmount: money(band.fee) })),
        }
      : null,
    freeThreshold: tagged.freeThreshold ?? null,
    twoLevel: tagged.twoLevel
      ? {
          groups: tagged.twoLevel.groups.map((group) => ({
            group: group.group,
            percent: group.percent,
            key: { ...expectedKeySpec(group.key), twoLevel: null },
          })),
        }
      : null,
  };
}

const specOf = (spec: Json): Json => expectedKeySpec(taggedKeySpecOf(spec as unknown as CostSharingKeySpec));

/** Exact sum of NOK amounts in øre. */
const ore = (amounts: (string | null)[]) =>
  amounts.reduce(
    (sum, amount) => sum + (amount === null ? 0n : BigInt(normaliseNok(amount).replace('.', ''))),
    0n,
  );

describe('KeySpec mirrors KeySpecInput (the committed schema)', () => {
  /** Each input type of the typed key and its output twin. */
  const TWINS = [
    'KeySpec',
    'ProportionalKeySpec',
    'PerUnitKeySpec',
    'FixedSharesKeySpec',
    'ParticipantShare',
    'BasePlusProportionalKeySpec',
    'BandsKeySpec',
    'FeeBand',
    'FreeThresholdKeySpec',
    'TwoLevelKeySpec',
    'TwoLevelGroup',
  ];

  // The same names and named types; nullability may differ (an input's money is either/or with its old name).
  it('has the same fields of the same types as the input, without its deprecated names', () => {
    const schema = committedSchema();
    for (const output of TWINS) {
      const input = schema.getType(`${output}Input`) as GraphQLInputObjectType;
      const fields = (type: GraphQLInputObjectType | GraphQLObjectType, suffix: string) =>
        Object.values(type.getFields())
          .filter((field) => !field.deprecationReason)
          .map(
            (field) =>
              `${field.name}: ${field.type
                .toString()
                .replace(/[[\]!]/g, '')
                .replace(new RegExp(`${suffix}$`), '')}`,
          )
          .sort();
      expect([output, fields(schema.getType(output) as GraphQLObjectType, '')]).toEqual([
        output,
        fields(input, 'Input'),
      ]);
    }
    // Every input type of the typed key has its twin here.
    const inputs = Object.keys(schema.getTypeMap()).filter(
      (name) =>
        name.endsWith('KeySpecInput') ||
        ['ParticipantShareInput', 'FeeBandInput', 'TwoLevelGroupInput'].includes(name),
    );
    expect(inputs.map((name) => name.replace(/Input$/, '')).sort()).toEqual([...TWINS].sort());
  });
});

describe('typed outputs carry what the deprecated JSON fields carry (demo data)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      demo: true,
      env: { MAX_QUERY_COMPLEXITY: '100000000', MAX_SQL_STATEMENTS_PER_REQUEST: '100000' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives every key version its keySpec: the spec JSON read through taggedKeySpecOf', async () => {
    const res = await t.gql(
      `{ costSharingKeys(limit: 500) { nodes { name versions { id spec keySpec ${KEY_SPEC} } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const versions = (
      res.data.costSharingKeys.nodes as { versions: { spec: Json; keySpec: Json }[] }[]
    ).flatMap((key) => key.versions);
    expect(versions.length).toBeGreaterThan(5);
    for (const version of versions) expect(version.keySpec).toEqual(specOf(version.spec));
    // The demo holds more than one method, so the sub-objects are met, not only EQUAL.
    expect(new Set(versions.map((version) => version.keySpec.method)).size).toBeGreaterThan(2);
  });

  it('gives every allocation run its runInputs with the figures of inputs, to the øre', async () => {
    const runs = await t.db.query<{ id: string }[]>(`SELECT id FROM allocation_runs ORDER BY created_at, id`);
    expect(runs.length).toBeGreaterThan(0);
    let items = 0;
    for (let start = 0; start < runs.length; start += 20) {
      const batch = runs.slice(start, start + 20);
      const res = await t.gql(
        `{ ${batch
          .map(
            (
              run,
              index,
            ) => `r${index}: allocationRun(id: "${run.id}") { plannedAmount actualAmount costItemAmount
              inputs runInputs {
                costItems { costItemId category description plannedAmount actualAmount allocatedPlannedAmount
                  allocatedActualAmount keyId keyName keyVersionId keyVersionNumber }
                keyVersions { keyId keyName keyVersionId versionNumber populationYear drivers keySpec ${KEY_SPEC} }
                participants { organisationId name orgNumber group }
                supersededRunId } }`,
          )
          .join(' ')} }`,
      );
      expect(res.errors).toBeUndefined();
      for (const run of Object.values(res.data as Record<string, Json>)) {
        const inputs = run.inputs as Json;
        const typed = run.runInputs as {
          costItems: Json[];
          keyVersions: Json[];
          participants: Json[];
          supersededRunId: string | null;
        };
        const storedItems = (inputs.costItems ?? []) as Json[];
        items += storedItems.length;
        expect(typed.costItems).toEqual(
          storedItems.map((item) => ({
            costItemId: item.id,
            category: item.category,
            description: item.description,
            plannedAmount: money(item.plannedAmount as string),
            actualAmount: money(item.actualAmount as string | null),
            allocatedPlannedAmount: money(item.allocatedPlanned as string),
            allocatedActualAmount: money(item.allocatedActual as string | null),
            keyId: item.keyId,
            keyName: item.keyName,
            keyVersionId: item.keyVersionId,
            keyVersionNumber: item.keyVersion,
          })),
        );
        expect(typed.keyVersions).toEqual(
          ((inputs.keyVersions ?? []) as (Json & { spec: CostSharingKeySpec })[]).map((version) => ({
            keyId: version.keyId,
            keyName: version.keyName,
            keyVersionId: version.versionId,
            versionNumber: version.version,
            populationYear: version.populationYear,
            drivers: driversUsedBy(version.spec),
            keySpec: specOf(version.spec as unknown as Json),
          })),
        );
        // driversUsed repeats each key version's population year and spec: the typed key versions carry both.
        for (const [versionId, used] of Object.entries((inputs.driversUsed ?? {}) as Record<string, Json>)) {
          const version = typed.keyVersions.find((each) => each.keyVersionId === versionId);
          expect(version).toMatchObject({
            populationYear: used.populationYear,
            keySpec: specOf(used.spec as Json),
          });
        }
        expect(typed.participants).toEqual(inputs.participants ?? []);
        expect(typed.supersededRunId).toBe(inputs.supersededRunId ?? null);
        // The cost items' figures add up to the run's own totals, to the øre.
        if (typed.costItems.length) {
          const planned = typed.costItems.map((item) => item.plannedAmount as string);
          expect(ore(typed.costItems.map((item) => item.allocatedPlannedAmount as string))).toBe(
            ore([run.plannedAmount as string]),
          );
          expect(ore(planned)).toBe(ore([run.costItemAmount as string]));
        }
      }
    }
    expect(items).toBeGreaterThan(0);
  });

  it('gives every co-financing finding its figures with the values of params', async () => {
    const calls = await t.gql(`{ coFinancingCalls { id year applications { initiative { id }
      eligibility { findings { code params figures { category applicantName applicantKind totalCostAmount
        minTotalCostAmount maxTotalCostAmount requestedGrantAmount maxGrantAmount maxGrantPercent
        localPartnerCount localPartnerNames npvAmount } } } } } }`);
    expect(calls.errors).toBeUndefined();
    type Finding = { code: CoFinancingFindingCode; params: Json; figures: Json };
    const findings: Finding[] = (
      calls.data.coFinancingCalls as { applications: { eligibility: { findings: Finding[] } }[] }[]
    ).flatMap((call) => call.applications.flatMap((application) => application.eligibility.findings));
    // The form's preview breaches the limits too, in a call of its own: 1 MNOK (below 5 MNOK) with 90 % asked;
    // 60 MNOK (above 50 MNOK) with 20 MNOK (above the 15 MNOK cap); and KS (not a state agency) applying.
    const taken = new Set((calls.data.coFinancingCalls as { year: number }[]).map((call) => call.year));
    const year = [2030, 2031, 2032, 2033, 2034].find((each) => !taken.has(each))!;
    const call = await t.gql(
      `mutation { createCoFinancingCall(input: { year: ${year}, title: "Typed figures", deadline: "${year}-03-01" }) { id } }`,
    );
    expect(call.errors).toBeUndefined();
    const initiativeOf = async (code: string) =>
      (await t.gql(`{ initiatives(filter: { search: "${code}" }) { nodes { id } } }`)).data.initiatives
        .nodes[0].id as string;
    for (const [code, totalCost, grant] of [
      ['DEMO-LIV-BEDRIFT', '1000000.00', '900000.00'],
      ['DEMO-LIV-BEDRIFT', '60000000.00', '20000000.00'],
      ['DEMO-DIGIFIN-FIKS', '10000000.00', '5000000.00'],
    ]) {
      const initiative = await initiativeOf(code);
      const preview = await t.gql(
        `query($i: CreateCoFinancingApplicationInput!) { coFinancingEligibilityPreview(input: $i) {
          findings { code params figures { category applicantName applicantKind totalCostAmount minTotalCostAmount
            maxTotalCostAmount requestedGrantAmount maxGrantAmount maxGrantPercent localPartnerCount
            localPartnerNames npvAmount } } } }`,
        {
          i: {
            callId: call.data.createCoFinancingCall.id,
            initiativeId: initiative,
            category: 'CATEGORY_1',
            totalCostAmount: totalCost,
            requestedGrantAmount: grant,
            requestedByYear: [{ year, amount: grant }],
            ksConsulted: false,
          },
        },
      );
      expect(preview.errors).toBeUndefined();
      findings.push(...(preview.data.coFinancingEligibilityPreview.findings as Finding[]));
    }
    const codes = new Set(findings.map((finding) => finding.code));
    for (const code of [
      'MEDFIN_APPLICANT_KIND',
      'MEDFIN_COST_BELOW_MIN',
      'MEDFIN_COST_ABOVE_MAX',
      'MEDFIN_GRANT_ABOVE_SHARE',
      'MEDFIN_GRANT_ABOVE_CAP',
    ])
      expect([code, codes.has(code as CoFinancingFindingCode)]).toEqual([code, true]);
    for (const finding of findings) {
      const places = CO_FINANCING_FIGURE_OF_PARAM[finding.code] as Record<string, string>;
      expect(Object.keys(finding.params).filter((param) => places[param] === undefined)).toEqual([]);
      for (const [param, value] of Object.entries(finding.params))
        expect([finding.code, param, finding.figures[places[param]]]).toEqual([finding.code, param, value]);
      const filled = Object.keys(finding.figures).filter((field) => finding.figures[field] !== null);
      expect(filled.sort()).toEqual(
        Object.keys(finding.params)
          .map((param) => places[param])
          .sort(),
      );
    }
  });

  it('refuses runInputs wherever inputs is refused, and answers both where inputs is answered', async () => {
    const fiks = (await t.gql(`{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`))
      .data.initiatives.nodes[0].id;
    const [{ id: run }] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM allocation_runs WHERE initiative_id = $1 AND year = 2024 AND status = 'CURRENT'`,
      [fiks],
    );
    const throughLines = (field: string) =>
      `query($i: ID!) { allocations(filter: { initiativeId: $i, year: 2024 }, limit: 2) { nodes { run { ${field} } } } }`;
    const direct = (field: string) => `query($r: ID!) { allocationRun(id: $r) { id ${field} } }`;
    const typed = 'runInputs { costItems { plannedAmount } participants { name } }';
    const ask = async (gql: Gql, field: string) => [
      errorCode(await gql(throughLines(field), { i: fiks })) ?? 'OK',
      errorCode(await gql(direct(field), { r: run })) ?? 'OK',
    ];
    // Bergen pays in FIKS and sees its own lines, but not the run's inputs; the ministry's reviewer sees both.
    const bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    const reviewer = await t.as('departement@demo.gevinst.no');
    for (const [who, gql] of [
      ['bergen', bergen],
      ['reviewer', reviewer],
      ['admin', t.gql],
    ] as const) {
      const json = await ask(gql, 'inputs');
      expect([who, await ask(gql, typed)]).toEqual([who, json]);
    }
    expect(await ask(bergen, typed)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await ask(reviewer, typed)).toEqual(['OK', 'OK']);
  });
});
