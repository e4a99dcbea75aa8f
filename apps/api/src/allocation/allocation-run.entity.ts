import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { AllocationRunStatus as RunStatusCode } from '@gevinst/domain';

/** CURRENT or SUPERSEDED (the domain's AllocationRunStatus, as its string values). */
export type AllocationRunStatus = `${RunStatusCode}`;

/** An immutable allocation of an initiative's costs for one year; a newer run supersedes it. */
@Entity({ name: 'allocation_runs' })
export class AllocationRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  status!: AllocationRunStatus;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @Column({ name: 'superseded_by_run_id', type: 'uuid', nullable: true })
  supersededByRunId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ name: 'created_by_email', type: 'text', nullable: true })
  createdByEmail!: string | null;

  /** Everything the run used: cost items, key versions, participants and drivers. */
  @Column({ type: 'jsonb' })
  inputs!: Record<string, unknown>;

  @Column({ name: 'planned_total', type: 'numeric', precision: 15, scale: 2 })
  plannedTotal!: string;

  @Column({ name: 'actual_total', type: 'numeric', precision: 15, scale: 2, nullable: true })
  actualTotal!: string | null;

  /** Σ planned amount of the cost items allocated (after any SET_COST_ITEM_FROM_KEY); null only if unknown. */
  @Column({ name: 'cost_item_amount', type: 'numeric', precision: 15, scale: 2, nullable: true })
  costItemAmount!: string | null;

  /** cost_item_amount − planned_total, signed; non-zero only for a run made with ACCEPT_DIFFERENCE. */
  @Column({ type: 'numeric', precision: 15, scale: 2, default: 0 })
  difference!: string;

  /** The AllocationReconciliation the run was made with; null for runs made before it existed. */
  @Column({ type: 'text', nullable: true })
  reconciliation!: string | null;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount!: number;
}
