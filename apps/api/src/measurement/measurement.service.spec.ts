import { Role } from '@gevinst/domain';
import type { BenefitEntity } from '../benefit/benefit.entity.js';
import type { BenefitRepository } from '../benefit/benefit.repository.js';
import { AppError } from '../common/errors.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import type { MeasurementEntity } from './measurement.entity.js';
import type { MeasurementRepository, NewMeasurement } from './measurement.repository.js';
import { MeasurementService } from './measurement.service.js';
import { actorOf, fakeBulkRunner, fakeMutations } from '../testing/fakes.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const RECEIVER_ORG = '22222222-2222-4222-8222-222222222222';
const OTHER_ORG = '33333333-3333-4333-8333-333333333333';
const INITIATIVE = '44444444-4444-4444-8444-444444444444';
const BENEFIT = '55555555-5555-4555-8555-555555555555';
const MEASUREMENT = '66666666-6666-4666-8666-666666666666';
const UNKNOWN = '99999999-9999-4999-8999-999999999999';

const actor = (organisationId: string, roles: Role[]) =>
  actorOf(organisationId, roles, {
    userId: '77777777-7777-4777-8777-777777777777',
    email: 'maler@demo.gevinst.no',
    name: 'Måler',
  });
const owner = actor(OWNER_ORG, [Role.INITIATIVE_OWNER]);
const receiver = actor(RECEIVER_ORG, [Role.INITIATIVE_OWNER]);
const outsider = actor(OTHER_ORG, [Role.INITIATIVE_OWNER]);
const reader = actor(OWNER_ORG, [Role.READER]);

/**
 * The service on an in-memory table: a benefit (baseline 2025-01-01, received by RECEIVER_ORG) with one
 * current measurement of 2025-06-30 (value 42.5) and `extra` versions.
 */
function setup(extra: MeasurementEntity[] = []) {
  const benefit = {
    id: BENEFIT,
    initiativeId: INITIATIVE,
    title: 'Kortere saksbehandling',
    baselineDate: '2025-01-01',
    receivingOrganisationId: RECEIVER_ORG,
  } as BenefitEntity;
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  const rows = new Map<string, MeasurementEntity>(
    [
      {
        id: MEASUREMENT,
        benefitId: BENEFIT,
        date: '2025-06-30',
        value: '42.5',
        source: 'Fagsystem',
        comment: '',
        revision: 1,
        supersedesId: null,
        correctionReason: null,
        supersededAt: null,
        supersededById: null,
        externalId: 'M-1',
      } as MeasurementEntity,
      ...extra,
    ].map((row) => [row.id, row]),
  );
  const writes: string[] = [];
  const measurements = {
    findById: (id: string) => Promise.resolve(rows.get(id) ?? null),
    currentByExternalId: (benefitId: string, externalId: string) =>
      Promise.resolve(
        [...rows.values()].find(
          (row) => row.benefitId === benefitId && row.externalId === externalId && row.supersededAt === null,
        ) ?? null,
      ),
    currentOf: (benefitId: string, date: string) =>
      Promise.resolve(
        [...rows.values()].find(
          (row) => row.benefitId === benefitId && row.date === date && row.supersededAt === null,
        ) ?? null,
      ),
    insert: (row: NewMeasurement) => {
      writes.push(`insert ${row.date}`);
      const stored = { ...row, supersededAt: null, supersededById: null } as MeasurementEntity;
      rows.set(row.id, stored);
      return Promise.resolve(stored);
    },
    markSuperseded: (id: string, byId: string) => {
      const row = rows.get(id)!;
      if (row.supersededAt !== null) return Promise.resolve(false);
      writes.push(`supersede ${id}`);
      rows.set(id, { ...row, supersededAt: new Date(), supersededById: byId });
      return Promise.resolve(true);
    },
  } as unknown as MeasurementRepository;
  const benefits = {
    findById: (id: string) => Promise.resolve(id === BENEFIT ? benefit : null),
  } as unknown as BenefitRepository;
  const initiatives = {
    findById: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
  } as unknown as InitiativeRepository;
  const log: string[] = [];
  const { mutations, audited, uow } = fakeMutations({ log });
  const service = new MeasurementService(
    measurements,
    benefits,
    initiatives,
    mutations,
    fakeBulkRunner(uow, 3),
  );
  return { service, rows, writes, audited, log };
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

describe('MeasurementService', () => {
  it.each([
    ['the owner organisation', owner],
    ['the receiving organisation', receiver],
  ])('records a measurement for %s and audits it', async (_who, who) => {
    const { service, audited } = setup();
    const measurement = await service.record(who, {
      benefitId: BENEFIT,
      date: '2025-12-31',
      value: '40.50',
      source: '  Fagsystem  ',
    });
    expect(measurement).toMatchObject({
      benefitId: BENEFIT,
      date: '2025-12-31',
      value: '40.5',
      source: 'Fagsystem',
      comment: '',
      revision: 1,
      recordedByOrganisationId: who.organisationId,
    });
    expect(audited).toEqual([
      {
        operation: 'recordMeasurement',
        entityType: 'BenefitMeasurement',
        entityId: measurement.id,
        ownerOrganisationId: OWNER_ORG,
        initiativeId: INITIATIVE,
        after: measurement,
      },
    ]);
  });

  it.each([
    ['another organisation', outsider],
    ['a READER of the owner organisation', reader],
  ])('refuses %s and writes nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.record(who, { benefitId: BENEFIT, date: '2025-12-31', value: '1' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.extensions).toMatchObject({
      reason: 'MEASUREMENT_ACCESS',
      params: { title: 'Kortere saksbehandling' },
    });
    expect(
      await refusal(service.correct(who, { measurementId: MEASUREMENT, value: '1', reason: 'Feil' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('reports every invalid field at once, with codes and LIMITS, and records nothing', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.record(owner, {
        benefitId: BENEFIT,
        date: '2024-12-01',
        value: '1',
        source: 's'.repeat(501),
        comment: 'c'.repeat(5001),
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      {
        field: 'date',
        message:
          'must be on or after the baseline date 2025-01-01 (got 2024-12-01): the baseline is the first measurement, taken before any effect',
        reason: 'MEASURED_BEFORE_BASELINE',
        params: { baselineDate: '2025-01-01', date: '2024-12-01' },
      },
      {
        field: 'source',
        message: 'must be at most 500 characters',
        reason: 'TOO_LONG',
        params: { max: 500 },
      },
      {
        field: 'comment',
        message: 'must be at most 5000 characters',
        reason: 'TOO_LONG',
        params: { max: 5000 },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('refuses a second measurement of a date with CONFLICT naming the current one', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(
      service.record(owner, { benefitId: BENEFIT, date: '2025-06-30', value: '1' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      `A measurement for 2025-06-30 is recorded already (value 42.5, id ${MEASUREMENT}); correct it with correctMeasurement`,
    );
    expect(error.extensions).toMatchObject({
      measurementId: MEASUREMENT,
      reason: 'MEASUREMENT_EXISTS',
      currentValue: '42.5',
      currentVersion: 1,
    });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers the stored measurement, writing and auditing nothing, when the same value is recorded again', async () => {
    const { service, writes, audited } = setup();
    // 42.50 is 42.5 as a decimal; the externalId is the stored one.
    const again = await service.recordOrFind(owner, {
      benefitId: BENEFIT,
      date: '2025-06-30',
      value: '42.50',
      externalId: 'M-1',
    });
    expect(again.status).toBe('UNCHANGED');
    expect(again.entity.id).toBe(MEASUREMENT);
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('refuses an externalId that belongs to the measurement of another date, with its value and version', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.record(owner, { benefitId: BENEFIT, date: '2025-07-31', value: '40', externalId: 'M-1' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({
      reason: 'MEASUREMENT_EXTERNAL_ID_TAKEN',
      measurementId: MEASUREMENT,
      currentValue: '42.5',
      currentVersion: 1,
      date: '2025-06-30',
    });
    expect(writes).toEqual([]);
  });

  it('records many: each item behind its own savepoint, a refused one reported, the others stored and audited', async () => {
    const { service, writes, audited, log } = setup();
    const results = await service.recordMany(receiver, [
      { benefitId: BENEFIT, date: '2025-07-31', value: '40', externalId: 'M-2' },
      { benefitId: BENEFIT, date: '2024-12-31', value: '50' },
      { benefitId: BENEFIT, date: '2025-06-30', value: '42.5' },
    ]);
    expect(results.map((result) => [result.index, result.status, result.error?.code ?? null])).toEqual([
      [0, 'CREATED', null],
      [1, 'FAILED', 'BAD_USER_INPUT'],
      [2, 'UNCHANGED', null],
    ]);
    expect(results[1].error?.problems[0]).toMatchObject({ field: 'date' });
    expect(writes).toEqual(['insert 2025-07-31']);
    expect(audited.map((change) => change.operation)).toEqual(['recordMeasurement']);
    // The outer transaction, then each item's savepoint around its own mutation (which the real unit of
    // work joins to the outer transaction; the fake logs it as a nested begin/commit).
    expect(log).toEqual([
      'begin',
      'savepoint',
      'begin',
      'audit recordMeasurement',
      'commit',
      'release savepoint',
      'savepoint',
      'begin',
      'rollback',
      'rollback to savepoint',
      'savepoint',
      'begin',
      'commit',
      'release savepoint',
      'commit',
    ]);
  });

  it('refuses more items than the batch size before recording any', async () => {
    const { service, writes } = setup();
    const item = { benefitId: BENEFIT, date: '2025-07-31', value: '40' };
    const error = await refusal(service.recordMany(owner, [item, item, item, item]));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({
      field: 'input',
      problems: [{ field: 'input', reason: 'TOO_MANY_AT_ONCE', params: { max: 3 } }],
    });
    expect(writes).toEqual([]);
  });

  it('corrects the current version: supersedes it, adds the next revision, audits before and after', async () => {
    const { service, rows, writes, audited } = setup();
    const corrected = await service.correct(owner, {
      measurementId: MEASUREMENT,
      value: '41',
      reason: ' Feil i uttrekket ',
    });
    expect(corrected).toMatchObject({
      date: '2025-06-30',
      value: '41',
      revision: 2,
      supersedesId: MEASUREMENT,
      correctionReason: 'Feil i uttrekket',
      source: 'Fagsystem',
    });
    expect(rows.get(MEASUREMENT)?.supersededById).toBe(corrected.id);
    expect(writes).toEqual([`supersede ${MEASUREMENT}`, 'insert 2025-06-30']);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'correctMeasurement',
        entityType: 'BenefitMeasurement',
        entityId: corrected.id,
        before: expect.objectContaining({ id: MEASUREMENT, value: '42.5', supersededAt: null }),
        after: corrected,
      }),
    ]);
  });

  it('answers a correction of a superseded (stale) version with CONFLICT naming the current one', async () => {
    const { service, writes, audited } = setup();
    const first = await service.correct(owner, { measurementId: MEASUREMENT, value: '41', reason: 'Feil' });
    writes.length = 0;
    audited.length = 0;
    const error = await refusal(
      service.correct(owner, { measurementId: MEASUREMENT, value: '40', reason: 'Igjen' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({
      reason: 'MEASUREMENT_CORRECTED_ALREADY',
      params: { date: '2025-06-30', by: first.id },
      currentId: first.id,
    });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('refuses a correction without a reason or to the same value, naming each field', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.correct(owner, { measurementId: MEASUREMENT, value: '42.500', reason: '  ' }),
    );
    expect(error.extensions.problems).toEqual([
      {
        field: 'reason',
        message: 'must not be empty: say why the value is corrected',
        reason: 'CORRECTION_REASON_REQUIRED',
        params: {},
      },
      {
        field: 'value',
        message: 'is the value recorded already (42.5): nothing to correct',
        reason: 'NOTHING_TO_CORRECT',
        params: { value: '42.5' },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown benefit or measurement', async () => {
    const { service } = setup();
    expect(
      (await refusal(service.record(owner, { benefitId: UNKNOWN, date: '2025-12-31', value: '1' }))).message,
    ).toBe(`Benefit ${UNKNOWN} was not found`);
    expect(
      (await refusal(service.correct(owner, { measurementId: UNKNOWN, value: '1', reason: 'x' }))).message,
    ).toBe(`Measurement ${UNKNOWN} was not found`);
  });
});
