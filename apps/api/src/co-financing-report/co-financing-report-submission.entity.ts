import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A co-financing report marked submitted (one per initiative and year). */
@Entity({ name: 'co_financing_report_submissions' })
export class CoFinancingReportSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  kind!: 'ANNUAL' | 'FINAL';

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'submitted_by_user_id', type: 'uuid', nullable: true })
  submittedByUserId!: string | null;

  @Column({ name: 'submitted_by_name', type: 'text' })
  submittedByName!: string;
}
