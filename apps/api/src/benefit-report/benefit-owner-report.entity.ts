import { RagStatus } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/**
 * A benefit owner's (gevinsteier's) yearly input on a benefit: their assessment and comment, used in the
 * co-financing annual report ("status of benefits realisation including input from external benefit owners").
 */
@Entity({ name: 'benefit_owner_reports' })
export class BenefitOwnerReportEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  assessment!: RagStatus;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ name: 'reported_by_user_id', type: 'uuid', nullable: true })
  reportedByUserId!: string | null;

  @Column({ name: 'reported_by_name', type: 'text', nullable: true })
  reportedByName!: string | null;

  @Column({ name: 'reported_by_organisation_id', type: 'uuid', nullable: true })
  reportedByOrganisationId!: string | null;
}
