import type { RagStatus } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/**
 * An initiative owner's period status for one quarter (issue 16): overall RAG, a short summary, the top
 * risks and the decisions needed from the ministry.
 */
@Entity({ name: 'initiative_status_reports' })
export class InitiativeStatusReportEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'overall_rag', type: 'text' })
  overallRag!: RagStatus;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'top_risks', type: 'text', default: '' })
  topRisks!: string;

  @Column({ name: 'decisions_needed', type: 'text', default: '' })
  decisionsNeeded!: string;

  @Column({ name: 'reported_by_user_id', type: 'uuid', nullable: true })
  reportedByUserId!: string | null;

  @Column({ name: 'reported_by_name', type: 'text', nullable: true })
  reportedByName!: string | null;

  @Column({ name: 'reported_by_organisation_id', type: 'uuid', nullable: true })
  reportedByOrganisationId!: string | null;
}
