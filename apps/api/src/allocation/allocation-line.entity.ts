import type { CostCategory } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One organisation's share of one cost item in a run. Never changed after it is written. */
@Entity({ name: 'allocation_lines' })
export class AllocationLineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'cost_item_id', type: 'uuid' })
  costItemId!: string;

  @Column({ name: 'cost_category', type: 'text' })
  costCategory!: CostCategory;

  @Column({ name: 'key_version_id', type: 'uuid' })
  keyVersionId!: string;

  @Column({ name: 'planned_amount', type: 'numeric', precision: 15, scale: 2 })
  plannedAmount!: string;

  @Column({ name: 'actual_amount', type: 'numeric', precision: 15, scale: 2, nullable: true })
  actualAmount!: string | null;

  /** The line's fraction of the cost item's planned amount, 10 decimals. */
  @Column({ type: 'numeric', precision: 16, scale: 10 })
  share!: string;

  @Column({ type: 'text' })
  explanation!: string;

  /** The explanation in Norwegian Bokmål; null on runs stored before it was written. */
  @Column({ name: 'explanation_nb', type: 'text', nullable: true })
  explanationNb!: string | null;
}
