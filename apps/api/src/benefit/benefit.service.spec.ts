import {
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  MeasurementFrequency,
  RiskLevel,
} from '@gevinst/domain';
import { AppError, staleVersion } from '../common/errors.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { UserRepository } from '../user/user.repository.js';
import type { BenefitRiskEntity } from './benefit-risk.entity.js';
import type { BenefitEntity } from './benefit.entity.js';
import type { BenefitFields, BenefitRepository, RiskRow, TargetRow } from './benefit.repository.js';
import { BenefitService } from './benefit.service.js';
import type { CreateBenefitInput } from './dto/create-benefit.input.js';
import { actorsOf, fakeMutations } from '../testing/fakes.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const INITIATIVE = '33333333-3333-4333-8333-333333333333';
const BENEFIT = '44444444-4444-4444-8444-444444444444';
const RECEIVER = '55555555-5555-4555-8555-555555555555';
const UNKNOWN = '99999999-9999-4999-8999-999999999999';

const { owner, outsider, reader } = actorsOf(OWNER_ORG, OTHER_ORG);

/**
 * The service on in-memory repositories: one initiative, one benefit at version 2 (baseline 100 on
 * 2025-01-01, lower is better) with one target and one risk, one receiving organisation, and `history`
 * measurements and owner reports.
 */
function setup(history = { measurements: 0, reports: 0 }) {
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  const benefits = new Map<string, BenefitEntity>([
    [
      BENEFIT,
      {
        id: BENEFIT,
        initiativeId: INITIATIVE,
        title: 'Kortere saksbehandling',
        description: '',
        category: BenefitCategory.CITIZENS_AND_BUSINESS,
        isDisBenefit: false,
        receivingOrganisationId: null,
        ownerName: 'Kari',
        ownerRole: '',
        ownerUserId: null,
        indicatorName: 'Saksbehandlingstid',
        indicatorUnit: 'dager',
        direction: IndicatorDirection.DECREASE,
        baselineValue: '100',
        baselineDate: '2025-01-01',
        valuePerUnit: null,
        measurementMethod: '',
        measurementFrequency: MeasurementFrequency.YEARLY,
        status: BenefitStatus.IDENTIFIED,
        version: 2,
      } as unknown as BenefitEntity,
    ],
  ]);
  const targets = new Map<string, TargetRow[]>([[BENEFIT, [{ date: '2027-12-31', value: '80' }]]]);
  const risks = new Map<string, RiskRow[]>([
    [
      BENEFIT,
      [{ description: 'Forsinket', likelihood: RiskLevel.LOW, impact: RiskLevel.HIGH, mitigation: '' }],
    ],
  ]);
  const writes: string[] = [];
  const store = (id: string, fields: Partial<BenefitEntity>) => {
    const after = { ...benefits.get(id), ...fields } as BenefitEntity;
    benefits.set(id, after);
    return after;
  };
  const benefitRepository = {
    findById: (id: string) => Promise.resolve(benefits.get(id) ?? null),
    targetsOf: (id: string) => Promise.resolve((targets.get(id) ?? []).map((t) => ({ ...t, benefitId: id }))),
    risksOf: (id: string) =>
      Promise.resolve(
        (risks.get(id) ?? []).map((r, position) => ({ ...r, benefitId: id, position }) as BenefitRiskEntity),
      ),
    historyOf: () => Promise.resolve(history),
    measurementsBefore: () => Promise.resolve({ count: 0, first: null }),
    insert: (initiativeId: string, fields: BenefitFields, newTargets: TargetRow[], newRisks: RiskRow[]) => {
      writes.push('insert');
      targets.set('new', newTargets);
      risks.set('new', newRisks);
      return Promise.resolve(store('new', { ...fields, id: 'new', initiativeId, version: 1 }));
    },
    updateAtVersion: (
      id: string,
      version: number,
      fields: BenefitFields,
      newTargets: TargetRow[] | null,
      newRisks: RiskRow[] | null,
    ) => {
      if (benefits.get(id)!.version !== version)
        return Promise.reject(staleVersion('Benefit', undefined, version));
      writes.push('update');
      if (newTargets) targets.set(id, newTargets);
      if (newRisks) risks.set(id, newRisks);
      return Promise.resolve(store(id, { ...fields, version: version + 1 }));
    },
    deleteAtVersion: (id: string, version: number) => {
      writes.push('delete');
      return Promise.resolve(benefits.get(id)?.version === version && benefits.delete(id));
    },
  } as unknown as BenefitRepository;
  const initiatives = {
    findById: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
  } as unknown as InitiativeRepository;
  const organisations = {
    exists: (id: string) => Promise.resolve(id === RECEIVER || id === OWNER_ORG),
  } as unknown as OrganisationRepository;
  const users = {
    findById: (id: string) => Promise.resolve(id === owner.userId ? { id } : null),
  } as unknown as UserRepository;
  const { mutations, audited } = fakeMutations();
  const initiativeRules = Object.create(InitiativeService.prototype) as InitiativeService;
  const service = new BenefitService(
    benefitRepository,
    initiatives,
    organisations,
    users,
    initiativeRules,
    mutations,
  );
  return { service, benefits, targets, writes, audited };
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

const newBenefit = (changes: Partial<CreateBenefitInput> = {}): CreateBenefitInput => ({
  initiativeId: INITIATIVE,
  title: '  Færre feil  ',
  category: BenefitCategory.NON_MONETISED,
  owner: { name: 'Ola' },
  indicator: { name: 'Feilrate', unit: '%', direction: IndicatorDirection.DECREASE },
  baseline: { date: '2025-01-01', value: '10' },
  targets: [
    { date: '2027-12-31', value: '4' },
    { date: '2026-12-31', value: '7' },
  ],
  risks: [{ description: ' Lav bruk ', likelihood: RiskLevel.MEDIUM, impact: RiskLevel.LOW }],
  ...changes,
});

describe('BenefitService', () => {
  it('creates a benefit for the owner organisation, stores its targets by date, and audits it', async () => {
    const { service, targets, audited } = setup();
    const benefit = await service.create(owner, newBenefit());
    expect(benefit).toMatchObject({
      initiativeId: INITIATIVE,
      title: 'Færre feil',
      version: 1,
      measurementFrequency: MeasurementFrequency.YEARLY,
      status: BenefitStatus.IDENTIFIED,
    });
    expect(targets.get('new')).toEqual([
      { date: '2026-12-31', value: '7' },
      { date: '2027-12-31', value: '4' },
    ]);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'createBenefit',
        entityType: 'Benefit',
        entityId: 'new',
        ownerOrganisationId: OWNER_ORG,
        initiativeId: INITIATIVE,
        after: expect.objectContaining({
          title: 'Færre feil',
          targets: [
            { date: '2026-12-31', value: '7' },
            { date: '2027-12-31', value: '4' },
          ],
          risks: [expect.objectContaining({ description: ' Lav bruk ' })],
        }),
      }),
    ]);
  });

  it('updates a benefit and audits before (with its targets and risks) and after', async () => {
    const { service, audited } = setup();
    const after = await service.update(owner, { id: BENEFIT, version: 2, title: 'Raskere svar' });
    expect(after).toMatchObject({ title: 'Raskere svar', version: 3, baselineValue: '100' });
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'updateBenefit',
        entityType: 'Benefit',
        entityId: BENEFIT,
        ownerOrganisationId: OWNER_ORG,
        initiativeId: INITIATIVE,
        before: expect.objectContaining({
          title: 'Kortere saksbehandling',
          version: 2,
          targets: [expect.objectContaining({ date: '2027-12-31', value: '80' })],
          risks: [expect.objectContaining({ description: 'Forsinket', position: 0 })],
        }),
        after: expect.objectContaining({ title: 'Raskere svar', version: 3 }),
      }),
    ]);
    // Targets and risks not sent are not part of the change.
    expect(audited[0].after).not.toHaveProperty('targets');
  });

  it.each([
    ['another organisation', outsider],
    ['a READER of the owner organisation', reader],
  ])('refuses %s and writes nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    expect(await refusal(service.create(who, newBenefit()))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(service.update(who, { id: BENEFIT, version: 2, title: 'x' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(service.delete(who, BENEFIT, 2))).toMatchObject({ code: 'FORBIDDEN' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers a stale version with CONFLICT naming both versions, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.update(owner, { id: BENEFIT, version: 1, title: 'x' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Benefit was changed by someone else: you sent version 1, the current version is 2. Reload it and apply your change again.',
    );
    expect(error.extensions).toMatchObject({ currentVersion: 2, sentVersion: 1, reason: 'STALE_VERSION' });
    expect(await refusal(service.delete(owner, BENEFIT, 1))).toMatchObject({ code: 'CONFLICT' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('reports every invalid field at once, with codes and LIMITS, and creates nothing', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.create(
        owner,
        newBenefit({
          title: ' ',
          category: BenefitCategory.BUDGET_RELEASING,
          owner: { name: 'Ola', userId: UNKNOWN },
          indicator: { name: 'Feilrate', unit: 'u'.repeat(51), direction: IndicatorDirection.DECREASE },
          targets: [
            { date: '2024-06-30', value: '4' },
            { date: '2024-06-30', value: '5' },
          ],
        }),
      ),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      { field: 'title', message: 'must not be empty', reason: 'REQUIRED', params: {} },
      {
        field: 'indicator.unit',
        message: 'must be at most 50 characters',
        reason: 'TOO_LONG',
        params: { max: 50 },
      },
      {
        field: 'receivingOrganisationId',
        message: 'a BUDGET_RELEASING benefit is received by a public organisation: name it',
        reason: 'RECEIVER_REQUIRED',
        params: { category: 'BUDGET_RELEASING' },
      },
      {
        field: 'owner.userId',
        message: `user ${UNKNOWN} does not exist`,
        reason: 'USER_MISSING',
        params: { id: UNKNOWN },
      },
      {
        field: 'targets[0].date',
        message:
          'must be after the baseline date 2025-01-01 (got 2024-06-30): a target is a planned value after the baseline measurement',
        reason: 'TARGET_NOT_AFTER_BASELINE',
        params: { baselineDate: '2025-01-01', date: '2024-06-30' },
      },
      expect.objectContaining({ field: 'targets[1].date', reason: 'TARGET_NOT_AFTER_BASELINE' }),
      {
        field: 'targets[1].date',
        message: '2024-06-30 is given twice (also targets[0])',
        reason: 'TARGET_DATE_TWICE',
        params: { date: '2024-06-30', also: 'targets[0]' },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('refuses a benefit whose last target is worse than the baseline, naming the targets', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.update(owner, { id: BENEFIT, version: 2, targets: [{ date: '2027-12-31', value: '120' }] }),
    );
    expect(error.extensions.problems).toEqual([
      {
        field: 'targets',
        message:
          'the last target (120 on 2027-12-31) is worse than the baseline (100; lower is better): mark the benefit as a dis-benefit (isDisBenefit: true) or check the direction',
        reason: 'TARGET_WORSE_THAN_BASELINE',
        params: { value: '120', date: '2027-12-31', baseline: '100', way: 'lower' },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown benefit or initiative', async () => {
    const { service } = setup();
    expect((await refusal(service.delete(owner, UNKNOWN, 1))).message).toBe(
      `Benefit ${UNKNOWN} was not found`,
    );
    expect((await refusal(service.create(owner, newBenefit({ initiativeId: UNKNOWN })))).message).toBe(
      `Initiative ${UNKNOWN} was not found`,
    );
  });

  it('keeps a benefit with history: CONFLICT, nothing deleted', async () => {
    const { service, benefits, writes, audited } = setup({ measurements: 3, reports: 1 });
    const error = await refusal(service.delete(owner, BENEFIT, 2));
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({
      reason: 'BENEFIT_HAS_HISTORY',
      params: { title: 'Kortere saksbehandling', measurements: 3, reports: 1 },
    });
    expect(benefits.has(BENEFIT)).toBe(true);
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('deletes a benefit without history at the version it was shown, and audits what was deleted', async () => {
    const { service, benefits, audited } = setup();
    expect(await service.delete(owner, BENEFIT, 2)).toBe(BENEFIT);
    expect(benefits.has(BENEFIT)).toBe(false);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'deleteBenefit',
        entityType: 'Benefit',
        entityId: BENEFIT,
        before: expect.objectContaining({ id: BENEFIT, version: 2 }),
      }),
    ]);
  });
});
