import { aBenefit, aMeasurement } from './support/benefits.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

const VERSION_FIELDS = `id versionNumber status reason proposedByName decidedByName decisionNote approvedAt approvedBy
  supersededAt benefits { id title targets { date value } valuePerUnit } changes { kind field targetDate from to }`;
const PROPOSE = `mutation($id: ID!, $reason: String!) { proposeBenefitPlanVersion(initiativeId: $id, reason: $reason) { ${VERSION_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $note: String) { approveBenefitPlanVersion(id: $id, note: $note) { ${VERSION_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $note: String) { rejectBenefitPlanVersion(id: $id, note: $note) { ${VERSION_FIELDS} } }`;
const FIGURES = `query($id: ID!, $benefitId: ID!) {
  benefit(id: $benefitId) {
    deviatesFromPlan targets { date value } planInForce { baseline { value } targets { date value } }
    realisation(asOf: "2026-01-01") { targetToDate latestValue improvement plannedImprovement percent rag monetisedPlannedNok }
  }
  initiative(id: $id) {
    rag(asOf: "2026-01-01")
    benefitPlanInForce { versionNumber approvedBy approvedAt }
    benefitPlanVersions { versionNumber status }
    benefitPlanDeviations { benefitId title kind field targetDate from to changedAt changedBy reason }
  }
}`;

/**
 * The binding benefits plan (docs/funding-schemes.md): the owner proposes, the secretariat approves; later
 * edits of the benefits are the working draft and change no realisation figure until a new version is
 * approved; every deviation is listed with who, when and why.
 */
describe('the binding benefits plan', () => {
  let t: TestApp;
  let owner: Gql;
  let scheme: Gql;
  let reviewer: Gql;
  let initiativeId: string;
  let benefitId: string;
  let version: number;
  const figures = async () => {
    const res = await owner(FIGURES, { id: initiativeId, benefitId });
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    owner = await t.as('eier@demo.gevinst.no'); // INITIATIVE_OWNER at Brønnøysundregistrene
    scheme = await t.as('sekretariat@demo.gevinst.no'); // SCHEME_ADMINISTRATOR at Digdir
    reviewer = await t.as('departement@demo.gevinst.no'); // PORTFOLIO_REVIEWER at KDD
    const org = await organisationIds(t.gql, { brreg: '974760673', nfd: '912660680', oslo: '958935420' });
    initiativeId = (
      await anInitiative(owner, {
        code: 'TEST-PLAN',
        name: 'Bindende gevinstplan',
        ownerId: org.brreg,
        ministryId: org.nfd,
        phase: 'REALISATION',
        startDate: '2024-01-01',
        endDate: '2026-12-31',
      })
    ).id;
    // Caseworker hours a year in Oslo, lower is better, NOK 500 an hour: baseline 10 000 on 1 January
    // 2024, targets 8 000 on 1 January 2025 and 6 000 on 1 January 2026; measured 7 000 on 31 December 2025.
    const created = await aBenefit(owner, {
      initiativeId,
      title: 'Færre saksbehandlingstimer',
      category: 'OTHER_PUBLIC_SECTOR',
      receivingOrganisationId: org.oslo,
      owner: { name: 'Kari Nordmann', role: 'Avdelingsdirektør' },
      indicator: { name: 'Saksbehandlingstimer per år', unit: 'timer', direction: 'DECREASE' },
      baseline: { date: '2024-01-01', value: '10000' },
      targets: [
        { date: '2025-01-01', value: '8000' },
        { date: '2026-01-01', value: '6000' },
      ],
      valuePerUnit: '500',
    });
    benefitId = created.id;
    version = created.version;
    await aMeasurement(owner, { benefitId, date: '2025-12-31', value: '7000' });
  });
  afterAll(() => t.close());

  // On 1 January 2026 the plan is 6 000 hours: a planned improvement of 10 000 − 6 000 = 4 000 hours; the
  // latest measurement, 7 000, is an improvement of 3 000: 3 000 / 4 000 = 75.00 % → AMBER (60 ≤ 75 < 90);
  // planned NOK 4 000 × 500 = 2 000 000.
  const AGAINST_V1 = {
    targetToDate: '6000',
    latestValue: '7000',
    improvement: '3000',
    plannedImprovement: '4000',
    percent: '75.00',
    rag: 'AMBER',
  };

  it('measures against the live benefits before any plan is approved', async () => {
    const data = await figures();
    expect(data.benefit.realisation).toMatchObject(AGAINST_V1);
    expect(data.benefit.deviatesFromPlan).toBeNull();
    expect(data.initiative.rag).toBe('AMBER');
    expect(data.initiative.benefitPlanInForce).toBeNull();
    expect(data.initiative.benefitPlanDeviations).toEqual([]);
  });

  let v1: string;
  it('lets the owner propose (not the secretariat nor a reviewer) and the secretariat approve (not the owner)', async () => {
    const reason = 'Gevinstplan før endelig tilsagn';
    expect(errorCode(await scheme(PROPOSE, { id: initiativeId, reason }))).toBe('FORBIDDEN');
    expect(errorCode(await reviewer(PROPOSE, { id: initiativeId, reason }))).toBe('FORBIDDEN');
    expect(errorCode(await owner(PROPOSE, { id: initiativeId, reason: '  ' }))).toBe('BAD_USER_INPUT');
    const proposed = await owner(PROPOSE, { id: initiativeId, reason });
    expect(proposed.errors).toBeUndefined();
    v1 = proposed.data.proposeBenefitPlanVersion.id;
    expect(proposed.data.proposeBenefitPlanVersion).toMatchObject({
      versionNumber: 1,
      status: 'PROPOSED',
      reason,
      approvedAt: null,
      benefits: [{ id: benefitId, valuePerUnit: '500.00' }],
      changes: [{ kind: 'BENEFIT_ADDED', field: null }],
    });
    // one proposal at a time
    expect(errorCode(await owner(PROPOSE, { id: initiativeId, reason }))).toBe('CONFLICT');
    expect(errorCode(await owner(APPROVE, { id: v1 }))).toBe('FORBIDDEN');
    expect(errorCode(await reviewer(APPROVE, { id: v1 }))).toBe('FORBIDDEN');
    expect(errorCode(await reviewer(REJECT, { id: v1 }))).toBe('FORBIDDEN');
    const approved = await scheme(APPROVE, { id: v1, note: 'Godkjent med tilsagnet' });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveBenefitPlanVersion).toMatchObject({
      status: 'APPROVED',
      decidedByName: expect.any(String),
      decisionNote: 'Godkjent med tilsagnet',
      approvedAt: expect.any(String),
    });
    // an approved version is not decided again
    expect(errorCode(await scheme(APPROVE, { id: v1 }))).toBe('CONFLICT');
    const data = await figures();
    expect(data.initiative.benefitPlanInForce).toMatchObject({
      versionNumber: 1,
      approvedBy: expect.any(String),
    });
    expect(data.benefit.deviatesFromPlan).toBe(false);
    const events = await t.db.query(
      `SELECT operation FROM audit_events WHERE entity_type = 'BenefitPlanVersion' AND entity_id = $1 ORDER BY id`,
      [v1],
    );
    expect(events.map((e: { operation: string }) => e.operation)).toEqual([
      'proposeBenefitPlanVersion',
      'approveBenefitPlanVersion',
    ]);
  });

  it('keeps measuring against version 1 when a target is lowered afterwards, and lists the deviation with who, when and why', async () => {
    const lowered = await owner(
      `mutation($i: UpdateBenefitInput!) { updateBenefit(input: $i) { version targets { date value } } }`,
      {
        i: {
          id: benefitId,
          version,
          targets: [
            { date: '2025-01-01', value: '8000' },
            { date: '2026-01-01', value: '8000' },
          ],
          changeReason: 'Oslo tar løsningen i bruk et år senere',
        },
      },
    );
    expect(lowered.errors).toBeUndefined();
    version = lowered.data.updateBenefit.version;
    const data = await figures();
    // The live target is 8 000 (the edited benefit shows it) …
    expect(data.benefit.targets).toEqual([
      { date: '2025-01-01', value: '8000' },
      { date: '2026-01-01', value: '8000' },
    ]);
    // … but the realisation is still 3 000 / 4 000 = 75.00 % AMBER against version 1 (the live plan would
    // give 3 000 / (10 000 − 8 000) = 150.00 % GREEN).
    expect(data.benefit.planInForce).toEqual({
      baseline: { value: '10000' },
      targets: [
        { date: '2025-01-01', value: '8000' },
        { date: '2026-01-01', value: '6000' },
      ],
    });
    expect(data.benefit.realisation).toMatchObject(AGAINST_V1);
    expect(data.benefit.realisation.monetisedPlannedNok).toBe('2000000.00');
    expect(data.initiative.rag).toBe('AMBER');
    expect(data.benefit.deviatesFromPlan).toBe(true);
    expect(data.initiative.benefitPlanDeviations).toEqual([
      {
        benefitId,
        title: 'Færre saksbehandlingstimer',
        kind: 'FIELD_CHANGED',
        field: 'target',
        targetDate: '2026-01-01',
        from: '6000',
        to: '8000',
        changedAt: expect.any(String),
        changedBy: 'eier@demo.gevinst.no',
        reason: 'Oslo tar løsningen i bruk et år senere',
      },
    ]);
  });

  it('keeps version 1 in force when the secretariat rejects a new version, and counts the new one once approved', async () => {
    const v2 = await owner(PROPOSE, { id: initiativeId, reason: 'Senere innføring i Oslo' });
    expect(v2.data.proposeBenefitPlanVersion).toMatchObject({
      versionNumber: 2,
      status: 'PROPOSED',
      changes: [
        { kind: 'FIELD_CHANGED', field: 'target', targetDate: '2026-01-01', from: '6000', to: '8000' },
      ],
    });
    const rejected = await scheme(REJECT, {
      id: v2.data.proposeBenefitPlanVersion.id,
      note: 'Ikke begrunnet',
    });
    expect(rejected.data.rejectBenefitPlanVersion).toMatchObject({ status: 'REJECTED', approvedAt: null });
    expect((await figures()).benefit.realisation).toMatchObject(AGAINST_V1);

    const v3 = await owner(PROPOSE, { id: initiativeId, reason: 'Senere innføring i Oslo, dokumentert' });
    expect(v3.data.proposeBenefitPlanVersion.versionNumber).toBe(3);
    const approved = await scheme(APPROVE, { id: v3.data.proposeBenefitPlanVersion.id });
    expect(approved.errors).toBeUndefined();
    const data = await figures();
    // Against version 3: planned 10 000 − 8 000 = 2 000 hours, improvement 3 000: 150.00 % → GREEN;
    // planned NOK 2 000 × 500 = 1 000 000.
    expect(data.benefit.realisation).toMatchObject({
      targetToDate: '8000',
      plannedImprovement: '2000',
      percent: '150.00',
      rag: 'GREEN',
      monetisedPlannedNok: '1000000.00',
    });
    expect(data.initiative.rag).toBe('GREEN');
    expect(data.initiative.benefitPlanInForce.versionNumber).toBe(3);
    expect(data.initiative.benefitPlanVersions).toEqual([
      { versionNumber: 3, status: 'APPROVED' },
      { versionNumber: 2, status: 'REJECTED' },
      { versionNumber: 1, status: 'SUPERSEDED' },
    ]);
    expect(data.initiative.benefitPlanDeviations).toEqual([]);
    expect(data.benefit.deviatesFromPlan).toBe(false);
    // nothing to approve when the benefits are as in force
    expect(errorCode(await owner(PROPOSE, { id: initiativeId, reason: 'Igjen' }))).toBe('CONFLICT');
  });

  it('does not count a benefit added after the approval until a new version is approved', async () => {
    const added = await aBenefit(owner, {
      initiativeId,
      title: 'Ny gevinst',
      category: 'OTHER_PUBLIC_SECTOR',
      receivingOrganisationId: (await organisationIds(t.gql, { oslo: '958935420' })).oslo,
      owner: { name: 'Kari Nordmann' },
      indicator: { name: 'Timer', unit: 'timer', direction: 'DECREASE' },
      baseline: { date: '2024-01-01', value: '100' },
      targets: [{ date: '2026-01-01', value: '50' }],
      valuePerUnit: '500',
    });
    // No measurement: counted, it would be RED (0 of 50 hours) and turn the initiative RED.
    const data = await figures();
    expect(data.initiative.rag).toBe('GREEN');
    expect(data.initiative.benefitPlanDeviations).toMatchObject([
      { benefitId: added.id, kind: 'BENEFIT_ADDED', changedBy: 'eier@demo.gevinst.no' },
    ]);
  });
});
