import type { BenefitPlanSnapshot, BenefitPlanStatus } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/**
 * A version of an initiative's binding benefits plan: the frozen snapshot of its benefits' planned figures,
 * proposed by the owner and approved (then in force until a later approved version supersedes it) or
 * rejected by the funding schemes' secretariat.
 */
@Entity({ name: 'benefit_plan_versions' })
export class BenefitPlanVersionEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  /** 1, 2, … per initiative, in the order proposed. */
  @Column({ name: 'version_number', type: 'integer' })
  versionNumber!: number;

  @Column({ type: 'text' })
  status!: BenefitPlanStatus;

  @Column({ type: 'jsonb' })
  snapshot!: BenefitPlanSnapshot;

  /** Why the version was proposed (the proposer's words). */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'proposed_by_user_id', type: 'uuid', nullable: true })
  proposedByUserId!: string | null;

  @Column({ name: 'proposed_by_name', type: 'text', nullable: true })
  proposedByName!: string | null;

  /** When it was approved or rejected; null while PROPOSED. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ name: 'decided_by_name', type: 'text', nullable: true })
  decidedByName!: string | null;

  /** The secretariat's note with its decision ('' when none). */
  @Column({ name: 'decision_note', type: 'text', default: '' })
  decisionNote!: string;

  /** When a later approved version replaced it; null otherwise. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
