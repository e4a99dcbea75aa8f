import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { BenefitOwnerReportEntity } from './benefit-owner-report.entity.js';

/** What a benefit owner's report says and who said it (besides its benefit, year, id and version). */
export interface OwnerReportFields {
  assessment: BenefitOwnerReportEntity['assessment'];
  comment: string;
  reportedByUserId: string | null;
  reportedByName: string | null;
  reportedByOrganisationId: string | null;
}

/**
 * The only code that reads and writes benefit_owner_reports, in the request's transaction (UnitOfWork).
 * The GraphQL reads of a benefit's reports are batched by BenefitReportLoaders.
 */
@Injectable()
export class BenefitOwnerReportRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(BenefitOwnerReportEntity);
  }

  /**
   * The benefit's report of `year`, locked until the transaction ends, so two submissions for the same
   * year are decided one after the other; null when there is none.
   */
  findForUpdate(benefitId: string, year: number): Promise<BenefitOwnerReportEntity | null> {
    return this.table
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.benefit_id = :benefitId AND r.year = :year', { benefitId, year })
      .getOne();
  }

  insert(benefitId: string, year: number, fields: OwnerReportFields): Promise<BenefitOwnerReportEntity> {
    return this.table.save(this.table.create({ ...fields, benefitId, year, isDemo: false, version: 1 }));
  }

  /** Writes `fields` if the report is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateAtVersion(
    id: string,
    version: number,
    fields: OwnerReportFields,
  ): Promise<BenefitOwnerReportEntity> {
    await updateAtVersion(
      this.uow.manager(),
      BenefitOwnerReportEntity,
      'Benefit owner report',
      id,
      version,
      fields,
    );
    return this.table.findOneByOrFail({ id });
  }
}
