import { Injectable } from '@nestjs/common';
import { BenefitOwnerReportEntity } from '../benefit-report/benefit-owner-report.entity.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { type BenefitCalculator, loadCalculators } from '../realisation/benefit-figures.js';

/**
 * The co-financing report's reads, in the request's UnitOfWork: the names and the grant in one statement,
 * the initiative's benefits with their owners' reports of the year, and their calculators. (The benefits
 * and their reports are read here until those features have repositories of their own; the cost items
 * are CostItemRepository's, the initiative InitiativeRepository's, other organisations'
 * names OrganisationRepository's.)
 */
@Injectable()
export class CoFinancingReportRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** The owner's and the ministry's names and the initiative's co-financing grant (a sum as text). */
  async namesAndGrant(
    ownerId: string,
    ministryId: string,
    initiativeId: string,
  ): Promise<{ owner: string; ministry: string; grant: string }> {
    const [names] = await this.uow.manager().query<{ owner: string; ministry: string; grant: string }[]>(
      `SELECT (SELECT name FROM organisations WHERE id = $1) AS owner, (SELECT name FROM organisations WHERE id = $2) AS ministry,
              (SELECT coalesce(sum(amount), 0)::text FROM initiative_funding_sources WHERE initiative_id = $3 AND scheme = 'CO_FINANCING') AS grant`,
      [ownerId, ministryId, initiativeId],
    );
    return names;
  }

  /** The initiative's benefits, oldest first. */
  benefitsOf(initiativeId: string): Promise<BenefitEntity[]> {
    return this.uow
      .manager()
      .getRepository(BenefitEntity)
      .find({ where: { initiativeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The benefit owners' reports of the year on the initiative's benefits, by benefit. */
  async ownerReportsOf(initiativeId: string, year: number): Promise<Map<string, BenefitOwnerReportEntity>> {
    const reports = await this.uow
      .manager()
      .getRepository(BenefitOwnerReportEntity)
      .createQueryBuilder('r')
      .where(
        'r.year = :year AND r.benefit_id IN (SELECT id FROM benefits WHERE initiative_id = :initiativeId)',
        {
          year,
          initiativeId,
        },
      )
      .getMany();
    return new Map(reports.map((report) => [report.benefitId, report]));
  }

  /** The realisation calculators of the initiative's benefits as of `asOf`, by benefit. */
  async calculatorsOf(
    initiativeId: string,
    asOf: string,
    fromYear: number,
  ): Promise<Map<string, BenefitCalculator>> {
    const calculators = await loadCalculators(this.uow.manager(), [initiativeId], asOf, fromYear);
    return new Map(calculators.map((calculator) => [calculator.plan.id, calculator]));
  }
}
