import { LIMITS, canRecordMeasurement, msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { BenefitRepository } from '../benefit/benefit.repository.js';
import { AppError, InputProblems, conflict, forbidden, notFound, staleVersion } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import type { BenefitOwnerReportEntity } from './benefit-owner-report.entity.js';
import { BenefitOwnerReportRepository, type OwnerReportFields } from './benefit-owner-report.repository.js';
import { SubmitBenefitOwnerReportInput } from './dto/submit-benefit-owner-report.input.js';

/**
 * Benefit owners' yearly reports: a submission is load → authorise (who may report, the input, the
 * version) → apply → audit in one transaction (Mutations); the SQL is BenefitOwnerReportRepository's.
 */
@Injectable()
export class BenefitOwnerReportService {
  constructor(
    private readonly reports: BenefitOwnerReportRepository,
    private readonly benefits: BenefitRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly mutations: Mutations,
  ) {}

  /**
   * Submits (or, with the version read, replaces) the benefit owner's report of a year. The same people who
   * record measurements may: users of the initiative's owner or of the receiving organisation, and admins.
   */
  async submit(actor: Actor, input: SubmitBenefitOwnerReportInput): Promise<BenefitOwnerReportEntity> {
    assertUuid('benefitId', input.benefitId);
    const comment = input.comment.trim();
    const fields: OwnerReportFields = {
      assessment: input.assessment,
      comment,
      reportedByUserId: actor.userId,
      reportedByName: actor.name,
      reportedByOrganisationId: actor.organisationId,
    };
    const sentVersion = input.version ?? null;
    return this.mutations.mutate(actor, {
      load: async () => {
        const benefit = await this.benefits.findById(input.benefitId);
        if (!benefit) throw notFound('Benefit', input.benefitId);
        const initiative = await this.initiatives.findById(benefit.initiativeId);
        if (!initiative) throw notFound('Initiative', benefit.initiativeId);
        // Locked until the transaction ends: two submissions for the same year are decided in turn.
        const existing = await this.reports.findForUpdate(benefit.id, input.year);
        return { benefit, initiative, existing };
      },
      authorise: ({ benefit, initiative, existing }) => {
        if (
          !canRecordMeasurement(actor, {
            initiativeOwnerId: initiative.ownerId,
            receivingOrganisationId: benefit.receivingOrganisationId,
          })
        )
          throw forbidden(msg('OWNER_REPORT_ACCESS', { title: benefit.title }));
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
        // With a version the submission replaces the year's report; without one it adds it.
        if (!existing) {
          if (sentVersion !== null) throw reportNotFound(input.year, benefit.id);
        } else if (sentVersion === null)
          throw conflict(
            msg('OWNER_REPORT_EXISTS', { title: benefit.title, year: input.year, version: existing.version }),
            { currentVersion: existing.version },
          );
        else if (existing.version !== sentVersion)
          throw staleVersion('Benefit owner report', existing.version, sentVersion);
      },
      // Someone else's update may have committed between the read and this write: CONFLICT then.
      apply: ({ benefit, existing }) =>
        existing
          ? this.reports.updateAtVersion(existing.id, existing.version, fields)
          : this.reports.insert(benefit.id, input.year, fields),
      audit: ({ initiative, existing }, report) => ({
        operation: 'submitBenefitOwnerReport',
        entityType: 'BenefitOwnerReport',
        entityId: report.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: existing,
        after: report,
      }),
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
