import { initiativeIdsByCode, queryData } from './support/graphql.js';
/**
 * The co-financing reports, the grant against the accounts, the take-out and the deadlines (issue 15) on
 * the demo portfolio (apps/api/src/database/seed/demo-portfolio.ts, demo-costs.seeder.ts,
 * demo-co-financing.ts, demo-benefits.ts). Definitions: docs/funding-schemes.md, "Co-financing: reports,
 * grant and take-out". Dates are pinned: the reports are for 2025 (over), the deadlines are read with asOf.
 */
import ExcelJS from 'exceljs';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';

let t: TestApp;
let owner: Gql & { token: string };
let reviewer: Gql & { token: string };
let bergen: Gql & { token: string };
const ids: Record<string, string> = {};

const must = queryData;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  owner = await t.as('eier@demo.gevinst.no');
  reviewer = await t.as('departement@demo.gevinst.no');
  bergen = await t.as('okonomi.bergen@demo.gevinst.no');
  Object.assign(ids, await initiativeIdsByCode(t.gql));
});
afterAll(async () => t?.close());

const REPORT = `query($id: ID!, $year: Int!) { coFinancingReport(initiativeId: $id, year: $year) {
  year kind isFinalReport dueDate asOf benefitPlanVersion coFinancingGrantNok
  submission { year kind submittedByName }
  grantReconciliation {
    years { year grantPlannedNok grantReceivedNok plannedCostNok actualCostNok grantSharePercent grantUsedNok
      grantUnusedNok costDeviationPercent costFlagged grantDeviationNok grantFlagged }
    total { year grantPlannedNok grantReceivedNok plannedCostNok actualCostNok grantSharePercent grantUsedNok
      grantUnusedNok costDeviationNok costDeviationPercent costFlagged grantFlagged }
  }
  benefits { title category plannedNok realisedNok receivingOrganisation { name } }
  budgetTakeOut {
    takeOutPercent preProjectRunningCostNok
    planned { grossBenefitNok disBenefitNok runningCostNok runningCostIncreaseNok netNok takeOutNok }
    realised { grossBenefitNok disBenefitNok runningCostNok runningCostIncreaseNok netNok takeOutNok }
    agencies { organisation { name } isOwner budgetChapter budgetPost
      planned { grossBenefitNok runningCostIncreaseNok netNok takeOutNok }
      realised { grossBenefitNok runningCostIncreaseNok netNok takeOutNok } }
    plannedInternalNetNok realisedInternalNetNok plannedTakeOutNok realisedTakeOutNok
  }
} }`;

describe('the 2025 report of DEMO-LIV-BEDRIFT (co-financed, completed 30 June 2025)', () => {
  let report: any;
  beforeAll(async () => {
    report = (await must(owner, REPORT, { id: ids['DEMO-LIV-BEDRIFT'], year: 2025 })).coFinancingReport;
  });

  it('is the final report, due 1 March 2026, not yet submitted, measured against no approved plan yet', () => {
    expect(report).toMatchObject({
      year: 2025,
      kind: 'FINAL',
      isFinalReport: true,
      dueDate: '2026-03-01',
      asOf: '2025-12-31',
      benefitPlanVersion: null,
      submission: null,
      // The grant: 6,000,000 (2022) + 6,000,000 (2023) + 3,000,000 (2024) = 15,000,000.
      coFinancingGrantNok: '15000000.00',
    });
  });

  it('reconciles the grant with the project accounts year by year', () => {
    // Cost items (planned / actual), every category:
    //   2021 3,000,000 / 2,900,000 (pre-project; no grant): share 0 %, used 0.
    //   2022 6,000,000 + 4,000,000 = 10,000,000 / 6,000,000 + 4,400,000 = 10,400,000; grant 6,000,000 =
    //        60 % of plan; 60 % × 10,400,000 = 6,240,000 > received 6,000,000 → used 6,000,000, unused 0;
    //        cost +400,000 = +4.00 % (not flagged).
    //   2023 6,000,000 + 4,000,000 + 4,000,000 = 14,000,000 / 6,100,000 + 4,200,000 + 3,800,000 =
    //        14,100,000; grant 6,000,000 / 14,000,000 = 42.857… → 42.86 %; 14,100,000 × 6/14 =
    //        6,042,857.14 > 6,000,000 → used 6,000,000; cost +100,000 / 14,000,000 = +0.71 %.
    //   2024 3,000,000 + 6,000,000 + 1,000,000 = 10,000,000 / 3,000,000 + 6,300,000 + 900,000 =
    //        10,200,000; grant 30 %; 3,060,000 > 3,000,000 → used 3,000,000; cost +2.00 %.
    //   2025 3,000,000 + 3,000,000 + 1,500,000 = 7,500,000 / 3,100,000 + 2,900,000 + 1,400,000 =
    //        7,400,000; no grant; cost −100,000 / 7,500,000 = −1.33 %.
    const line = (y: any) => [
      y.year,
      y.grantPlannedNok,
      y.plannedCostNok,
      y.actualCostNok,
      y.grantSharePercent,
      y.grantUsedNok,
      y.grantUnusedNok,
      y.costDeviationPercent,
      y.costFlagged,
      y.grantFlagged,
    ];
    expect(report.grantReconciliation.years.map(line)).toEqual([
      [2021, '0.00', '3000000.00', '2900000.00', '0.00', '0.00', '0.00', '-3.33', false, false],
      [2022, '6000000.00', '10000000.00', '10400000.00', '60.00', '6000000.00', '0.00', '4.00', false, false],
      [2023, '6000000.00', '14000000.00', '14100000.00', '42.86', '6000000.00', '0.00', '0.71', false, false],
      [2024, '3000000.00', '10000000.00', '10200000.00', '30.00', '3000000.00', '0.00', '2.00', false, false],
      [2025, '0.00', '7500000.00', '7400000.00', '0.00', '0.00', '0.00', '-1.33', false, false],
    ]);
    // Whole project: grant 15,000,000 planned and received, of planned cost 3 + 10 + 14 + 10 + 7.5 =
    // 44,500,000 → 15 / 44.5 = 33.707… → 33.71 %; actual 2.9 + 10.4 + 14.1 + 10.2 + 7.4 = 45,000,000
    // (+500,000 = +1.12 %); used 6 + 6 + 3 = 15,000,000, nothing unused.
    expect(report.grantReconciliation.total).toEqual({
      year: null,
      grantPlannedNok: '15000000.00',
      grantReceivedNok: '15000000.00',
      plannedCostNok: '44500000.00',
      actualCostNok: '45000000.00',
      grantSharePercent: '33.71',
      grantUsedNok: '15000000.00',
      grantUnusedNok: '0.00',
      costDeviationNok: '500000.00',
      costDeviationPercent: '1.12',
      costFlagged: false,
      grantFlagged: false,
    });
  });

  it('nets the take-out against the running costs above the pre-project level, per agency and chapter/post', () => {
    // The internal budget-releasing benefit: "Utfasing av gammel registreringsløsning" (Brønnøysundregistrene,
    // 1 NOK per krone, baseline 4,200,000), valued as the year's time-weighted average improvement (a day d
    // stands for [d, d + 1); cost-model valuation.ts). Day 0 = 31 Dec 2024, day 365 = 31 Dec 2025; the year
    // is days 1–366.
    // Planned: the target line from 1,000,000 (improvement 3,200,000) at day 0 to 0 (4,200,000) at day 365,
    // flat after: ∫ = 364 × 3,200,000 + 1,000,000 × (365² − 1)/(2 × 365) + 1 × 4,200,000
    //   = 1,164,800,000 + 182,498,630.14 + 4,200,000 = 1,351,498,630.14; / 365 = 3,702,735.97.
    // Realised: the measurements 1,400,000 (2,800,000) at day 0 and 300,000 (3,900,000) at day 365:
    //   ∫ = 364 × 2,800,000 + 1,100,000 × 133,224/730 + 3,900,000 = 1,019,200,000 + 200,748,493.15 +
    //   3,900,000 = 1,223,848,493.15; / 365 = 3,353,009.57.
    const lisens = report.benefits.find((b: any) => b.title === 'Utfasing av gammel registreringsløsning');
    expect(lisens).toMatchObject({
      category: 'BUDGET_RELEASING',
      plannedNok: '3702735.97',
      realisedNok: '3353009.57',
      receivingOrganisation: { name: 'Brønnøysundregistrene' },
    });
    // Running costs 2025 (OPERATION + MAINTENANCE): planned 3,000,000 + 1,500,000 = 4,500,000, actual
    // 2,900,000 + 1,400,000 = 4,300,000; pre-project level 2,500,000 → increase 2,000,000 / 1,800,000.
    // Net planned 3,702,735.97 − 2,000,000 = 1,702,735.97 → 50 % = 851,367.985 → 851,367.99;
    // net realised 3,353,009.57 − 1,800,000 = 1,553,009.57 → 50 % = 776,504.785 → 776,504.79.
    const owners = {
      grossBenefitNok: '3702735.97',
      disBenefitNok: '0.00',
      runningCostNok: '4500000.00',
      runningCostIncreaseNok: '2000000.00',
      netNok: '1702735.97',
      takeOutNok: '851367.99',
    };
    expect(report.budgetTakeOut).toMatchObject({
      takeOutPercent: '50',
      preProjectRunningCostNok: '2500000.00',
      planned: owners,
      realised: {
        grossBenefitNok: '3353009.57',
        disBenefitNok: '0.00',
        runningCostNok: '4300000.00',
        runningCostIncreaseNok: '1800000.00',
        netNok: '1553009.57',
        takeOutNok: '776504.79',
      },
      plannedInternalNetNok: '1702735.97',
      realisedInternalNetNok: '1553009.57',
      plannedTakeOutNok: '851367.99',
      realisedTakeOutNok: '776504.79',
    });
    // Brønnøysundregistrene (kap. 0904 post 01) takes it all; Skatteetaten (kap. 1618 post 01, an own-budget
    // funder) has no budget-releasing benefit and bears no running cost: 0.
    expect(report.budgetTakeOut.agencies).toEqual([
      {
        organisation: { name: 'Brønnøysundregistrene' },
        isOwner: true,
        budgetChapter: '0904',
        budgetPost: '01',
        planned: {
          grossBenefitNok: '3702735.97',
          runningCostIncreaseNok: '2000000.00',
          netNok: '1702735.97',
          takeOutNok: '851367.99',
        },
        realised: {
          grossBenefitNok: '3353009.57',
          runningCostIncreaseNok: '1800000.00',
          netNok: '1553009.57',
          takeOutNok: '776504.79',
        },
      },
      {
        organisation: { name: 'Skatteetaten' },
        isOwner: false,
        budgetChapter: '1618',
        budgetPost: '01',
        planned: {
          grossBenefitNok: '0.00',
          runningCostIncreaseNok: '0.00',
          netNok: '0.00',
          takeOutNok: '0.00',
        },
        realised: {
          grossBenefitNok: '0.00',
          runningCostIncreaseNok: '0.00',
          netNok: '0.00',
          takeOutNok: '0.00',
        },
      },
    ]);
  });

  it('exports the same report as a workbook with the grant and take-out sheets', async () => {
    const response = await fetch(
      `${t.url}/api/exports/co-financing-report.xlsx?initiativeId=${ids['DEMO-LIV-BEDRIFT']}&year=2025`,
      { headers: { authorization: `Bearer ${owner.token}` } },
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Sammendrag',
      'Prosjektregnskap',
      'Gevinster',
      'Tilskudd mot regnskap',
      'Uttak',
    ]);
    expect(workbook.getWorksheet('Sammendrag')!.getRow(1).getCell(1).value).toBe(
      'Sluttrapport til medfinansieringsordningen 2025',
    );
    const takeOut = workbook.getWorksheet('Uttak')!;
    expect(takeOut.getRow(2).values).toEqual([
      undefined,
      'Brønnøysundregistrene',
      '0904',
      '01',
      3702735.97,
      0,
      2000000,
      1702735.97,
      851367.99,
      3353009.57,
      0,
      1800000,
      1553009.57,
      776504.79,
    ]);
    const grant = workbook.getWorksheet('Tilskudd mot regnskap')!;
    expect(grant.getRow(7).values).toEqual([
      undefined,
      'Sum',
      15000000,
      15000000,
      44500000,
      45000000,
      33.71,
      15000000,
      0,
      1.12,
      'Nei',
      0,
      'Nei',
    ]);
  });
});

describe('only co-financed initiatives have co-financing reports', () => {
  it('refuses a DigiFin initiative with BAD_USER_INPUT NOT_CO_FINANCED on GraphQL, in both languages', async () => {
    // DEMO-DIGIFIN-HELSESTASJON: DigiFin and Bergen's own budget, no CO_FINANCING source.
    const res = await t.gql(REPORT, { id: ids['DEMO-DIGIFIN-HELSESTASJON'], year: 2025 });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          field: 'initiativeId',
          reason: 'NOT_CO_FINANCED',
          message:
            'DEMO-DIGIFIN-HELSESTASJON is not co-financed (its funding plan has no CO_FINANCING source with a planned amount above 0): the co-financing reports are for co-financed initiatives only',
        },
      ],
    });
    const nb = await t.gql(REPORT, { id: ids['DEMO-DIGIFIN-FIKS'], year: 2025 }, { 'accept-language': 'nb' });
    expect(nb.errors![0].extensions!.problems[0].message).toBe(
      'DEMO-DIGIFIN-FIKS er ikke medfinansiert (finansieringsplanen har ingen kilde CO_FINANCING med planlagt beløp over 0): medfinansieringsrapportene gjelder bare medfinansierte tiltak',
    );
  });

  it('refuses it on the HTTP export with 400 and the same code', async () => {
    const response = await fetch(
      `${t.url}/api/exports/co-financing-report.xlsx?initiativeId=${ids['DEMO-DIGIFIN-HELSESTASJON']}&year=2025`,
      { headers: { authorization: `Bearer ${bergen.token}` } },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'initiativeId',
      problems: [expect.objectContaining({ field: 'initiativeId', reason: 'NOT_CO_FINANCED' })],
    });
  });

  it('still answers FORBIDDEN before saying whether someone else’s initiative is co-financed', async () => {
    expect(
      (await bergen(REPORT, { id: ids['DEMO-LIV-BEDRIFT'], year: 2025 })).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
  });
});

const DEADLINES = `query($asOf: LocalDate, $overdueOnly: Boolean) {
  coFinancingReportDeadlines(asOf: $asOf, overdueOnly: $overdueOnly) {
    code overdueCount initiative { code }
    nextDue { year kind dueDate overdue }
    reports { year kind dueDate overdue submission { submittedByName } }
  } }`;

describe('report deadlines', () => {
  it('shows the owner its co-financed initiative’s reports, the final one overdue after 1 March 2026', async () => {
    // DEMO-LIV-BEDRIFT: first grant 2022, completed 2025 → annual 2022–2024 (submitted in the demo) and the
    // final report for 2025, due 2026-03-01.
    const late = (await must(owner, DEADLINES, { asOf: '2026-06-30' })).coFinancingReportDeadlines;
    expect(late.map((d: any) => d.code)).toEqual(['DEMO-LIV-BEDRIFT']);
    expect(late[0]).toMatchObject({
      overdueCount: 1,
      initiative: { code: 'DEMO-LIV-BEDRIFT' },
      nextDue: { year: 2025, kind: 'FINAL', dueDate: '2026-03-01', overdue: true },
    });
    expect(late[0].reports.map((r: any) => [r.year, r.kind, r.overdue, r.submission !== null])).toEqual([
      [2022, 'ANNUAL', false, true],
      [2023, 'ANNUAL', false, true],
      [2024, 'ANNUAL', false, true],
      [2025, 'FINAL', true, false],
    ]);
    // On 1 March 2026 it is due, not yet overdue; on 2 March it is.
    const onTheDay = (await must(owner, DEADLINES, { asOf: '2026-03-01' })).coFinancingReportDeadlines;
    expect(onTheDay[0]).toMatchObject({ overdueCount: 0, nextDue: { year: 2025, overdue: false } });
    const dayAfter = (await must(owner, DEADLINES, { asOf: '2026-03-02', overdueOnly: true }))
      .coFinancingReportDeadlines;
    expect(dayAfter.map((d: any) => [d.code, d.overdueCount])).toEqual([['DEMO-LIV-BEDRIFT', 1]]);
  });

  it('shows the ministry’s reviewer its ministry’s co-financed initiatives and their overdue reports', async () => {
    // Kommunal- og distriktsdepartementet: DEMO-DIGIFIN-BYGGESAK (grants 2023–2025, ends 2027) has the
    // annual reports 2023 and 2024 in, 2025's (due 2026-03-01) not. DEMO-DIGIFIN-FIKS is not co-financed.
    const rows = (await must(reviewer, DEADLINES, { asOf: '2026-06-30' })).coFinancingReportDeadlines;
    expect(rows.map((d: any) => [d.code, d.overdueCount, d.nextDue])).toEqual([
      ['DEMO-DIGIFIN-BYGGESAK', 1, { year: 2025, kind: 'ANNUAL', dueDate: '2026-03-01', overdue: true }],
    ]);
    // The administrator sees every co-financed demo initiative.
    const all = (await must(t.gql, DEADLINES, { asOf: '2026-06-30' })).coFinancingReportDeadlines;
    expect(all.map((d: any) => [d.code, d.overdueCount])).toEqual([
      ['DEMO-DIGIFIN-BYGGESAK', 1],
      ['DEMO-LIV-BEDRIFT', 1],
      ['DEMO-LIV-DODSFALL', 0],
      ['DEMO-MEDFIN-TOLK', 0],
    ]);
    // A finance officer of Bergen owns no co-financed initiative: none.
    expect((await must(bergen, DEADLINES, { asOf: '2026-06-30' })).coFinancingReportDeadlines).toEqual([]);
  });

  it('lets the owner mark the final report submitted, once, audited; then nothing is overdue', async () => {
    const MARK = `mutation($i: MarkCoFinancingReportSubmittedInput!) { markCoFinancingReportSubmitted(input: $i) {
      year kind submittedByName } }`;
    const id = ids['DEMO-LIV-BEDRIFT'];
    // Not the reviewer (another ministry's initiative anyway) nor Bergen; a year it owes no report for.
    expect((await reviewer(MARK, { i: { initiativeId: id, year: 2025 } })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const notOwed = await owner(MARK, { i: { initiativeId: id, year: 2021 } });
    expect(notOwed.errors![0].extensions!.problems[0]).toMatchObject({
      field: 'year',
      reason: 'REPORT_NOT_OWED',
    });
    const notCoFinanced = await t.gql(MARK, {
      i: { initiativeId: ids['DEMO-DIGIFIN-HELSESTASJON'], year: 2024 },
    });
    expect(notCoFinanced.errors![0].extensions!.problems[0].reason).toBe('NOT_CO_FINANCED');

    const marked = (await must(owner, MARK, { i: { initiativeId: id, year: 2025 } }))
      .markCoFinancingReportSubmitted;
    expect(marked).toMatchObject({ year: 2025, kind: 'FINAL' });
    const again = await owner(MARK, { i: { initiativeId: id, year: 2025 } });
    expect(again.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REPORT_ALREADY_SUBMITTED',
    });
    const [event] = await t.db.query(
      `SELECT operation, entity_id, after FROM audit_events WHERE operation = 'markCoFinancingReportSubmitted'`,
    );
    expect(event).toMatchObject({
      entity_id: id,
      after: { coFinancingReport: { year: 2025, kind: 'FINAL' } },
    });

    const after = (await must(owner, DEADLINES, { asOf: '2026-06-30' })).coFinancingReportDeadlines;
    expect(after[0]).toMatchObject({ overdueCount: 0, nextDue: null });
    const report = (await must(owner, REPORT, { id, year: 2025 })).coFinancingReport;
    expect(report.submission).toMatchObject({
      year: 2025,
      kind: 'FINAL',
      submittedByName: marked.submittedByName,
    });
  });
});

describe('StimuLab support in kind', () => {
  it('shows DEMO-LIV-SYKTBARN’s StimuLab source as in kind in the sources and the funding plan', async () => {
    const data = await must(
      t.gql,
      `query($id: ID!) { initiative(id: $id) {
        fundingSources { year scheme plannedAmount inKind inKindDescription }
        fundingPlan { sources { scheme plannedAmount inKind inKindDescriptions } } } }`,
      { id: ids['DEMO-LIV-SYKTBARN'] },
    );
    expect(data.initiative.fundingSources.filter((s: any) => s.scheme === 'STIMULAB')).toEqual([
      { year: 2022, scheme: 'STIMULAB', plannedAmount: '1000000.00', inKind: false, inKindDescription: null },
      {
        year: 2023,
        scheme: 'STIMULAB',
        plannedAmount: '3000000.00',
        inKind: true,
        inKindDescription: 'Tjenestedesign fra StimuLab-teamet, 400 timer (innsikt og prototyper)',
      },
    ]);
    expect(data.initiative.fundingPlan.sources.find((s: any) => s.scheme === 'STIMULAB')).toEqual({
      scheme: 'STIMULAB',
      plannedAmount: '4000000.00',
      inKind: true,
      inKindDescriptions: ['2023: Tjenestedesign fra StimuLab-teamet, 400 timer (innsikt og prototyper)'],
    });
  });
});

describe('the funding plan’s budget chapter/post, in-kind support and the pre-project running cost', () => {
  const UPDATE = `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) {
    version preProjectRunningCost fundingSources { year scheme budgetChapter budgetPost inKind inKindDescription } } }`;
  const current = async (id: string) =>
    (await must(t.gql, `query($id: ID!) { initiative(id: $id) { version } }`, { id })).initiative.version;

  it('refuses a chapter or post that is not the state budget’s numbering, and one on a grant, saving nothing', async () => {
    const id = ids['DEMO-LIV-JOBB'];
    const version = await current(id);
    const res = await owner(UPDATE, {
      i: {
        id,
        version,
        preProjectRunningCost: '-1',
        fundingSources: [
          { year: 2025, scheme: 'OWN_BUDGET', amount: '100', budgetChapter: '605', budgetPost: '1' },
          { year: 2025, scheme: 'OWN_BUDGET', amount: '100', budgetChapter: '0605' },
          { year: 2025, scheme: 'CO_FINANCING', amount: '100', budgetChapter: '0605', budgetPost: '01' },
          { year: 2025, scheme: 'DIGIFIN', amount: '100', inKindDescription: 'rådgivning' },
        ],
      },
    });
    // The owner persona (Brønnøysundregistrene) may not edit NAV's initiative: the administrator tries.
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const refused = await t.gql(UPDATE, {
      i: {
        id,
        version,
        preProjectRunningCost: '-1',
        fundingSources: [
          { year: 2025, scheme: 'OWN_BUDGET', amount: '100', budgetChapter: '605', budgetPost: '1' },
          { year: 2025, scheme: 'OWN_BUDGET', amount: '100', budgetChapter: '0605' },
          { year: 2025, scheme: 'CO_FINANCING', amount: '100', budgetChapter: '0605', budgetPost: '01' },
          { year: 2025, scheme: 'DIGIFIN', amount: '100', inKindDescription: 'rådgivning' },
        ],
      },
    });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.problems.map((p: any) => [p.field, p.reason]).sort()).toEqual(
      [
        ['preProjectRunningCost', expect.any(String)],
        ['fundingSources[0].budgetChapter', 'BUDGET_CHAPTER'],
        ['fundingSources[0].budgetPost', 'BUDGET_POST'],
        ['fundingSources[1].budgetPost', 'BUDGET_POST_NEEDS_CHAPTER'],
        ['fundingSources[2].budgetChapter', 'BUDGET_ACCOUNT_OWN_BUDGET'],
        ['fundingSources[3].inKindDescription', 'IN_KIND_STIMULAB_ONLY'],
        // NAV is a state agency: DigiFin money may not go to it (the schemes' eligibility, issue 15).
        ['fundingSources[3].scheme', 'DIGIFIN_NEEDS_LOCAL_OWNER'],
      ].sort(),
    );
    expect(await current(id)).toBe(version);
  });

  it('stores a chapter and post on an own budget, StimuLab support in kind with 0 NOK, and the level', async () => {
    const id = ids['DEMO-LIV-BEDRIFT'];
    const saved = (
      await must(owner, UPDATE, {
        i: {
          id,
          version: await current(id),
          preProjectRunningCost: '2600000',
          fundingSources: [
            { year: 2024, scheme: 'CO_FINANCING', amount: '3000000', receivedAmount: '3000000' },
            {
              year: 2025,
              scheme: 'OWN_BUDGET',
              amount: '7500000',
              budgetChapter: ' 0904 ',
              budgetPost: '01',
            },
            { year: 2026, scheme: 'STIMULAB', amount: '0', inKindDescription: 'tjenestedesign, 400 timer' },
          ],
        },
      })
    ).updateInitiative;
    expect(saved.preProjectRunningCost).toBe('2600000.00');
    expect(saved.fundingSources).toEqual([
      {
        year: 2024,
        scheme: 'CO_FINANCING',
        budgetChapter: null,
        budgetPost: null,
        inKind: false,
        inKindDescription: null,
      },
      {
        year: 2025,
        scheme: 'OWN_BUDGET',
        budgetChapter: '0904',
        budgetPost: '01',
        inKind: false,
        inKindDescription: null,
      },
      {
        year: 2026,
        scheme: 'STIMULAB',
        budgetChapter: null,
        budgetPost: null,
        inKind: true,
        inKindDescription: 'tjenestedesign, 400 timer',
      },
    ]);
    const [event] = await t.db.query(
      `SELECT after FROM audit_events WHERE operation = 'updateInitiative' AND entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [id],
    );
    expect(event.after.fundingSources[2]).toMatchObject({ inKindDescription: 'tjenestedesign, 400 timer' });
  });
});
