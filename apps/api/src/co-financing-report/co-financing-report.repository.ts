import { Injectable } from '@nestjs/common';
import { BenefitOwnerReportEntity } from '../benefit-report/benefit-owner-report.entity.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CoFinancingReportSubmissionEntity } from './co-financing-report-submission.entity.js';
import { type BenefitCalculator, loadCalculators } from '../realisation/benefit-figures.js';

/**
 * The co-financing report's reads, in the request's UnitOfWork: the names and the grant in one statement,
 * the grant by year, the agencies' own-budget accounts, the initiative's benefits with their owners'
 * reports of the year, and their calculators; and the only code that writes co_financing_report_submissions. (The benefits
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

  /**
   * The first year with a co-financing grant (a CO_FINANCING source with a planned amount above 0), or null
   * when the initiative is not co-financed.
   */
  async firstGrantYear(initiativeId: string): Promise<number | null> {
    const [row] = await this.uow.manager().query<{ year: number | null }[]>(
      `SELECT min(year) AS year FROM initiative_funding_sources
       WHERE initiative_id = $1 AND scheme = 'CO_FINANCING' AND amount > 0`,
      [initiativeId],
    );
    return row?.year ?? null;
  }

  /** The co-financing grant by year: planned and received sums as text (received null when none is recorded). */
  grantByYear(initiativeId: string): Promise<{ year: number; planned: string; received: string | null }[]> {
    return this.uow.manager().query(
      `SELECT year, sum(amount)::text AS planned, sum(received_amount)::text AS received
       FROM initiative_funding_sources WHERE initiative_id = $1 AND scheme = 'CO_FINANCING'
       GROUP BY year ORDER BY year`,
      [initiativeId],
    );
  }

  /**
   * The organisations funding the initiative from their own budget (OWN_BUDGET sources), with their kind,
   * name, and each source's year and budget chapter/post, by year.
   */
  ownBudgets(initiativeId: string): Promise<
    {
      organisation_id: string;
      kind: string;
      name: string;
      year: number;
      budget_chapter: string | null;
      budget_post: string | null;
    }[]
  > {
    return this.uow.manager().query(
      `SELECT f.organisation_id, o.kind, o.name, f.year, f.budget_chapter, f.budget_post
       FROM initiative_funding_sources f JOIN organisations o ON o.id = f.organisation_id
       WHERE f.initiative_id = $1 AND f.scheme = 'OWN_BUDGET'
       ORDER BY f.year, f.position`,
      [initiativeId],
    );
  }

  /**
   * Every co-financed initiative (a CO_FINANCING source above 0) with its first grant year; `scope` limits
   * them to these owners or ministries (null: all).
   */
  coFinanced(scope: { ownerIds: string[]; ministryIds: string[] } | null): Promise<
    {
      id: string;
      code: string;
      name: string;
      owner_id: string;
      ministry_id: string;
      end_date: string | null;
      first_grant_year: number;
    }[]
  > {
    return this.uow.manager().query(
      `SELECT i.id, i.code, i.name, i.owner_id, i.ministry_id, to_char(i.end_date, 'YYYY-MM-DD') AS end_date,
              min(f.year) AS first_grant_year
       FROM initiatives i JOIN initiative_funding_sources f
         ON f.initiative_id = i.id AND f.scheme = 'CO_FINANCING' AND f.amount > 0
       WHERE $1::boolean OR i.owner_id = ANY($2::uuid[]) OR i.ministry_id = ANY($3::uuid[])
       GROUP BY i.id ORDER BY i.code`,
      [scope === null, scope?.ownerIds ?? [], scope?.ministryIds ?? []],
    );
  }

  /** The reports marked submitted of these initiatives, by initiative, ascending by year. */
  async submissionsOf(
    initiativeIds: readonly string[],
  ): Promise<Map<string, CoFinancingReportSubmissionEntity[]>> {
    const map = new Map<string, CoFinancingReportSubmissionEntity[]>();
    if (!initiativeIds.length) return map;
    const rows = await this.uow
      .manager()
      .getRepository(CoFinancingReportSubmissionEntity)
      .createQueryBuilder('s')
      .where('s.initiative_id = ANY(CAST(:ids AS uuid[]))', { ids: [...initiativeIds] })
      .orderBy('s.year', 'ASC')
      .getMany();
    for (const row of rows) map.set(row.initiativeId, [...(map.get(row.initiativeId) ?? []), row]);
    return map;
  }

  /** The submission of one report, or null. */
  submission(initiativeId: string, year: number): Promise<CoFinancingReportSubmissionEntity | null> {
    return this.uow
      .manager()
      .getRepository(CoFinancingReportSubmissionEntity)
      .findOneBy({ initiativeId, year });
  }

  /** Records a report as submitted (the caller has checked that it is not yet). */
  insertSubmission(fields: {
    initiativeId: string;
    year: number;
    kind: 'ANNUAL' | 'FINAL';
    submittedByUserId: string | null;
    submittedByName: string;
  }): Promise<CoFinancingReportSubmissionEntity> {
    const table = this.uow.manager().getRepository(CoFinancingReportSubmissionEntity);
    return table.save(table.create(fields));
  }
}
