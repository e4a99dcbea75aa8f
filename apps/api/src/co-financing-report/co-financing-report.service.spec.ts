import { Role } from '@gevinst/domain';
import { AppError } from '../common/errors.js';
import { todayInNorway, yearOf } from '../common/today.js';
import type { CostItemRepository } from '../cost-item/cost-item.repository.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { CoFinancingReportRepository } from './co-financing-report.repository.js';
import { CoFinancingReportService } from './co-financing-report.service.js';
import { actorOf } from '../testing/fakes.js';

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
function setup() {
  const reads: string[] = [];
  const initiative = {
    id: INITIATIVE,
    code: 'DEMO-X',
    ownerId: OWNER,
    ministryId: MINISTRY,
    endDate: '2024-12-31',
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
          { year: 2025, category: 'OPERATION', planned: '300000.00', actual: null },
        ].filter((row) => row.year <= upTo),
      );
    },
  } as unknown as CostItemRepository;
  const service = new CoFinancingReportService(reports, initiatives, organisations, costItems);
  return { service, reads };
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
        category: null,
        plannedNok: '1200000.00',
        actualNok: '1350000.00',
      }),
    ]);
    expect(report).toMatchObject({
      totalPlannedNok: '1200000.00',
      totalActualNok: '1350000.00',
      coFinancingGrantNok: '2000000.00',
      isFinalReport: true,
      periodEnd: '2024-12-31',
      asOf: '2024-12-31',
      ownerName: 'Eier',
      ministryName: 'Departement',
      benefits: [],
    });
    // Every cost year is read (the analysis period runs to the last one); the accounts stop at 2024.
    expect(reads).toContain('cost items up to 2200');
  });
});
