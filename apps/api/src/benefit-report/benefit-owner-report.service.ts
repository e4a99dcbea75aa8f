import { LIMITS, canRecordMeasurement, msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { AuditService } from '../audit/audit.service.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import { AppError, InputProblems, conflict, forbidden, notFound, staleVersion } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { BenefitOwnerReportEntity } from './benefit-owner-report.entity.js';
import { SubmitBenefitOwnerReportInput } from './dto/submit-benefit-owner-report.input.js';

@Injectable()
export class BenefitOwnerReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Submits (or, with the version read, replaces) the benefit owner's report of a year. The same people who
   * record measurements may: users of the initiative's owner or of the receiving organisation, and admins.
   */
  async submit(actor: Actor, input: SubmitBenefitOwnerReportInput): Promise<BenefitOwnerReportEntity> {
    assertUuid('benefitId', input.benefitId);
    return this.db.transaction(async (em) => {
      const benefit = await em.getRepository(BenefitEntity).findOneBy({ id: input.benefitId });
      if (!benefit) throw notFound('Benefit', input.benefitId);
      const initiative = await em
        .getRepository(InitiativeEntity)
        .findOneByOrFail({ id: benefit.initiativeId });
      if (
        !canRecordMeasurement(actor, {
          initiativeOwnerId: initiative.ownerId,
          receivingOrganisationId: benefit.receivingOrganisationId,
        })
      )
        throw forbidden(msg('OWNER_REPORT_ACCESS', { title: benefit.title }));
      const comment = input.comment.trim();
      const thisYear = yearOf(todayInNorway());
      const problems = new InputProblems();
      if (!Number.isInteger(input.year) || input.year < LIMITS.year.min || input.year > thisYear)
        problems.check(
          'year',
          msg('YEAR_FROM_TO', { min: LIMITS.year.min, max: thisYear, got: String(input.year) }),
        );
      if (!comment) problems.check('comment', msg('REQUIRED'));
      if (comment.length > LIMITS.ownerReportComment)
        problems.check('comment', msg('TOO_LONG', { max: LIMITS.ownerReportComment }));
      problems.throwIfAny();
      const repository = em.getRepository(BenefitOwnerReportEntity);
      const existing = await repository
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.benefit_id = :benefitId AND r.year = :year', { benefitId: benefit.id, year: input.year })
        .getOne();
      const fields = {
        assessment: input.assessment,
        comment,
        reportedByUserId: actor.userId,
        reportedByName: actor.name,
        reportedByOrganisationId: actor.organisationId,
      };
      let report: BenefitOwnerReportEntity;
      if (!existing) {
        if (input.version !== undefined && input.version !== null)
          throw reportNotFound(input.year, benefit.id);
        report = await repository.save(
          repository.create({
            ...fields,
            benefitId: benefit.id,
            year: input.year,
            isDemo: false,
            version: 1,
          }),
        );
      } else {
        if (input.version === undefined || input.version === null)
          throw conflict(
            msg('OWNER_REPORT_EXISTS', { title: benefit.title, year: input.year, version: existing.version }),
            { currentVersion: existing.version },
          );
        if (existing.version !== input.version)
          throw staleVersion('Benefit owner report', existing.version, input.version);
        // Someone else's update may have committed between the read and this write.
        await updateAtVersion(
          em,
          BenefitOwnerReportEntity,
          'Benefit owner report',
          existing.id,
          input.version,
          fields,
        );
        report = await repository.findOneByOrFail({ id: existing.id });
      }
      await this.audit.record(em, actor, {
        operation: 'submitBenefitOwnerReport',
        entityType: 'BenefitOwnerReport',
        entityId: report.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: existing,
        after: report,
      });
      return report;
    });
  }
}

/**
 * NOT_FOUND for a replacement of a report that does not exist: its own words (the year and the benefit),
 * with the extensions notFound gives (`entity`, `id`) as before.
 */
function reportNotFound(year: number, benefitId: string): AppError {
  return new AppError('NOT_FOUND', msg('OWNER_REPORT_NOT_FOUND', { year, benefitId }), [], {
    entity: `Benefit owner report ${year} of benefit`,
    id: benefitId,
  });
}
