import { RagStatus, Role } from '@gevinst/domain';
import type { BenefitEntity } from '../benefit/benefit.entity.js';
import type { BenefitRepository } from '../benefit/benefit.repository.js';
import { AppError, staleVersion } from '../common/errors.js';
import { todayInNorway, yearOf } from '../common/today.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import type { BenefitOwnerReportEntity } from './benefit-owner-report.entity.js';
import type { BenefitOwnerReportRepository, OwnerReportFields } from './benefit-owner-report.repository.js';
import { BenefitOwnerReportService } from './benefit-owner-report.service.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const RECEIVER_ORG = '22222222-2222-4222-8222-222222222222';
const OTHER_ORG = '33333333-3333-4333-8333-333333333333';
const INITIATIVE = '44444444-4444-4444-8444-444444444444';
const BENEFIT = '55555555-5555-4555-8555-555555555555';

const actor = (organisationId: string, roles: Role[]) =>
  actorOf(organisationId, roles, { email: 'gevinsteier@demo.gevinst.no', name: 'Gevinsteier' });
const receiver = actor(RECEIVER_ORG, [Role.INITIATIVE_OWNER]);
const outsider = actor(OTHER_ORG, [Role.INITIATIVE_OWNER]);
const reader = actor(RECEIVER_ORG, [Role.READER]);

/** The service on in-memory repositories: a benefit received by RECEIVER_ORG with a 2024 report at version 2. */
function setup() {
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  const benefit = {
    id: BENEFIT,
    initiativeId: INITIATIVE,
    title: 'Kortere saksbehandling',
    receivingOrganisationId: RECEIVER_ORG,
  } as BenefitEntity;
  const reports = new Map<number, BenefitOwnerReportEntity>([
    [
      2024,
      {
        id: 'report-2024',
        benefitId: BENEFIT,
        year: 2024,
        assessment: RagStatus.AMBER,
        comment: 'Forsinket',
        version: 2,
      } as BenefitOwnerReportEntity,
    ],
  ]);
  const writes: string[] = [];
  const repository = {
    findForUpdate: (_benefitId: string, year: number) => Promise.resolve(reports.get(year) ?? null),
    insert: (benefitId: string, year: number, fields: OwnerReportFields) => {
      writes.push('insert');
      const report = {
        ...fields,
        id: `report-${year}`,
        benefitId,
        year,
        version: 1,
      } as BenefitOwnerReportEntity;
      reports.set(year, report);
      return Promise.resolve(report);
    },
    updateAtVersion: (id: string, version: number, fields: OwnerReportFields) => {
      const current = [...reports.values()].find((report) => report.id === id)!;
      if (current.version !== version)
        return Promise.reject(staleVersion('Benefit owner report', undefined, version));
      writes.push('update');
      const after = { ...current, ...fields, version: version + 1 };
      reports.set(current.year, after);
      return Promise.resolve(after);
    },
  } as unknown as BenefitOwnerReportRepository;
  const benefits = {
    findById: (id: string) => Promise.resolve(id === BENEFIT ? benefit : null),
  } as unknown as BenefitRepository;
  const initiatives = {
    findById: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
  } as unknown as InitiativeRepository;
  const { mutations, audited } = fakeMutations();
  const service = new BenefitOwnerReportService(repository, benefits, initiatives, mutations);
  return { service, writes, audited };
}

/** The error a call is refused with. */
async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const submission = (year: number, version?: number) => ({
  benefitId: BENEFIT,
  year,
  assessment: RagStatus.GREEN,
  comment: ' På plan ',
  ...(version === undefined ? {} : { version }),
});

describe('BenefitOwnerReportService', () => {
  it('adds a report for the receiving organisation and audits it, with who reported', async () => {
    const { service, audited } = setup();
    const report = await service.submit(receiver, submission(2025));
    expect(report).toMatchObject({
      year: 2025,
      comment: 'På plan',
      version: 1,
      reportedByOrganisationId: RECEIVER_ORG,
      reportedByName: 'Gevinsteier',
    });
    expect(audited).toEqual([
      {
        operation: 'submitBenefitOwnerReport',
        entityType: 'BenefitOwnerReport',
        entityId: 'report-2025',
        ownerOrganisationId: OWNER_ORG,
        initiativeId: INITIATIVE,
        before: null,
        after: report,
      },
    ]);
  });

  it('replaces the year’s report at the version read, auditing before and after', async () => {
    const { service, audited } = setup();
    const report = await service.submit(receiver, submission(2024, 2));
    expect(report).toMatchObject({ assessment: RagStatus.GREEN, version: 3 });
    expect(audited[0]).toMatchObject({
      before: { assessment: RagStatus.AMBER, version: 2 },
      after: { assessment: RagStatus.GREEN, version: 3 },
    });
  });

  it.each([
    ['an organisation that neither owns the initiative nor receives the benefit', outsider],
    ['a READER of the receiving organisation', reader],
  ])('refuses %s, writing nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.submit(who, submission(2025)));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'Only users of the initiative\'s owner organisation or of the organisation receiving "Kortere saksbehandling" (or administrators) report on it',
    );
    expect(error.extensions).toMatchObject({ reason: 'OWNER_REPORT_ACCESS' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers CONFLICT for a stale version, and for a second report of the year without one', async () => {
    const { service, writes, audited } = setup();
    const stale = await refusal(service.submit(receiver, submission(2024, 1)));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions).toMatchObject({ reason: 'STALE_VERSION', currentVersion: 2, sentVersion: 1 });
    const second = await refusal(service.submit(receiver, submission(2024)));
    expect(second).toMatchObject({
      code: 'CONFLICT',
      message:
        '"Kortere saksbehandling" has a report for 2024 already (version 2); send that version to replace it',
    });
    expect(second.extensions).toMatchObject({ currentVersion: 2, reason: 'OWNER_REPORT_EXISTS' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers NOT_FOUND for a version of a report that does not exist', async () => {
    const { service, writes } = setup();
    const error = await refusal(service.submit(receiver, submission(2023, 1)));
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      message: `Benefit owner report 2023 of benefit ${BENEFIT} was not found`,
    });
    expect(error.extensions).toMatchObject({ entity: 'Benefit owner report 2023 of benefit', id: BENEFIT });
    expect(writes).toEqual([]);
  });

  it('reports a year that has not begun and an empty comment at once, before looking at versions', async () => {
    const { service, writes } = setup();
    const next = yearOf(todayInNorway()) + 1;
    const error = await refusal(service.submit(receiver, { ...submission(next, 7), comment: '  ' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      {
        field: 'year',
        message: `must be a year from 1990 to ${next - 1} (got ${next})`,
        reason: 'YEAR_FROM_TO',
        params: { min: 1990, max: next - 1, got: String(next) },
      },
      { field: 'comment', message: 'must not be empty', reason: 'REQUIRED', params: {} },
    ]);
    expect(writes).toEqual([]);
  });
});
