import { FundingScheme } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'initiative_funding_sources' })
export class FundingSourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  scheme!: FundingScheme;

  /** NOK as a decimal string with two decimals. */
  @Column({ type: 'numeric', precision: 15, scale: 2 })
  amount!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** The year the funding is for. */
  @Column({ type: 'integer' })
  year!: number;

  /** OWN_BUDGET: the organisation whose budget it comes from; null for a grant (the scheme pays). */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** NOK received so far (two decimals); null when nothing is recorded. `amount` is the planned amount. */
  @Column({ name: 'received_amount', type: 'numeric', precision: 15, scale: 2, nullable: true })
  receivedAmount!: string | null;

  /** OWN_BUDGET: the agency's budget chapter in the state budget (kapittel, 4 digits); null: not stated. */
  @Column({ name: 'budget_chapter', type: 'text', nullable: true })
  budgetChapter!: string | null;

  /** OWN_BUDGET: the post under the chapter (2 digits); null: not stated. */
  @Column({ name: 'budget_post', type: 'text', nullable: true })
  budgetPost!: string | null;

  /** STIMULAB: the support given in kind (service design hours), beside or instead of money; null: none. */
  @Column({ name: 'in_kind_description', type: 'text', nullable: true })
  inKindDescription!: string | null;
}
