import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A driver value other than population (transactions, users, …) for one participant and year. */
@Entity({ name: 'allocation_drivers' })
export class AllocationDriverEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'text' })
  driver!: string;

  /** A decimal string (up to four decimals). */
  @Column({ type: 'numeric', precision: 20, scale: 4 })
  value!: string;

  @Column({ type: 'text', default: '' })
  source!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
