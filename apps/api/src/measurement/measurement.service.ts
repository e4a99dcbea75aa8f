import { randomUUID } from 'node:crypto';
import { LIMITS, canRecordMeasurement, msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import type { BenefitEntity } from '../benefit/benefit.entity.js';
import { BenefitRepository } from '../benefit/benefit.repository.js';
import { BulkItemStatus, type BulkOutcome, type BulkResult, BulkRunner } from '../common/bulk.js';
import { normaliseDecimal } from '../common/decimal.js';
import { InputProblems, conflict, forbidden, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway } from '../common/today.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { CorrectMeasurementInput } from './dto/correct-measurement.input.js';
import { RecordMeasurementInput } from './dto/record-measurement.input.js';
import type { MeasurementEntity } from './measurement.entity.js';
import { MeasurementRepository } from './measurement.repository.js';

/**
 * Measurements are append-only: `record` adds the first version for a date, `correct` adds a new version
 * that supersedes the current one (same date, new value, a reason). Nothing is overwritten; the database
 * refuses any change but marking a version superseded. Each is load → authorise → apply → audit in one
 * transaction (Mutations); the SQL is MeasurementRepository's.
 */
@Injectable()
export class MeasurementService {
  constructor(
    private readonly measurements: MeasurementRepository,
    private readonly benefits: BenefitRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly mutations: Mutations,
    private readonly bulk: BulkRunner,
  ) {}

  async findById(id: string): Promise<MeasurementEntity> {
    assertUuid('id', id);
    const measurement = await this.measurements.findById(id);
    if (!measurement) throw notFound('Measurement', id);
    return measurement;
  }

  /** Records a measurement (see recordOrFind); a second identical one answers the one stored. */
  async record(actor: Actor, input: RecordMeasurementInput): Promise<MeasurementEntity> {
    return (await this.recordOrFind(actor, input)).entity;
  }

  /**
   * Records each measurement of `inputs` as `record` does, each on its own (BulkRunner: one savepoint per
   * item, a refused item reported with its error, the others stored).
   */
  recordMany(
    actor: Actor,
    inputs: readonly RecordMeasurementInput[],
  ): Promise<BulkResult<MeasurementEntity>[]> {
    return this.bulk.run(inputs, (input) => this.recordOrFind(actor, input));
  }

  /**
   * Records a measurement of a benefit: CREATED (audited), or UNCHANGED (nothing written, nothing audited)
   * when the benefit's current measurement of the date has the same value (and the same externalId, when
   * one is sent), so a retried import changes nothing. Another value for the date, or an externalId that
   * belongs to another date's measurement, is a CONFLICT carrying the stored id, value and version
   * (revision): correct that one instead.
   */
  recordOrFind(actor: Actor, input: RecordMeasurementInput): Promise<BulkOutcome<MeasurementEntity>> {
    assertUuid('benefitId', input.benefitId);
    const source = input.source?.trim() ?? '';
    const comment = input.comment?.trim() ?? '';
    const externalId = input.externalId?.trim() || null;
    const value = normaliseDecimal(input.value);
    return this.mutations.mutate(actor, {
      load: async () => {
        const { benefit, initiative } = await this.benefitFor(input.benefitId);
        const existing = await this.measurements.currentOf(benefit.id, input.date);
        const sameExternalId = externalId
          ? await this.measurements.currentByExternalId(benefit.id, externalId)
          : null;
        return { benefit, initiative, existing, sameExternalId };
      },
      authorise: ({ benefit, initiative, existing, sameExternalId }) => {
        this.assertCanRecord(actor, benefit, initiative);
        const today = todayInNorway();
        const problems = new InputProblems();
        if (input.date < benefit.baselineDate)
          problems.check(
            'date',
            msg('MEASURED_BEFORE_BASELINE', { baselineDate: benefit.baselineDate, date: input.date }),
          );
        if (input.date > today)
          problems.check('date', msg('MEASURED_IN_FUTURE', { date: input.date, today }));
        if (source.length > LIMITS.measurementSource)
          problems.check('source', msg('TOO_LONG', { max: LIMITS.measurementSource }));
        if (comment.length > LIMITS.measurementComment)
          problems.check('comment', msg('TOO_LONG', { max: LIMITS.measurementComment }));
        if (externalId && externalId.length > LIMITS.externalId)
          problems.check('externalId', msg('TOO_LONG', { max: LIMITS.externalId }));
        problems.throwIfAny();
        if (sameExternalId && sameExternalId.id !== existing?.id)
          throw conflict(
            msg('MEASUREMENT_EXTERNAL_ID_TAKEN', {
              externalId: externalId ?? '',
              date: sameExternalId.date,
              value: sameExternalId.value,
              id: sameExternalId.id,
            }),
            storedMeasurement(sameExternalId),
          );
        if (existing && !isSameMeasurement(existing, value, externalId))
          throw conflict(
            msg('MEASUREMENT_EXISTS', { date: existing.date, value: existing.value, id: existing.id }),
            storedMeasurement(existing),
          );
      },
      apply: async ({ benefit, existing }): Promise<BulkOutcome<MeasurementEntity>> => {
        if (existing) return { status: BulkItemStatus.UNCHANGED, entity: existing };
        const entity = await this.measurements.insert({
          id: randomUUID(),
          benefitId: benefit.id,
          date: input.date,
          value,
          source,
          comment,
          revision: 1,
          supersedesId: null,
          correctionReason: null,
          recordedByUserId: actor.userId,
          recordedByName: actor.name,
          recordedByOrganisationId: actor.organisationId,
          externalId,
        });
        return { status: BulkItemStatus.CREATED, entity };
      },
      audit: ({ initiative }, { status, entity }) =>
        status === BulkItemStatus.UNCHANGED
          ? null
          : {
              operation: 'recordMeasurement',
              entityType: 'BenefitMeasurement',
              entityId: entity.id,
              ownerOrganisationId: initiative.ownerId,
              initiativeId: initiative.id,
              after: entity,
            },
    });
  }

  correct(actor: Actor, input: CorrectMeasurementInput): Promise<MeasurementEntity> {
    assertUuid('measurementId', input.measurementId);
    const reason = input.reason.trim();
    const value = normaliseDecimal(input.value);
    return this.mutations.mutate(actor, {
      load: async () => {
        const current = await this.measurements.findById(input.measurementId);
        if (!current) throw notFound('Measurement', input.measurementId);
        return { current, ...(await this.benefitFor(current.benefitId)) };
      },
      authorise: async ({ current, benefit, initiative }) => {
        this.assertCanRecord(actor, benefit, initiative);
        if (current.supersededById) {
          const now = await this.measurements.currentOf(current.benefitId, current.date);
          throw conflict(
            msg('MEASUREMENT_CORRECTED_ALREADY', { date: current.date, by: current.supersededById }),
            { currentId: now?.id ?? null },
          );
        }
        const problems = new InputProblems();
        if (!reason) problems.check('reason', msg('CORRECTION_REASON_REQUIRED'));
        if (reason.length > LIMITS.measurementComment)
          problems.check('reason', msg('TOO_LONG', { max: LIMITS.measurementComment }));
        if (value === normaliseDecimal(current.value))
          problems.check('value', msg('NOTHING_TO_CORRECT', { value: current.value }));
        problems.throwIfAny();
      },
      apply: async ({ current }) => {
        const id = randomUUID();
        // Mark the current version superseded first (its row is locked from here), then add the new
        // version: the partial unique index allows one current version per benefit and date.
        if (!(await this.measurements.markSuperseded(current.id, id)))
          throw conflict(msg('MEASUREMENT_CORRECTED_MEANWHILE', { date: current.date }));
        return this.measurements.insert({
          id,
          benefitId: current.benefitId,
          date: current.date,
          value,
          source: current.source,
          comment: current.comment,
          revision: current.revision + 1,
          supersedesId: current.id,
          correctionReason: reason,
          recordedByUserId: actor.userId,
          recordedByName: actor.name,
          recordedByOrganisationId: actor.organisationId,
          externalId: current.externalId,
        });
      },
      audit: ({ current, initiative }, corrected) => ({
        operation: 'correctMeasurement',
        entityType: 'BenefitMeasurement',
        entityId: corrected.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
        after: corrected,
      }),
    });
  }

  private async benefitFor(
    benefitId: string,
  ): Promise<{ benefit: BenefitEntity; initiative: InitiativeEntity }> {
    const benefit = await this.benefits.findById(benefitId);
    if (!benefit) throw notFound('Benefit', benefitId);
    const initiative = await this.initiatives.findById(benefit.initiativeId);
    if (!initiative) throw notFound('Initiative', benefit.initiativeId);
    return { benefit, initiative };
  }

  private assertCanRecord(actor: Actor, benefit: BenefitEntity, initiative: InitiativeEntity): void {
    if (
      !canRecordMeasurement(actor, {
        initiativeOwnerId: initiative.ownerId,
        receivingOrganisationId: benefit.receivingOrganisationId,
      })
    )
      throw forbidden(msg('MEASUREMENT_ACCESS', { title: benefit.title }));
  }
}

/** The same measurement again: the value (as a decimal) and, when one is sent, the externalId. */
function isSameMeasurement(stored: MeasurementEntity, value: string, externalId: string | null): boolean {
  return (
    normaliseDecimal(stored.value) === value && (externalId === null || stored.externalId === externalId)
  );
}

/** What a CONFLICT about a stored measurement carries in `extensions`: its id, value and version. */
function storedMeasurement(stored: MeasurementEntity) {
  return {
    measurementId: stored.id,
    currentValue: stored.value,
    currentVersion: stored.revision,
    date: stored.date,
  };
}
