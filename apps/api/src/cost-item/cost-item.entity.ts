import type { CostCategory, FundingScheme } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/** A planned (and, once known, actual) cost of an initiative in one year. */
@Entity({ name: 'cost_items' })
export class CostItemEntity extends VersionedEntity {
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

  /** The funding source that pays the item when no key allocates it; null: the owner's own budget. */
  @Column({ name: 'funding_scheme', type: 'text', nullable: true })
  fundingScheme!: FundingScheme | null;

  /** With OWN_BUDGET: whose own budget pays it (null: the owner's). */
  @Column({ name: 'paying_organisation_id', type: 'uuid', nullable: true })
  payingOrganisationId!: string | null;

  /** The sender's own reference (a finance system's voucher line), unique per initiative. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;
}
