import type { RagStatus, TargetForecast } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimalColumn } from '../common/decimal.js';
import { VersionedEntity } from '../common/versioned-entity.js';

/**
 * A benefit owner's status report for one reporting period of a benefit (issue 16): the owner's RAG
 * judgement beside the computed one, the cause of a deviation, the corrective action, who is responsible,
 * the next review and the forecast for the next target. Periods: libs/domain status-report.ts.
 */
@Entity({ name: 'benefit_status_reports' })
export class BenefitStatusReportEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'owner_rag', type: 'text' })
  ownerRag!: RagStatus;

  @Column({ name: 'computed_rag', type: 'text', nullable: true })
  computedRag!: RagStatus | null;

  @Column({ type: 'text', default: '' })
  cause!: string;

  @Column({ name: 'corrective_action', type: 'text', default: '' })
  correctiveAction!: string;

  @Column({ type: 'text', default: '' })
  responsible!: string;

  @Column({ name: 'next_review', type: 'date', nullable: true })
  nextReview!: string | null;

  @Column({ type: 'text' })
  forecast!: TargetForecast;

  @Column({ name: 'forecast_target_date', type: 'date', nullable: true })
  forecastTargetDate!: string | null;

  @Column({
    name: 'forecast_value',
    type: 'numeric',
    precision: 20,
    scale: 6,
    nullable: true,
    transformer: decimalColumn,
  })
  forecastValue!: string | null;

  @Column({ name: 'reported_by_user_id', type: 'uuid', nullable: true })
  reportedByUserId!: string | null;

  @Column({ name: 'reported_by_name', type: 'text', nullable: true })
  reportedByName!: string | null;

  @Column({ name: 'reported_by_organisation_id', type: 'uuid', nullable: true })
  reportedByOrganisationId!: string | null;
}
