import {
  BenefitCategory,
  type BenefitPlanSnapshot,
  BenefitPlanStatus,
  BenefitStatus,
  IndicatorDirection,
  IndicatorKind,
  Role,
} from '@gevinst/domain';
import type { UnitOfWork } from '../common/unit-of-work.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';
import type { BenefitPlanVersionEntity } from './benefit-plan-version.entity.js';
import type { BenefitPlanRepository, NewPlanVersion } from './benefit-plan.repository.js';
import { BenefitPlanService } from './benefit-plan.service.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const DIGDIR = '22222222-2222-4222-8222-222222222222';
const INITIATIVE = '44444444-4444-4444-8444-444444444444';

const owner = actorOf(OWNER_ORG, [Role.INITIATIVE_OWNER]);
const secretariat = actorOf(DIGDIR, [Role.SCHEME_ADMINISTRATOR], { name: 'Sara Sekretariat' });
const readerSecretariat = actorOf(DIGDIR, [Role.SCHEME_ADMINISTRATOR], { scopes: ['READ'] } as never);

function snapshot(target: string): BenefitPlanSnapshot {
  return {
    benefits: [
      {
        id: 'b1',
        title: 'Færre timer',
        category: BenefitCategory.OTHER_PUBLIC_SECTOR,
        status: BenefitStatus.PLANNED,
        isDisBenefit: false,
        receivingOrganisationId: null,
        ownerName: 'Kari',
        ownerRole: '',
        ownerUserId: null,
        indicatorName: 'Timer',
        indicatorUnit: 'timer',
        direction: IndicatorDirection.DECREASE,
        indicatorKind: IndicatorKind.RATE,
        baselineValue: '10000',
        baselineDate: '2024-01-01',
        effectStart: null,
        valuePerUnit: '500.00',
        targets: [{ date: '2026-01-01', value: target }],
      },
    ],
  };
}

/**
 * A unit of work that joins an open transaction as the real one does (UnitOfWork.transaction): 'begin' and
 * 'commit'/'rollback' only for the outermost.
 */
function joiningUnitOfWork(log: string[]): UnitOfWork {
  let depth = 0;
  return {
    transaction: async <T>(work: () => Promise<T>): Promise<T> => {
      if (depth > 0) return work();
      depth++;
      log.push('begin');
      try {
        const result = await work();
        log.push('commit');
        return result;
      } catch (error) {
        log.push('rollback');
        throw error;
      } finally {
        depth--;
      }
    },
  } as unknown as UnitOfWork;
}

function setup(live: BenefitPlanSnapshot, versions: BenefitPlanVersionEntity[] = []) {
  const log: string[] = [];
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  const initiatives = {
    findByIdForUpdate: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
  } as unknown as InitiativeRepository;
  const now = new Date('2026-01-02T10:00:00Z');
  const plans = {
    inForce: () => Promise.resolve(versions.find((v) => v.status === BenefitPlanStatus.APPROVED) ?? null),
    proposed: () => Promise.resolve(versions.find((v) => v.status === BenefitPlanStatus.PROPOSED) ?? null),
    liveSnapshot: () => Promise.resolve(live),
    nextNumber: () => Promise.resolve(versions.length + 1),
    findById: (id: string) => Promise.resolve(versions.find((v) => v.id === id) ?? null),
    supersede: () => {
      log.push('supersede');
      for (const v of versions)
        if (v.status === BenefitPlanStatus.APPROVED)
          Object.assign(v, { status: BenefitPlanStatus.SUPERSEDED, supersededAt: now });
      return Promise.resolve();
    },
    decide: (id: string, status: BenefitPlanStatus, by: { name: string | null }, note: string) => {
      log.push(`decide ${status}`);
      const v = versions.find((x) => x.id === id)!;
      Object.assign(v, { status, decidedAt: now, decidedByName: by.name, decisionNote: note });
      return Promise.resolve(v);
    },
    insert: (fields: NewPlanVersion) => {
      log.push(`insert ${fields.status}`);
      const v = {
        ...fields,
        id: `v${fields.versionNumber}`,
        proposedAt: now,
        proposedByName: fields.proposedBy.name,
        decidedAt: fields.status === BenefitPlanStatus.PROPOSED ? null : now,
        decidedByName: fields.decidedBy?.name ?? null,
        decisionNote: fields.decisionNote ?? '',
        supersededAt: null,
      } as unknown as BenefitPlanVersionEntity;
      versions.push(v);
      return Promise.resolve(v);
    },
  } as unknown as BenefitPlanRepository;
  const { mutations, audited } = fakeMutations({ uow: joiningUnitOfWork(log), log });
  return {
    service: new BenefitPlanService(plans, initiatives, mutations),
    mutations,
    audited,
    log,
    versions,
  };
}

const approved = (n: number, snap: BenefitPlanSnapshot) =>
  ({
    id: `v${n}`,
    initiativeId: INITIATIVE,
    versionNumber: n,
    status: BenefitPlanStatus.APPROVED,
    snapshot: snap,
    decidedAt: new Date('2024-03-15T11:00:00Z'),
  }) as BenefitPlanVersionEntity;

describe('BenefitPlanService.approveCurrent (inside another service’s change)', () => {
  it('freezes and approves within the caller’s transaction: one begin, one commit, both audit events', async () => {
    const { service, mutations, audited, log } = setup(snapshot('6000'));
    const version = await mutations.mutate(secretariat, {
      load: () => Promise.resolve('application'),
      authorise: () => undefined,
      apply: () => service.approveCurrent(secretariat, INITIATIVE, 'Søknaden er innvilget'),
      audit: () => ({
        operation: 'approveCoFinancingApplication',
        entityType: 'CoFinancingApplication',
        entityId: 'a1',
        ownerOrganisationId: OWNER_ORG,
      }),
    });
    expect(version).toMatchObject({
      versionNumber: 1,
      status: BenefitPlanStatus.APPROVED,
      reason: 'Søknaden er innvilget',
    });
    expect(log).toEqual([
      'begin',
      'supersede',
      'insert APPROVED',
      'audit approveBenefitPlanVersion',
      'audit approveCoFinancingApplication',
      'commit',
    ]);
    expect(audited.map((a) => a.entityType)).toEqual(['BenefitPlanVersion', 'CoFinancingApplication']);
  });

  it('rolls back with the caller: a throw after it leaves no commit', async () => {
    const { service, mutations, log } = setup(snapshot('6000'));
    await expect(
      mutations.mutate(secretariat, {
        load: () => Promise.resolve(null),
        authorise: () => undefined,
        apply: async () => {
          await service.approveCurrent(secretariat, INITIATIVE, 'Innvilget');
          throw new Error('the grant could not be written');
        },
        audit: () => null,
      }),
    ).rejects.toThrow('the grant could not be written');
    expect(log.at(-1)).toBe('rollback');
    expect(log).not.toContain('commit');
  });

  it('returns the version in force and writes nothing when the benefits are as approved', async () => {
    const { service, log, versions } = setup(snapshot('6000'), [approved(1, snapshot('6000'))]);
    const version = await service.approveCurrent(secretariat, INITIATIVE, 'Innvilget');
    expect(version.id).toBe('v1');
    expect(log).toEqual(['begin', 'commit']);
    expect(versions).toHaveLength(1);
  });

  it('supersedes the version in force and rejects a waiting proposal when the benefits changed', async () => {
    const proposal = {
      ...approved(2, snapshot('7000')),
      id: 'v2',
      status: BenefitPlanStatus.PROPOSED,
      decidedAt: null,
    } as BenefitPlanVersionEntity;
    const { service, versions, audited } = setup(snapshot('8000'), [approved(1, snapshot('6000')), proposal]);
    const version = await service.approveCurrent(secretariat, INITIATIVE, 'Innvilget');
    expect(version).toMatchObject({ versionNumber: 3, status: BenefitPlanStatus.APPROVED });
    expect(versions.map((v) => [v.versionNumber, v.status])).toEqual([
      [1, BenefitPlanStatus.SUPERSEDED],
      [2, BenefitPlanStatus.REJECTED],
      [3, BenefitPlanStatus.APPROVED],
    ]);
    expect(proposal.decisionNote).toBe('Replaced by version 3: Innvilget');
    expect(audited.map((a) => a.operation)).toEqual([
      'approveBenefitPlanVersion',
      'supersedeBenefitPlanVersion',
      'rejectBenefitPlanVersion',
    ]);
  });

  it('refuses an owner, a read-only secretariat token and an initiative without benefits, writing nothing', async () => {
    const { service, log } = setup(snapshot('6000'));
    await expect(service.approveCurrent(owner, INITIATIVE, 'x')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.approveCurrent(readerSecretariat, INITIATIVE, 'x')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(service.approveCurrent(secretariat, INITIATIVE, ' ')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const empty = setup({ benefits: [] });
    await expect(empty.service.approveCurrent(secretariat, INITIATIVE, 'x')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(log.filter((l) => l.startsWith('insert') || l === 'commit')).toEqual([]);
  });
});

describe('BenefitPlanService.approve and reject', () => {
  it('refuses anyone but the secretariat before looking the version up', async () => {
    const { service, log } = setup(snapshot('6000'));
    await expect(service.approve(owner, '99999999-9999-4999-8999-999999999999', null)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(log).toEqual([]);
  });
});
