import { Role } from '@gevinst/domain';
import { AppError } from '../common/errors.js';
import { todayInNorway, yearOf } from '../common/today.js';
import type { CostItemRepository } from '../cost-item/cost-item.repository.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { CoFinancingReportRepository } from './co-financing-report.repository.js';
import type { BenefitPlanService } from '../benefit-plan/benefit-plan.service.js';
import { CoFinancingReportService } from './co-financing-report.service.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const OWNER = '11111111-1111-4111-8111-111111111111';
const MINISTRY = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';
const INITIATIVE = '44444444-4444-4444-8444-444444444444';

const actor = (organisationId: string, roles: Role[]) =>
  actorOf(organisationId, roles, {
    userId: '55555555-5555-4555-8555-555555555555',
    email: 'x@demo.gevinst.no',
    name: 'X',
  });

/**
 * The service on in-memory repositories: an initiative of OWNER under MINISTRY with a co-financing grant
 * of 2,000,000 and cost items in 2024 (development over its plan, licences on plan) and 2025. Every read
 * is logged.
 */
function setup(options: { grant?: boolean; submitted?: number[] } = {}) {
  const reads: string[] = [];
  const grant = options.grant ?? true;
  const submitted = new Map<
    number,
    { year: number; kind: string; submittedAt: Date; submittedByName: string }
  >(
    (options.submitted ?? []).map((year) => [
      year,
      { year, kind: 'ANNUAL', submittedAt: new Date('2025-02-20T10:00:00Z'), submittedByName: 'Eva Eier' },
    ]),
  );
  const initiative = {
    id: INITIATIVE,
    code: 'DEMO-X',
    ownerId: OWNER,
    ministryId: MINISTRY,
    endDate: '2024-12-31',
    preProjectRunningCost: '100000.00',
  } as unknown as InitiativeEntity;
  const initiatives = {
    findById: (id: string) => (
      reads.push('initiative'),
      Promise.resolve(id === INITIATIVE ? initiative : null)
    ),
  } as unknown as InitiativeRepository;
  const reports = {
    namesAndGrant: () => (
      reads.push('names'),
      Promise.resolve({ owner: 'Eier', ministry: 'Departement', grant: '2000000.00' })
    ),
    benefitsOf: () => (reads.push('benefits'), Promise.resolve([])),
    ownerReportsOf: () => (reads.push('owner reports'), Promise.resolve(new Map())),
    calculatorsOf: () => (reads.push('calculators'), Promise.resolve(new Map())),
    firstGrantYear: () => (reads.push('first grant year'), Promise.resolve(grant ? 2023 : null)),
    grantByYear: () =>
      Promise.resolve(
        grant
          ? [
              { year: 2023, planned: '800000.00', received: '800000.00' },
              { year: 2024, planned: '1200000.00', received: '1000000.00' },
            ]
          : [],
      ),
    ownBudgets: () => Promise.resolve([]),
    submission: (_id: string, year: number) => Promise.resolve(submitted.get(year) ?? null),
    insertSubmission: (fields: { year: number; kind: string; submittedByName: string }) => {
      reads.push(`insert ${fields.year} ${fields.kind}`);
      return Promise.resolve({ ...fields, submittedAt: new Date('2026-01-10T09:00:00Z') });
    },
  } as unknown as CoFinancingReportRepository;
  const organisations = {
    namesOf: (ids: string[]) => (reads.push(`names of ${ids.length}`), Promise.resolve(new Map())),
  } as unknown as OrganisationRepository;
  const costItems = {
    sumsByYearAndCategory: (_id: string, upTo: number) => {
      reads.push(`cost items up to ${upTo}`);
      return Promise.resolve(
        [
          { year: 2024, category: 'DEVELOPMENT', planned: '1000000.00', actual: '1150000.00' },
          { year: 2024, category: 'LICENCE', planned: '200000.00', actual: '200000.00' },
          { year: 2024, category: 'OPERATION', planned: '250000.00', actual: '260000.00' },
          { year: 2025, category: 'OPERATION', planned: '300000.00', actual: null },
        ].filter((row) => row.year <= upTo),
      );
    },
  } as unknown as CostItemRepository;
  const { mutations, audited } = fakeMutations();
  // No approved benefits plan in these scenarios (the plan's own e2e covers the version).
  const plans = { inForce: () => Promise.resolve(null) } as unknown as BenefitPlanService;
  const service = new CoFinancingReportService(
    reports,
    initiatives,
    organisations,
    costItems,
    mutations,
    plans,
  );
  return { service, reads, audited };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('CoFinancingReportService', () => {
  it.each([
    ['a user of another organisation', actor(OTHER, [Role.INITIATIVE_OWNER])],
    ['a portfolio reviewer of another ministry', actor(OTHER, [Role.PORTFOLIO_REVIEWER])],
  ])('refuses %s before reading any figure', async (_who, who) => {
    const { service, reads } = setup();
    const error = await refusal(service.report(who, INITIATIVE, 2024));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'The co-financing report of DEMO-X is for the owner organisation, the portfolio reviewers of its ministry and administrators',
    );
    expect(reads).toEqual(['initiative']);
  });

  it('lets the owner organisation, the ministry’s reviewers and administrators read it', async () => {
    const { service } = setup();
    for (const who of [
      actor(OWNER, [Role.READER]),
      actor(MINISTRY, [Role.PORTFOLIO_REVIEWER]),
      actor(OTHER, [Role.ADMIN]),
    ])
      await expect(service.report(who, INITIATIVE, 2024)).resolves.toMatchObject({ year: 2024 });
  });

  it('refuses a year that has not begun, or before the first planning year, naming the field', async () => {
    const { service, reads } = setup();
    const owner = actor(OWNER, [Role.INITIATIVE_OWNER]);
    const thisYear = yearOf(todayInNorway());
    const future = await refusal(service.report(owner, INITIATIVE, thisYear + 1));
    expect(future.code).toBe('BAD_USER_INPUT');
    expect(future.extensions.problems).toEqual([
      {
        field: 'year',
        message: `must be a year from 1990 to ${thisYear}: the report covers a year that has begun (got ${thisYear + 1})`,
        reason: 'REPORT_YEAR_BEGUN',
        params: { min: 1990, max: thisYear, got: String(thisYear + 1) },
      },
    ]);
    expect(await refusal(service.report(owner, INITIATIVE, 1989))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(reads).toEqual(['initiative', 'initiative']);
  });

  it('answers NOT_FOUND for an unknown initiative and BAD_USER_INPUT for a malformed id', async () => {
    const { service } = setup();
    const owner = actor(OWNER, [Role.ADMIN]);
    expect(await refusal(service.report(owner, OTHER, 2024))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(service.report(owner, 'nope', 2024))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('sums planned and actual per year up to the report year and flags deviations above 10 %', async () => {
    const { service, reads } = setup();
    const report = await service.report(actor(OWNER, [Role.READER]), INITIATIVE, 2024);
    // 2024: development 1,000,000 → 1,150,000 (+15 %), licences 200,000 on plan, operation 250,000 →
    // 260,000 (+4 %); the year 1,450,000 → 1,610,000.
    expect(report.accounts).toEqual([
      expect.objectContaining({
        year: 2024,
        category: 'DEVELOPMENT',
        deviationNok: '150000.00',
        deviationPercent: '15.00',
        flagged: true,
      }),
      expect.objectContaining({ year: 2024, category: 'LICENCE', deviationNok: '0.00', flagged: false }),
      expect.objectContaining({
        year: 2024,
        category: 'OPERATION',
        deviationPercent: '4.00',
        flagged: false,
      }),
      expect.objectContaining({
        year: 2024,
        category: null,
        plannedNok: '1450000.00',
        actualNok: '1610000.00',
      }),
    ]);
    expect(report).toMatchObject({
      totalPlannedNok: '1450000.00',
      totalActualNok: '1610000.00',
      coFinancingGrantNok: '2000000.00',
      isFinalReport: true,
      kind: 'FINAL',
      benefitPlanVersion: null,
      submission: null,
      periodEnd: '2024-12-31',
      asOf: '2024-12-31',
      ownerName: 'Eier',
      ministryName: 'Departement',
      benefits: [],
    });
    // Every cost year is read (the analysis period runs to the last one); the accounts stop at 2024.
    expect(reads).toContain('cost items up to 2200');
  });

  it('refuses an initiative without a co-financing grant with BAD_USER_INPUT naming it', async () => {
    const { service } = setup({ grant: false });
    const error = await refusal(service.report(actor(OWNER, [Role.READER]), INITIATIVE, 2024));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      expect.objectContaining({
        field: 'initiativeId',
        reason: 'NOT_CO_FINANCED',
        params: { code: 'DEMO-X' },
      }),
    ]);
  });

  it('reconciles the grant with the accounts and nets the running costs above the pre-project level', async () => {
    const { service } = setup();
    const report = await service.report(actor(OWNER, [Role.READER]), INITIATIVE, 2024);
    // 2023: grant 800,000 received, no cost item: share 100 %, no actual → used 0, unused 800,000.
    // 2024: grant 1,200,000 of planned 1,450,000 = 82.76 %; actual 1,610,000 × 1,200,000 / 1,450,000 =
    // 1,332,413.79…; received 1,000,000 → used 1,000,000, unused 0; received −16.67 % of planned → flagged.
    expect(
      report.grantReconciliation.years.map((y) => [
        y.year,
        y.grantSharePercent,
        y.grantUsedNok,
        y.grantUnusedNok,
        y.grantFlagged,
      ]),
    ).toEqual([
      [2023, '100.00', '0.00', '800000.00', false],
      [2024, '82.76', '1000000.00', '0.00', true],
    ]);
    // Totals: grant 2,000,000 of planned 1,450,000 → 100 %; used 1,000,000, unused 800,000.
    expect(report.grantReconciliation.total).toMatchObject({
      year: null,
      grantPlannedNok: '2000000.00',
      grantReceivedNok: '1800000.00',
      grantSharePercent: '100.00',
      grantUsedNok: '1000000.00',
      grantUnusedNok: '800000.00',
    });
    // No benefits; O&M 2024 250,000 planned (260,000 actual) against the pre-project level 100,000:
    // increase 150,000 (160,000); net −150,000 (−160,000) → take-out 0.
    expect(report.budgetTakeOut.planned).toEqual({
      grossBenefitNok: '0.00',
      disBenefitNok: '0.00',
      runningCostNok: '250000.00',
      runningCostIncreaseNok: '150000.00',
      netNok: '-150000.00',
      takeOutNok: '0.00',
    });
    expect(report.budgetTakeOut.realised).toMatchObject({
      runningCostIncreaseNok: '160000.00',
      takeOutNok: '0.00',
    });
    expect(report.budgetTakeOut.agencies).toEqual([
      expect.objectContaining({ organisationId: OWNER, isOwner: true, budgetChapter: null }),
    ]);
  });

  it('marks a report submitted once, for a year it owes and that is over, by the owner only (audited)', async () => {
    const { service, reads, audited } = setup({ submitted: [2023] });
    const owner = actor(OWNER, [Role.INITIATIVE_OWNER]);
    // The schedule: annual 2023 (first grant year), final 2024 (the end date's year).
    await expect(service.markSubmitted(owner, INITIATIVE, 2024)).resolves.toMatchObject({
      year: 2024,
      kind: 'FINAL',
    });
    expect(reads).toContain('insert 2024 FINAL');
    expect(audited).toEqual([
      expect.objectContaining({ operation: 'markCoFinancingReportSubmitted', entityId: INITIATIVE }),
    ]);
    const again = await refusal(service.markSubmitted(owner, INITIATIVE, 2023));
    expect([again.code, again.message]).toEqual([
      'CONFLICT',
      'the report for 2023 was marked submitted on 2025-02-20 by Eva Eier',
    ]);
    expect((await refusal(service.markSubmitted(owner, INITIATIVE, 2022))).extensions.problems).toEqual([
      expect.objectContaining({
        field: 'year',
        reason: 'REPORT_NOT_OWED',
        params: { code: 'DEMO-X', year: 2022, years: '2023–2024' },
      }),
    ]);
    expect((await refusal(service.markSubmitted(actor(OWNER, [Role.READER]), INITIATIVE, 2024))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await refusal(service.markSubmitted(actor(MINISTRY, [Role.PORTFOLIO_REVIEWER]), INITIATIVE, 2024)))
        .code,
    ).toBe('FORBIDDEN');
    expect((await refusal(setup({ grant: false }).service.markSubmitted(owner, INITIATIVE, 2024))).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(audited).toHaveLength(1);
  });
});
