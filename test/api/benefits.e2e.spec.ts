import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

const BENEFIT_FIELDS = `id version title category isDisBenefit status valuePerUnit measurementFrequency
  receivingOrganisation { name } owner { name role userId } indicator { name unit direction }
  baseline { date value } targets { date value } risks { description likelihood impact mitigation }`;
const CREATE = `mutation($input: CreateBenefitInput!) { createBenefit(input: $input) { ${BENEFIT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { ${BENEFIT_FIELDS} } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) {
  id date value source comment revision supersedesId isCurrent recordedByName } }`;
const CORRECT = `mutation($input: CorrectMeasurementInput!) { correctMeasurement(input: $input) {
  id date value revision supersedesId correctionReason isCurrent } }`;
const REALISATION = `query($id: ID!, $asOf: LocalDate) { benefit(id: $id) { realisation(asOf: $asOf) {
  asOf targetToDate latestValue latestDate improvement plannedImprovement percent rag
  monetisedRealisedNok monetisedPlannedNok } } }`;

describe('benefits, measurements and realisation', () => {
  let t: TestApp;
  let owner: Gql;
  let oslo: Gql;
  let bergen: Gql;
  let reviewer: Gql;
  const org: Record<string, string> = {};
  let initiativeId: string;
  let hoursId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    owner = await t.as('eier@demo.gevinst.no'); // INITIATIVE_OWNER at Brønnøysundregistrene
    oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    reviewer = await t.as('departement@demo.gevinst.no');
    Object.assign(
      org,
      await organisationIds(t.gql, {
        brreg: '974760673',
        nfd: '912660680',
        oslo: '958935420',
        bergen: '964338531',
      }),
    );
    initiativeId = (
      await anInitiative(owner, {
        code: 'TEST-GEVINST',
        name: 'Gevinsttest',
        ownerId: org.brreg,
        ministryId: org.nfd,
        phase: 'REALISATION',
        startDate: '2024-01-01',
        endDate: '2026-12-31',
      })
    ).id;
  });
  afterAll(() => t.close());

  // Caseworker hours a year in Oslo kommune, lower is better, valued at NOK 500.00 an hour.
  // Baseline 10 000 hours on 1 January 2024; targets 8 000 on 1 January 2025 and 6 000 on 1 January 2026.
  const hours = () => ({
    initiativeId,
    title: 'Færre manuelle saksbehandlingstimer i Oslo',
    category: 'OTHER_PUBLIC_SECTOR',
    receivingOrganisationId: org.oslo,
    owner: { name: 'Kari Nordmann', role: 'Avdelingsdirektør, Oslo kommune' },
    indicator: { name: 'Saksbehandlingstimer per år', unit: 'timer', direction: 'DECREASE' },
    baseline: { date: '2024-01-01', value: '10000' },
    targets: [
      { date: '2026-01-01', value: '6000' },
      { date: '2025-01-01', value: '8000' },
    ],
    valuePerUnit: '500',
    measurementMethod: 'Uttrekk fra sakssystemet',
    measurementFrequency: 'HALF_YEARLY',
    status: 'IN_REALISATION',
    risks: [
      { description: 'Lav bruk av løsningen', likelihood: 'MEDIUM', impact: 'HIGH', mitigation: 'Opplæring' },
    ],
  });

  it('creates a benefit for the owner organisation’s initiative, with targets sorted by date', async () => {
    const res = await owner(CREATE, { input: hours() });
    expect(res.errors).toBeUndefined();
    const benefit = res.data.createBenefit;
    hoursId = benefit.id;
    expect(benefit).toMatchObject({
      version: 1,
      category: 'OTHER_PUBLIC_SECTOR',
      isDisBenefit: false,
      status: 'IN_REALISATION',
      valuePerUnit: '500.00',
      receivingOrganisation: { name: 'Oslo' },
      owner: { name: 'Kari Nordmann', role: 'Avdelingsdirektør, Oslo kommune', userId: null },
      indicator: { name: 'Saksbehandlingstimer per år', unit: 'timer', direction: 'DECREASE' },
      baseline: { date: '2024-01-01', value: '10000' },
      targets: [
        { date: '2025-01-01', value: '8000' },
        { date: '2026-01-01', value: '6000' },
      ],
      risks: [
        {
          description: 'Lav bruk av løsningen',
          likelihood: 'MEDIUM',
          impact: 'HIGH',
          mitigation: 'Opplæring',
        },
      ],
    });
    const listed = await reviewer(`query($id: ID!) { initiative(id: $id) { benefits { id title } } }`, {
      id: initiativeId,
    });
    expect(listed.data.initiative.benefits).toEqual([{ id: hoursId, title: benefit.title }]);
  });

  it('refuses targets on or before the baseline, a value on a NON_MONETISED benefit, and a missing receiver', async () => {
    const res = await owner(CREATE, {
      input: {
        ...hours(),
        category: 'NON_MONETISED',
        targets: [
          { date: '2024-01-01', value: '9000' },
          { date: '2023-06-30', value: '9500' },
        ],
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const problems = res.errors![0].extensions!.problems.map((p: any) => `${p.field}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^valuePerUnit: a NON_MONETISED benefit has no monetary value per unit/),
        expect.stringMatching(
          /^targets\[0\]\.date: must be after the baseline date 2024-01-01 \(got 2024-01-01\)/,
        ),
        expect.stringMatching(
          /^targets\[1\]\.date: must be after the baseline date 2024-01-01 \(got 2023-06-30\)/,
        ),
      ]),
    );
    const noReceiver = await owner(CREATE, {
      input: { ...hours(), category: 'BUDGET_RELEASING', receivingOrganisationId: null },
    });
    expect(noReceiver.errors![0].message).toMatch(
      /receivingOrganisationId: a BUDGET_RELEASING benefit is received/,
    );
    // A plan that goes the wrong way must be declared a dis-benefit.
    const wrongWay = await owner(CREATE, {
      input: { ...hours(), targets: [{ date: '2025-01-01', value: '11000' }] },
    });
    expect(wrongWay.errors![0].extensions!.field).toBe('targets');
    expect(
      (await t.gql(`{ benefits(filter: { initiativeId: "${initiativeId}" }) { totalCount } }`)).data.benefits
        .totalCount,
    ).toBe(1);
  });

  it('lets only the owner organisation’s initiative owners (and admins) change benefits', async () => {
    for (const gql of [oslo, reviewer, bergen]) {
      expect(errorCode(await gql(CREATE, { input: hours() }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(UPDATE, { input: { id: hoursId, version: 1, title: 'x' } }))).toBe(
        'FORBIDDEN',
      );
    }
    const updated = await owner(UPDATE, {
      input: { id: hoursId, version: 1, measurementFrequency: 'QUARTERLY' },
    });
    expect(updated.data.updateBenefit).toMatchObject({ version: 2, measurementFrequency: 'QUARTERLY' });
    expect(updated.data.updateBenefit.targets).toHaveLength(2);
    const stale = await owner(UPDATE, { input: { id: hoursId, version: 1, title: 'Overwritten' } });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('refuses measurements before the baseline, in the future, and from organisations without a stake', async () => {
    const before = await owner(RECORD, { input: { benefitId: hoursId, date: '2023-12-31', value: '9900' } });
    expect(errorCode(before)).toBe('BAD_USER_INPUT');
    expect(before.errors![0].message).toMatch(/date: must be on or after the baseline date 2024-01-01/);
    const future = await owner(RECORD, { input: { benefitId: hoursId, date: '2999-01-01', value: '1' } });
    expect(future.errors![0].message).toMatch(/date: must not be in the future/);
    // Bergen neither owns the initiative nor receives the benefit; the ministry reviewer only reads.
    expect(
      errorCode(await bergen(RECORD, { input: { benefitId: hoursId, date: '2024-07-01', value: '1' } })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await reviewer(RECORD, { input: { benefitId: hoursId, date: '2024-07-01', value: '1' } })),
    ).toBe('FORBIDDEN');
  });

  it('gives the hand-checked percent and RAG at three dates from a baseline, two targets and three measurements', async () => {
    // Recorded by the owner organisation (Brønnøysundregistrene) and by the receiving organisation (Oslo).
    const first = await owner(RECORD, {
      input: {
        benefitId: hoursId,
        date: '2024-07-01',
        value: '9500',
        source: 'Sakssystemet',
        comment: 'Halvår',
      },
    });
    expect(first.data.recordMeasurement).toMatchObject({
      revision: 1,
      isCurrent: true,
      supersedesId: null,
      recordedByName: 'Ola Prosjekteier',
    });
    expect(
      (await oslo(RECORD, { input: { benefitId: hoursId, date: '2025-01-01', value: '8400' } })).errors,
    ).toBeUndefined();
    expect(
      (await oslo(RECORD, { input: { benefitId: hoursId, date: '2025-07-01', value: '7000' } })).errors,
    ).toBeUndefined();
    const twice = await owner(RECORD, { input: { benefitId: hoursId, date: '2025-07-01', value: '6900' } });
    expect(errorCode(twice)).toBe('CONFLICT');

    // 1 July 2024: 182 of the 366 days from 1 January 2024 to 1 January 2025 (a leap year).
    // Target = 10 000 − 2 000 × 182 / 366 = 9 005.464481; planned improvement 994.535519 hours.
    // Measured 9 500 → improvement 500 → 500 / 994.535519 = 50.27 % → RED (below 60 %).
    // NOK: 500 × 500 = 250 000.00 realised; 994.5355191… × 500 = 497 267.759… → 497 267.76 planned.
    const july2024 = (await reviewer(REALISATION, { id: hoursId, asOf: '2024-07-01' })).data.benefit
      .realisation;
    expect(july2024).toEqual({
      asOf: '2024-07-01',
      targetToDate: '9005.464481',
      latestValue: '9500',
      latestDate: '2024-07-01',
      improvement: '500',
      plannedImprovement: '994.535519',
      percent: '50.27',
      rag: 'RED',
      monetisedRealisedNok: '250000.00',
      monetisedPlannedNok: '497267.76',
    });
    // 1 January 2025: target 8 000, planned 2 000; measured 8 400 → 1 600 / 2 000 = 80.00 % → AMBER.
    const jan2025 = (await reviewer(REALISATION, { id: hoursId, asOf: '2025-01-01' })).data.benefit
      .realisation;
    expect(jan2025).toMatchObject({
      targetToDate: '8000',
      improvement: '1600',
      plannedImprovement: '2000',
      percent: '80.00',
      rag: 'AMBER',
      monetisedRealisedNok: '800000.00',
      monetisedPlannedNok: '1000000.00',
    });
    // 1 October 2025: 273 of the 365 days from 1 January 2025 to 1 January 2026.
    // Target = 8 000 − 2 000 × 273 / 365 = 6 504.109589; planned 3 495.890411.
    // Latest measurement 7 000 (1 July 2025) → improvement 3 000 → 3 000 / 3 495.890411 = 85.82 % → AMBER.
    const oct2025 = (await reviewer(REALISATION, { id: hoursId, asOf: '2025-10-01' })).data.benefit
      .realisation;
    expect(oct2025).toMatchObject({
      targetToDate: '6504.109589',
      latestValue: '7000',
      latestDate: '2025-07-01',
      improvement: '3000',
      plannedImprovement: '3495.890411',
      percent: '85.82',
      rag: 'AMBER',
      monetisedRealisedNok: '1500000.00',
      monetisedPlannedNok: '1747945.21', // 3 495.890410958… × 500 = 1 747 945.205… → .21
    });
  });

  it('corrects a measurement with a new version: the result changes and the history stays readable', async () => {
    const current = (
      await t.gql(`query($id: ID!) { benefit(id: $id) { measurements { id date value } } }`, { id: hoursId })
    ).data.benefit.measurements.find((m: any) => m.date === '2025-07-01');
    const bergenTries = await bergen(CORRECT, {
      input: { measurementId: current.id, value: '6800', reason: 'x' },
    });
    expect(errorCode(bergenTries)).toBe('FORBIDDEN');
    const noReason = await oslo(CORRECT, {
      input: { measurementId: current.id, value: '6800', reason: ' ' },
    });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const corrected = await oslo(CORRECT, {
      input: { measurementId: current.id, value: '6800', reason: 'Uttrekket manglet to avdelinger' },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.correctMeasurement).toMatchObject({
      date: '2025-07-01',
      value: '6800',
      revision: 2,
      supersedesId: current.id,
      correctionReason: 'Uttrekket manglet to avdelinger',
      isCurrent: true,
    });
    // Correcting the superseded version again is a conflict: the current version must be corrected.
    const again = await oslo(CORRECT, {
      input: { measurementId: current.id, value: '6700', reason: 'igjen' },
    });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.currentId).toBe(corrected.data.correctMeasurement.id);

    // Improvement 10 000 − 6 800 = 3 200 → 3 200 / 3 495.890411 = 91.54 % → GREEN.
    const oct2025 = (await reviewer(REALISATION, { id: hoursId, asOf: '2025-10-01' })).data.benefit
      .realisation;
    expect(oct2025).toMatchObject({
      latestValue: '6800',
      improvement: '3200',
      percent: '91.54',
      rag: 'GREEN',
    });

    const history = (
      await reviewer(
        `query($id: ID!) { benefit(id: $id) {
          current: measurements { date value revision }
          all: measurements(includeSuperseded: true) { date value revision isCurrent supersededById }
        } }`,
        { id: hoursId },
      )
    ).data.benefit;
    expect(history.current.map((m: any) => [m.date, m.value, m.revision])).toEqual([
      ['2024-07-01', '9500', 1],
      ['2025-01-01', '8400', 1],
      ['2025-07-01', '6800', 2],
    ]);
    expect(history.all.filter((m: any) => m.date === '2025-07-01')).toEqual([
      {
        date: '2025-07-01',
        value: '7000',
        revision: 1,
        isCurrent: false,
        supersededById: corrected.data.correctMeasurement.id,
      },
      { date: '2025-07-01', value: '6800', revision: 2, isCurrent: true, supersededById: null },
    ]);
    const versions = await t.gql(`query($id: ID!) { measurement(id: $id) { versions { value } } }`, {
      id: current.id,
    });
    expect(versions.data.measurement.versions).toEqual([{ value: '7000' }, { value: '6800' }]);
    // The database itself refuses to overwrite a measurement.
    await expect(
      t.db.query(`UPDATE benefit_measurements SET value = 1 WHERE id = $1`, [current.id]),
    ).rejects.toThrow(/append-only/);
    // Both the recording and the correction are in the audit trail.
    const audit = await t.gql(
      `{ auditEvents(filter: { entityType: BenefitMeasurement }) { nodes { operation } } }`,
    );
    expect(audit.data?.auditEvents?.nodes.map((e: any) => e.operation) ?? []).toEqual(
      expect.arrayContaining(['recordMeasurement', 'correctMeasurement']),
    );
  });

  it('refuses moving the baseline after existing measurements', async () => {
    const { version } = (await t.gql(`query($id: ID!) { benefit(id: $id) { version } }`, { id: hoursId }))
      .data.benefit;
    const res = await owner(UPDATE, {
      input: { id: hoursId, version, baseline: { date: '2024-09-01', value: '10000' } },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/baseline\.date: 1 measurement\(s\) are dated before 2024-09-01/);
  });
  it('keeps a benefits map of enablers and benefits, and refuses cycles', async () => {
    const enabler = async (kind: string, title: string) =>
      (
        await owner(
          `mutation($i: CreateEnablerInput!) { createEnabler(input: $i) { id kind title version } }`,
          {
            i: { initiativeId, kind, title },
          },
        )
      ).data.createEnabler;
    const solution = await enabler('DELIVERABLE', 'Ny saksbehandlingsløsning');
    const routine = await enabler('CHANGE', 'Nye rutiner i Oslo');
    const EDGE = `mutation($i: AddBenefitsMapEdgeInput!) { addBenefitsMapEdge(input: $i) { id fromId toId } }`;
    expect((await owner(EDGE, { i: { fromId: solution.id, toId: routine.id } })).errors).toBeUndefined();
    expect((await owner(EDGE, { i: { fromId: routine.id, toId: hoursId } })).errors).toBeUndefined();
    // hours depends on the routine, which depends on the solution: the solution cannot depend on hours.
    const cycle = await owner(EDGE, { i: { fromId: hoursId, toId: solution.id } });
    expect(errorCode(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors![0].message).toBe(
      'toId: would create a cycle: "Ny saksbehandlingsløsning" → "Nye rutiner i Oslo" → "Færre manuelle saksbehandlingstimer i Oslo" → "Ny saksbehandlingsløsning"; a benefits map has no cycles',
    );
    expect(errorCode(await owner(EDGE, { i: { fromId: routine.id, toId: hoursId } }))).toBe('CONFLICT');
    expect(errorCode(await oslo(EDGE, { i: { fromId: solution.id, toId: hoursId } }))).toBe('FORBIDDEN');
    const self = await owner(EDGE, { i: { fromId: hoursId, toId: hoursId } });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');

    const map = (
      await reviewer(
        `query($id: ID!) { benefitsMap(initiativeId: $id) {
          initiative { code } nodes { id type title enablerKind benefitCategory } edges { fromId toId } } }`,
        { id: initiativeId },
      )
    ).data.benefitsMap;
    expect(map.initiative.code).toBe('TEST-GEVINST');
    expect(map.nodes).toEqual([
      {
        id: solution.id,
        type: 'ENABLER',
        title: 'Ny saksbehandlingsløsning',
        enablerKind: 'DELIVERABLE',
        benefitCategory: null,
      },
      {
        id: routine.id,
        type: 'ENABLER',
        title: 'Nye rutiner i Oslo',
        enablerKind: 'CHANGE',
        benefitCategory: null,
      },
      {
        id: hoursId,
        type: 'BENEFIT',
        title: 'Færre manuelle saksbehandlingstimer i Oslo',
        enablerKind: null,
        benefitCategory: 'OTHER_PUBLIC_SECTOR',
      },
    ]);
    expect(map.edges).toEqual([
      { fromId: solution.id, toId: routine.id },
      { fromId: routine.id, toId: hoursId },
    ]);
    // Deleting an enabler takes its dependencies with it.
    const deleted = await owner(`mutation($id: ID!, $v: Int!) { deleteEnabler(id: $id, version: $v) }`, {
      id: routine.id,
      v: routine.version,
    });
    expect(deleted.data.deleteEnabler).toBe(routine.id);
    const after = (
      await reviewer(`query($id: ID!) { benefitsMap(initiativeId: $id) { edges { id } } }`, {
        id: initiativeId,
      })
    ).data.benefitsMap;
    expect(after.edges).toEqual([]);
  });

  it('keeps a benefit with measurements (cancel it instead) and deletes one without', async () => {
    const DELETE = `mutation($id: ID!, $v: Int!) { deleteBenefit(id: $id, version: $v) }`;
    const { version } = (await t.gql(`query($id: ID!) { benefit(id: $id) { version } }`, { id: hoursId }))
      .data.benefit;
    const refused = await owner(DELETE, { id: hoursId, v: version });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/set its status to CANCELLED/);
    const spare = (await owner(CREATE, { input: { ...hours(), title: 'Utkast' } })).data.createBenefit;
    expect((await owner(DELETE, { id: spare.id, v: 1 })).data.deleteBenefit).toBe(spare.id);
    expect(errorCode(await t.gql(`query($id: ID!) { benefit(id: $id) { id } }`, { id: spare.id }))).toBe(
      'NOT_FOUND',
    );
  });

  it('loads nested benefits, realisation and economics of a page of initiatives in a constant number of queries', async () => {
    const query = `query($limit: Int!) { initiatives(limit: $limit) { nodes { code
      benefits { title receivingOrganisation { name } targets { date } risks { description }
        measurements { value } realisation(asOf: "2026-06-30") { rag } ownerReports { year } }
      economics(asOf: "2026-06-30") { npv benefitsByYear { plannedNok } } } } }`;
    const few = await reviewer(query, { limit: 3 });
    const many = await reviewer(query, { limit: 11 });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data.initiatives.nodes.length).toBe(11);
    expect(many.queryCount).toBe(few.queryCount);
  });
});
