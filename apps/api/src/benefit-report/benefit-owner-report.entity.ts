import { RagStatus } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A benefit owner's (gevinsteier's) yearly input on a benefit: their assessment and comment, used in the
 * co-financing annual report ("status of benefits realisation including input from external benefit owners").
 */
@Entity({ name: 'benefit_owner_reports' })
export class BenefitOwnerReportEntity {
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

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
