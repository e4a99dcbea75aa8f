import type { CoFinancingApplicationStatus, CoFinancingCategory } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/** The grant applied for in one year (NOK with two decimals). */
export interface GrantYear {
  year: number;
  amount: string;
}

/** A stated exception the secretariat recorded for a finding code, and who recorded it when. */
export interface RecordedException {
  code: string;
  reason: string;
  recordedByUserId: string | null;
  recordedByName: string;
  recordedAt: string;
}

/**
 * An application to a co-financing call for an initiative. The applicant is the initiative's owner and the
 * partners its other participants (read, never copied here).
 */
@Entity({ name: 'co_financing_applications' })
export class CoFinancingApplicationEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'text' })
  category!: CoFinancingCategory;

  /** NOK, the project's total cost as applied for. */
  @Column({ name: 'total_cost', type: 'numeric', precision: 15, scale: 2 })
  totalCost!: string;

  /** NOK, the grant applied for. */
  @Column({ name: 'requested_grant', type: 'numeric', precision: 15, scale: 2 })
  requestedGrant!: string;

  @Column({ name: 'requested_by_year', type: 'jsonb' })
  requestedByYear!: GrantYear[];

  @Column({ name: 'ks_consulted', type: 'boolean' })
  ksConsulted!: boolean;

  @Column({ name: 'ks_consulted_on', type: 'date', nullable: true })
  ksConsultedOn!: string | null;

  @Column({ name: 'ks_note', type: 'text' })
  ksNote!: string;

  @Column({ type: 'text' })
  status!: CoFinancingApplicationStatus;

  @Column({ type: 'jsonb' })
  exceptions!: RecordedException[];

  @Column({ name: 'decision_note', type: 'text' })
  decisionNote!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ name: 'decided_by_name', type: 'text', nullable: true })
  decidedByName!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
