import { randomUUID } from 'node:crypto';
import { LIMITS, canRecordMeasurement, msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import { normaliseDecimal } from '../common/decimal.js';
import {
  InputProblems,
  PG_UNIQUE_VIOLATION,
  conflict,
  forbidden,
  notFound,
  pgErrorCode,
} from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway } from '../common/today.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { CorrectMeasurementInput } from './dto/correct-measurement.input.js';
import { RecordMeasurementInput } from './dto/record-measurement.input.js';
import { MeasurementEntity } from './measurement.entity.js';

/**
 * Measurements are append-only: `record` adds the first version for a date, `correct` adds a new version
 * that supersedes the current one (same date, new value, a reason). Nothing is overwritten; the database
 * refuses any change but marking a version superseded.
 */
@Injectable()
export class MeasurementService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async findById(id: string): Promise<MeasurementEntity> {
    assertUuid('id', id);
    const measurement = await this.db.getRepository(MeasurementEntity).findOneBy({ id });
    if (!measurement) throw notFound('Measurement', id);
    return measurement;
  }

  async record(actor: Actor, input: RecordMeasurementInput): Promise<MeasurementEntity> {
    assertUuid('benefitId', input.benefitId);
    return this.db.transaction(async (em) => {
      const { benefit, initiative } = await this.benefitFor(em, input.benefitId);
      this.assertCanRecord(actor, benefit, initiative);
      const today = todayInNorway();
      const source = input.source?.trim() ?? '';
      const comment = input.comment?.trim() ?? '';
      const problems = new InputProblems();
      if (input.date < benefit.baselineDate)
        problems.check(
          'date',
          msg('MEASURED_BEFORE_BASELINE', { baselineDate: benefit.baselineDate, date: input.date }),
        );
      if (input.date > today) problems.check('date', msg('MEASURED_IN_FUTURE', { date: input.date, today }));
      if (source.length > LIMITS.measurementSource)
        problems.check('source', msg('TOO_LONG', { max: LIMITS.measurementSource }));
      if (comment.length > LIMITS.measurementComment)
        problems.check('comment', msg('TOO_LONG', { max: LIMITS.measurementComment }));
      problems.throwIfAny();
      const existing = await em
        .getRepository(MeasurementEntity)
        .createQueryBuilder('m')
        .where('m.benefit_id = :benefitId AND m.measured_on = :date AND m.superseded_at IS NULL', {
          benefitId: benefit.id,
          date: input.date,
        })
        .getOne();
      if (existing) throw this.sameDate(existing);
      const measurement = await this.insert(em, {
        id: randomUUID(),
        benefitId: benefit.id,
        date: input.date,
        value: normaliseDecimal(input.value),
        source,
        comment,
        revision: 1,
        supersedesId: null,
        correctionReason: null,
        recordedByUserId: actor.userId,
        recordedByName: actor.name,
        recordedByOrganisationId: actor.organisationId,
      });
      await this.audit.record(em, actor, {
        operation: 'recordMeasurement',
        entityType: 'BenefitMeasurement',
        entityId: measurement.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: measurement,
      });
      return measurement;
    });
  }

  async correct(actor: Actor, input: CorrectMeasurementInput): Promise<MeasurementEntity> {
    assertUuid('measurementId', input.measurementId);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(MeasurementEntity).findOneBy({ id: input.measurementId });
      if (!current) throw notFound('Measurement', input.measurementId);
      const { benefit, initiative } = await this.benefitFor(em, current.benefitId);
      this.assertCanRecord(actor, benefit, initiative);
      if (current.supersededById)
        throw conflict(
          msg('MEASUREMENT_CORRECTED_ALREADY', { date: current.date, by: current.supersededById }),
          { currentId: await this.currentVersionId(em, current) },
        );
      const reason = input.reason.trim();
      const value = normaliseDecimal(input.value);
      const problems = new InputProblems();
      if (!reason) problems.check('reason', msg('CORRECTION_REASON_REQUIRED'));
      if (reason.length > LIMITS.measurementComment)
        problems.check('reason', msg('TOO_LONG', { max: LIMITS.measurementComment }));
      if (value === normaliseDecimal(current.value))
        problems.check('value', msg('NOTHING_TO_CORRECT', { value: current.value }));
      problems.throwIfAny();
      const id = randomUUID();
      // Mark the current version superseded first (its row is locked from here), then add the new version:
      // the partial unique index allows one current version per benefit and date.
      const marked = await em
        .createQueryBuilder()
        .update(MeasurementEntity)
        .set({ supersededAt: () => 'now()', supersededById: id })
        .where('id = :id AND superseded_at IS NULL', { id: current.id })
        .execute();
      if (marked.affected !== 1)
        throw conflict(msg('MEASUREMENT_CORRECTED_MEANWHILE', { date: current.date }));
      const corrected = await this.insert(em, {
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
      });
      await this.audit.record(em, actor, {
        operation: 'correctMeasurement',
        entityType: 'BenefitMeasurement',
        entityId: corrected.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
        after: corrected,
      });
      return corrected;
    });
  }

  private async insert(em: EntityManager, row: Partial<MeasurementEntity>): Promise<MeasurementEntity> {
    try {
      await em.getRepository(MeasurementEntity).insert({ ...row, isDemo: false });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION)
        throw conflict(msg('MEASUREMENT_RECORDED_MEANWHILE', { date: row.date! }));
      throw error;
    }
    return em.getRepository(MeasurementEntity).findOneByOrFail({ id: row.id });
  }

  private async benefitFor(
    em: EntityManager,
    benefitId: string,
  ): Promise<{ benefit: BenefitEntity; initiative: InitiativeEntity }> {
    const benefit = await em.getRepository(BenefitEntity).findOneBy({ id: benefitId });
    if (!benefit) throw notFound('Benefit', benefitId);
    const initiative = await em.getRepository(InitiativeEntity).findOneByOrFail({ id: benefit.initiativeId });
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

  private sameDate(existing: MeasurementEntity) {
    return conflict(
      msg('MEASUREMENT_EXISTS', { date: existing.date, value: existing.value, id: existing.id }),
      { measurementId: existing.id },
    );
  }

  private async currentVersionId(em: EntityManager, version: MeasurementEntity): Promise<string | null> {
    const current = await em
      .getRepository(MeasurementEntity)
      .createQueryBuilder('m')
      .where('m.benefit_id = :benefitId AND m.measured_on = :date AND m.superseded_at IS NULL', {
        benefitId: version.benefitId,
        date: version.date,
      })
      .getOne();
    return current?.id ?? null;
  }
}
