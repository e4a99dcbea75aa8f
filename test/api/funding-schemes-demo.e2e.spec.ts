import { initiativeIdsByCode, queryData } from './support/graphql.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Issue 15's "done when", on the demo as it starts: the co-financing call's approval of DEMO-MEDFIN-TOLK froze
 * its binding benefits plan (version 1), a later target change shows as a deviation and leaves the realisation
 * measured against version 1, and the co-financing report states that version. (The other points — the key
 * comparison, the ranking, the report's reconciliation and take-out, the DigiFin ledger — have their own specs:
 * key-comparison, co-financing-applications, co-financing-reports, digifin-ledger.)
 */
describe('the funding schemes on the demo: the approved application froze the plan it is measured against', () => {
  let t: TestApp;
  let secretariat: Gql;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretariat = await t.as('sekretariat@demo.gevinst.no');
    ids = await initiativeIdsByCode(t.gql);
  });
  afterAll(() => t.close());

  it('DEMO-MEDFIN-TOLK: approved in the 2024 call, its plan version 1 in force, the lowered target a deviation', async () => {
    const data = await queryData(
      secretariat,
      `query($id: ID!) { initiative(id: $id) {
         coFinancingApplications { status call { year } }
         benefitPlanInForce { versionNumber status approvedAt }
         benefitPlanVersions { versionNumber status }
         benefitPlanDeviations { title kind field targetDate from to changedBy reason }
         benefits { id title deviatesFromPlan targets { date value }
           realisation(asOf: "2026-07-01") { percent rag plannedImprovement improvement } }
       } }`,
      { id: ids['DEMO-MEDFIN-TOLK'] },
    );
    const initiative = data.initiative;
    expect(initiative.coFinancingApplications).toEqual([{ status: 'APPROVED', call: { year: 2024 } }]);
    expect(initiative.benefitPlanVersions).toEqual([{ versionNumber: 1, status: 'APPROVED' }]);
    expect(initiative.benefitPlanInForce).toMatchObject({ versionNumber: 1, status: 'APPROVED' });
    // Dated to the story's approval day (15 March 2024, Norwegian time).
    expect(initiative.benefitPlanInForce.approvedAt).toBe('2024-03-15T11:00:00.000Z');
    expect(initiative.benefitPlanDeviations).toEqual([
      {
        title: 'Mindre tid til tolkebestilling i NAV',
        kind: 'FIELD_CHANGED',
        field: 'target',
        targetDate: '2026-06-30',
        from: '32000',
        to: '38000',
        changedBy: expect.any(String),
        reason: expect.stringContaining('halvt år senere'),
      },
    ]);
    const nav = initiative.benefits.find(
      (b: { title: string }) => b.title === 'Mindre tid til tolkebestilling i NAV',
    );
    expect(nav.deviatesFromPlan).toBe(true);
    expect(nav.targets).toContainEqual({ date: '2026-06-30', value: '38000' });
    // Measured against version 1: baseline 64 000 hours, target 32 000 on 30 June 2026, measured 45 500:
    // (64 000 − 45 500) / (64 000 − 32 000) = 18 500 / 32 000 = 57.81 % → RED (the edited plan would give
    // 18 500 / 26 000 = 71.15 %).
    expect(nav.realisation).toMatchObject({
      plannedImprovement: '32000',
      improvement: '18500',
      percent: '57.81',
      rag: 'RED',
    });
  });

  it('the 2025 co-financing report of DEMO-MEDFIN-TOLK states the plan version it measures against', async () => {
    const report = await queryData(
      t.gql,
      `query($id: ID!) { coFinancingReport(initiativeId: $id, year: 2025) { benefitPlanVersion } }`,
      { id: ids['DEMO-MEDFIN-TOLK'] },
    );
    expect(report.coFinancingReport.benefitPlanVersion).toBe(1);
    // A DigiFin initiative has no co-financing report: a clear refusal, not an empty report.
    const refused = await t.gql(
      `query($id: ID!) { coFinancingReport(initiativeId: $id, year: 2025) { benefitPlanVersion } }`,
      { id: ids['DEMO-DIGIFIN-HELSESTASJON'] },
    );
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(errorCode(refused));
  });
});
