import { BenefitStatus, MeasurementFrequency, RagStatus, Role, TargetForecast } from '@gevinst/domain';
import type { BenefitEntity } from '../benefit/benefit.entity.js';
import type { BenefitRepository } from '../benefit/benefit.repository.js';
import { AppError } from '../common/errors.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';
import type { BenefitStatusReportEntity } from './benefit-status-report.entity.js';
import type { InitiativeStatusReportEntity } from './initiative-status-report.entity.js';
import type { StatusReportRepository } from './status-report.repository.js';
import { StatusReportService } from './status-report.service.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const RECEIVER_ORG = '22222222-2222-4222-8222-222222222222';
const OTHER_ORG = '33333333-3333-4333-8333-333333333333';
const INITIATIVE = '44444444-4444-4444-8444-444444444444';
const BENEFIT = '55555555-5555-4555-8555-555555555555';

const owner = actorOf(OWNER_ORG, [Role.INITIATIVE_OWNER], { name: 'Ola Eier' });
const receiver = actorOf(RECEIVER_ORG, [Role.FINANCE_OFFICER], { name: 'Kari Mottaker' });
const outsider = actorOf(OTHER_ORG, [Role.INITIATIVE_OWNER]);

/**
 * The service on in-memory repositories: a half-yearly benefit received by RECEIVER_ORG with targets on
 * 31.12.2025 and 31.12.2027, a report for H1 2025 at version 2, and the computed status AMBER.
 */
function setup() {
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  const benefit = {
    id: BENEFIT,
    initiativeId: INITIATIVE,
    title: 'Kortere saksbehandling',
    receivingOrganisationId: RECEIVER_ORG,
    measurementFrequency: MeasurementFrequency.HALF_YEARLY,
    status: BenefitStatus.IN_REALISATION,
    baselineDate: '2024-01-01',
    effectStart: null,
  } as BenefitEntity;
  const reports = new Map<string, BenefitStatusReportEntity>([
    [
      '2025-01-01',
      {
        id: 'r-2025-h1',
        benefitId: BENEFIT,
        periodStart: '2025-01-01',
        version: 2,
      } as BenefitStatusReportEntity,
    ],
  ]);
  const periodStatuses = new Map<string, InitiativeStatusReportEntity>();
  const writes: string[] = [];
  const repository = {
    targetDates: () => Promise.resolve(['2025-12-31', '2027-12-31']),
    computedRag: () => Promise.resolve(RagStatus.AMBER),
    findBenefitReportForUpdate: (_b: string, start: string) => Promise.resolve(reports.get(start) ?? null),
    insertBenefitReport: (benefitId: string, periodStart: string, fields: object) => {
      writes.push(`insert ${periodStart}`);
      const report = {
        ...fields,
        id: `r-${periodStart}`,
        benefitId,
        periodStart,
        version: 1,
      } as BenefitStatusReportEntity;
      reports.set(periodStart, report);
      return Promise.resolve(report);
    },
    updateBenefitReportAtVersion: (id: string, version: number, fields: object) => {
      writes.push(`update ${id}`);
      const current = [...reports.values()].find((r) => r.id === id)!;
      const after = { ...current, ...fields, version: version + 1 };
      reports.set(current.periodStart, after);
      return Promise.resolve(after);
    },
    findInitiativeReportForUpdate: (_i: string, start: string) =>
      Promise.resolve(periodStatuses.get(start) ?? null),
    insertInitiativeReport: (initiativeId: string, periodStart: string, fields: object) => {
      writes.push(`insert period ${periodStart}`);
      const report = {
        ...fields,
        id: 'p',
        initiativeId,
        periodStart,
        version: 1,
      } as InitiativeStatusReportEntity;
      periodStatuses.set(periodStart, report);
      return Promise.resolve(report);
    },
  } as unknown as StatusReportRepository;
  const benefits = {
    findById: (id: string) => Promise.resolve(id === BENEFIT ? benefit : null),
  } as unknown as BenefitRepository;
  const initiatives = {
    findById: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
  } as unknown as InitiativeRepository;
  const { mutations, audited } = fakeMutations();
  return { service: new StatusReportService(repository, benefits, initiatives, mutations), writes, audited };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const report = (extra: object = {}) => ({
  benefitId: BENEFIT,
  period: '2025-10-15',
  ownerRag: RagStatus.RED,
  cause: ' Leverandøren er forsinket ',
  correctiveAction: 'Ny plan',
  responsible: 'Kari Mottaker',
  forecast: TargetForecast.NOT_MET,
  forecastValue: '0031.50',
  ...extra,
});

describe('StatusReportService', () => {
  it('writes the report for the half-year containing the day given, with the computed status and the next target', async () => {
    const { service, writes, audited } = setup();
    const written = await service.submitBenefitReport(receiver, report());
    // 15.10.2025 lies in H2 2025 (01.07–31.12.2025); the next target after 31.12.2025 is 31.12.2027.
    expect(written).toMatchObject({
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
      ownerRag: RagStatus.RED,
      computedRag: RagStatus.AMBER,
      cause: 'Leverandøren er forsinket',
      forecastTargetDate: '2027-12-31',
      forecastValue: '31.5',
      reportedByName: 'Kari Mottaker',
      reportedByOrganisationId: RECEIVER_ORG,
      version: 1,
    });
    expect(writes).toEqual(['insert 2025-07-01']);
    expect(audited).toMatchObject([
      {
        operation: 'submitBenefitStatusReport',
        entityType: 'BenefitStatusReport',
        initiativeId: INITIATIVE,
        before: null,
      },
    ]);
  });

  it('refuses an organisation that neither owns the initiative nor receives the benefit, writing nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.submitBenefitReport(outsider, report()));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.extensions).toMatchObject({ reason: 'STATUS_REPORT_ACCESS' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('replaces a period’s report only at its version', async () => {
    const { service, writes } = setup();
    const again = await refusal(service.submitBenefitReport(owner, report({ period: '2025-03-01' })));
    expect(again.code).toBe('CONFLICT');
    expect(again.extensions).toMatchObject({ reason: 'STATUS_REPORT_EXISTS', currentVersion: 2 });
    const stale = await refusal(
      service.submitBenefitReport(owner, report({ period: '2025-03-01', version: 1 })),
    );
    expect(stale.code).toBe('CONFLICT');
    const replaced = await service.submitBenefitReport(owner, report({ period: '2025-03-01', version: 2 }));
    expect(replaced).toMatchObject({ periodStart: '2025-01-01', version: 3 });
    expect(writes).toEqual(['update r-2025-h1']);
  });

  it('writes an initiative’s period status for its quarter, by its owners only', async () => {
    const { service, writes } = setup();
    const input = {
      initiativeId: INITIATIVE,
      period: '2025-05-20',
      overallRag: RagStatus.AMBER,
      summary: ' I drift ',
    };
    const refused = await refusal(service.submitInitiativeReport(receiver, input));
    expect(refused.extensions).toMatchObject({ reason: 'INITIATIVE_STATUS_ACCESS' });
    const written = await service.submitInitiativeReport(owner, input);
    // 20.05.2025 lies in Q2 2025 (01.04–30.06.2025).
    expect(written).toMatchObject({
      periodStart: '2025-04-01',
      periodEnd: '2025-06-30',
      summary: 'I drift',
      topRisks: '',
    });
    expect(writes).toEqual(['insert period 2025-04-01']);
  });
});
