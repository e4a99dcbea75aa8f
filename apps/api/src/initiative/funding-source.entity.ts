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
}
