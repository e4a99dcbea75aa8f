import { canRecordMeasurement } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { AuditService } from '../audit/audit.service.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import { InputProblems, conflict, forbidden, notFound, staleVersion } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { BenefitOwnerReportEntity } from './benefit-owner-report.entity.js';
import { SubmitBenefitOwnerReportInput } from './dto/submit-benefit-owner-report.input.js';

const MAX_COMMENT = 10_000;

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
        throw forbidden(
          `Only users of the initiative's owner organisation or of the organisation receiving "${benefit.title}" (or administrators) report on it`,
        );
      const comment = input.comment.trim();
      const thisYear = yearOf(todayInNorway());
      const problems = new InputProblems();
      if (!Number.isInteger(input.year) || input.year < 1990 || input.year > thisYear)
        problems.check('year', `must be a year from 1990 to ${thisYear} (got ${input.year})`);
      if (!comment) problems.check('comment', 'must not be empty');
      if (comment.length > MAX_COMMENT)
        problems.check('comment', `must be at most ${MAX_COMMENT} characters`);
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
          throw notFound(`Benefit owner report ${input.year} of benefit`, benefit.id);
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
            `"${benefit.title}" has a report for ${input.year} already (version ${existing.version}); send that version to replace it`,
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
