import {
  CoFinancingApplicationStatus,
  CoFinancingCallStatus,
  CoFinancingCategory,
  FundingScheme,
  OrganisationKind,
  Role,
  coFinancingEligibility,
  coFinancingEligible,
  coFinancingRuleSetFor,
} from '@gevinst/domain';
import { AppError } from '../common/errors.js';
import type { EconomicsService } from '../economics/economics.service.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { FundingSourceFields, InitiativeRepository } from '../initiative/initiative.repository.js';
import type { LoaderFactory } from '../loaders/loader.factory.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';
import type { BenefitPlanFreezer } from './benefit-plan-freezer.js';
import type { CoFinancingApplicationEntity } from './co-financing-application.entity.js';
import type { CoFinancingApplicationRepository } from './co-financing-application.repository.js';
import type { CoFinancingCallEntity } from './co-financing-call.entity.js';
import type { CoFinancingCallRepository } from './co-financing-call.repository.js';
import { type Assessment, CoFinancingService, withGrant } from './co-financing.service.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const DIGDIR = '22222222-2222-4222-8222-222222222222';
const APPLICATION = '33333333-3333-4333-8333-333333333333';
const INITIATIVE = '44444444-4444-4444-8444-444444444444';
const CALL = '55555555-5555-4555-8555-555555555555';

const secretariat = actorOf(DIGDIR, [Role.SCHEME_ADMINISTRATOR], { name: 'Sara Sekretariat' });
const owner = actorOf(OWNER_ORG, [Role.INITIATIVE_OWNER]);

const source = (
  year: number,
  scheme: FundingScheme,
  amount: string,
  received: string | null = null,
): FundingSourceFields => ({
  year,
  scheme,
  organisationId: scheme === FundingScheme.OWN_BUDGET ? OWNER_ORG : null,
  amount,
  receivedAmount: received,
  description: 'før',
});

/** The service on fakes: a SUBMITTED category 1 application of 14 MNOK in 2024–2025, its grant `requested`. */
function setup(options: { requested?: string; freezer?: BenefitPlanFreezer } = {}) {
  const log: string[] = [];
  const requested = options.requested ?? '14000000.00';
  const call = {
    id: CALL,
    title: 'Medfinansieringsordningen 2024',
    status: CoFinancingCallStatus.CLOSED,
    ruleSet: coFinancingRuleSetFor(2024)!,
  } as CoFinancingCallEntity;
  let application = {
    id: APPLICATION,
    callId: CALL,
    initiativeId: INITIATIVE,
    category: CoFinancingCategory.CATEGORY_1,
    totalCost: '28000000.00',
    requestedGrant: requested,
    requestedByYear: [
      { year: 2024, amount: '7000000.00' },
      { year: 2025, amount: '7000000.00' },
    ],
    ksConsulted: true,
    status: CoFinancingApplicationStatus.SUBMITTED,
    exceptions: [],
    version: 3,
  } as unknown as CoFinancingApplicationEntity;
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  let funding = [
    source(2024, FundingScheme.CO_FINANCING, '6000000.00', '6000000.00'),
    source(2024, FundingScheme.OWN_BUDGET, '5000000.00'),
    source(2026, FundingScheme.OWN_BUDGET, '3000000.00'),
  ];
  const calls = { findById: () => Promise.resolve(call) } as unknown as CoFinancingCallRepository;
  const applications = {
    findByIdForUpdate: () => Promise.resolve(application),
    updateAtVersion: (_id: string, version: number, fields: Partial<CoFinancingApplicationEntity>) => {
      log.push('write application');
      application = { ...application, ...fields, version: version + 1 };
      return Promise.resolve(application);
    },
  } as unknown as CoFinancingApplicationRepository;
  const initiatives = {
    findByIdForUpdate: () => Promise.resolve(initiative),
    fundingOf: () => Promise.resolve(funding),
    replaceFunding: (_id: string, sources: FundingSourceFields[]) => {
      log.push('write funding');
      funding = sources;
      return Promise.resolve();
    },
    touch: () => Promise.resolve(),
  } as unknown as InitiativeRepository;
  const loaders = { forRequest: () => ({}) } as unknown as LoaderFactory;
  const { mutations, audited } = fakeMutations({ log });
  const service = new CoFinancingService(
    calls,
    applications,
    initiatives,
    {} as EconomicsService,
    loaders,
    mutations,
    options.freezer ?? {
      freezeForApproval: () => {
        log.push('freeze plan');
        return Promise.resolve();
      },
    },
  );
  // The facts of the assessment (the initiative's owner, partners and analysis), as the rules see them.
  service.assess = (current: CoFinancingApplicationEntity) => {
    const findings = coFinancingEligibility(call.ruleSet, {
      category: current.category,
      totalCost: current.totalCost,
      requestedGrant: current.requestedGrant,
      applicant: { name: 'Eier', kind: OrganisationKind.STATE_AGENCY },
      partners: [],
      ksConsulted: current.ksConsulted,
      npv: '1000000.00',
      exceptions: current.exceptions,
    });
    return Promise.resolve({ findings, eligible: coFinancingEligible(findings) } as Assessment);
  };
  return { service, log, audited, funding: () => funding, application: () => application };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('withGrant (the funding plan after approval)', () => {
  it('replaces the year’s CO_FINANCING source keeping what was received, adds new years, leaves the rest', () => {
    const after = withGrant(
      [
        source(2024, FundingScheme.CO_FINANCING, '6000000.00', '6000000.00'),
        source(2024, FundingScheme.OWN_BUDGET, '5000000.00'),
        source(2025, FundingScheme.CO_FINANCING, '1.00'),
        source(2025, FundingScheme.CO_FINANCING, '2.00'),
      ],
      [
        { year: 2024, amount: '7000000' },
        { year: 2025, amount: '7000000.00' },
        { year: 2026, amount: '1000000.5' },
      ],
      { title: 'Utlysning' },
    );
    expect(after.map((s) => [s.year, s.scheme, s.amount, s.receivedAmount])).toEqual([
      [2024, 'CO_FINANCING', '7000000.00', '6000000.00'],
      [2024, 'OWN_BUDGET', '5000000.00', null],
      // Two CO_FINANCING sources of 2025 (1.00 + 2.00) become the one grant of 7 000 000.00.
      [2025, 'CO_FINANCING', '7000000.00', null],
      [2026, 'CO_FINANCING', '1000000.50', null],
    ]);
  });
});

describe('CoFinancingService.approve', () => {
  it('refuses while a finding is an error, writing and auditing nothing', async () => {
    // 15 000 000.01 > the 15 MNOK cap (and > 50 % of 28 MNOK = 14 MNOK).
    const { service, log, audited } = setup({ requested: '15000000.01' });
    const error = await refusal(service.approve(secretariat, { id: APPLICATION, version: 3 }));
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({
      reason: 'MEDFIN_NOT_ELIGIBLE',
      findings: ['MEDFIN_GRANT_ABOVE_SHARE', 'MEDFIN_GRANT_ABOVE_CAP'],
    });
    expect(log).toEqual(['begin', 'rollback']);
    expect(audited).toEqual([]);
  });

  it('refuses an initiative owner before reading anything', async () => {
    const { service, log } = setup();
    const error = await refusal(service.approve(owner, { id: APPLICATION, version: 3 }));
    expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'MEDFIN_DECISION_ACCESS' } });
    expect(log).toEqual([]);
  });

  it('writes the grant into the funding plan and the decision, audited in one transaction', async () => {
    const { service, log, audited, funding, application } = setup();
    const approved = await service.approve(secretariat, { id: APPLICATION, version: 3, note: ' Innvilget ' });
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decisionNote: 'Innvilget',
      decidedByName: 'Sara Sekretariat',
      version: 4,
    });
    expect(application().decidedAt).toBeInstanceOf(Date);
    expect(funding().map((s) => [s.year, s.scheme, s.amount, s.receivedAmount])).toEqual([
      [2024, 'CO_FINANCING', '7000000.00', '6000000.00'],
      [2024, 'OWN_BUDGET', '5000000.00', null],
      [2026, 'OWN_BUDGET', '3000000.00', null],
      [2025, 'CO_FINANCING', '7000000.00', null],
    ]);
    expect(log).toEqual([
      'begin',
      'write funding',
      'freeze plan',
      'write application',
      'audit approveCoFinancingApplication',
      'commit',
    ]);
    expect(audited[0]).toMatchObject({
      entityType: 'CoFinancingApplication',
      entityId: APPLICATION,
      ownerOrganisationId: OWNER_ORG,
      initiativeId: INITIATIVE,
      after: { status: 'APPROVED', benefitPlanFrozen: true, findings: [] },
    });
  });

  it('calls the benefits plan’s freeze in the approval’s transaction', async () => {
    const frozen: unknown[] = [];
    const freezer: BenefitPlanFreezer = {
      freezeForApproval: (actor, request) => {
        frozen.push([actor.name, request]);
        return Promise.resolve();
      },
    };
    const { service, log, audited } = setup({ freezer });
    await service.approve(secretariat, { id: APPLICATION, version: 3 });
    expect(frozen).toEqual([
      [
        'Sara Sekretariat',
        {
          initiativeId: INITIATIVE,
          applicationId: APPLICATION,
          note: 'Medfinansiering: Medfinansieringsordningen 2024',
        },
      ],
    ]);
    expect(log[0]).toBe('begin');
    expect(log.at(-1)).toBe('commit');
    expect(audited[0].after).toMatchObject({ benefitPlanFrozen: true });
  });

  it('answers CONFLICT for a stale version and for an application that is not SUBMITTED', async () => {
    const { service } = setup();
    expect(
      (await refusal(service.approve(secretariat, { id: APPLICATION, version: 2 }))).extensions,
    ).toMatchObject({
      reason: 'STALE_VERSION',
    });
    await service.approve(secretariat, { id: APPLICATION, version: 3 });
    const again = await refusal(service.reject(secretariat, { id: APPLICATION, version: 4, note: 'Nei' }));
    expect(again.extensions).toMatchObject({
      reason: 'MEDFIN_NOT_SUBMITTED',
      params: { status: 'APPROVED' },
    });
  });
});
