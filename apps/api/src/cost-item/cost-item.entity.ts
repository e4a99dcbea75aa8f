import type { CostCategory } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A planned (and, once known, actual) cost of an initiative in one year. */
@Entity({ name: 'cost_items' })
export class CostItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  category!: CostCategory;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** NOK, decimal string with two decimals. */
  @Column({ name: 'planned_amount', type: 'numeric', precision: 15, scale: 2 })
  plannedAmount!: string;

  @Column({ name: 'actual_amount', type: 'numeric', precision: 15, scale: 2, nullable: true })
  actualAmount!: string | null;

  /** The key for this item; null means the initiative's key. */
  @Column({ name: 'cost_sharing_key_id', type: 'uuid', nullable: true })
  costSharingKeyId!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
