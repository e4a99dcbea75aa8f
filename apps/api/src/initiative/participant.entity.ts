import { ParticipantRole } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'initiative_participants' })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  role!: ParticipantRole;

  /** Whether the participant shares the costs (by default partners and funders do). */
  @Column({ type: 'boolean', default: true })
  pays!: boolean;

  /** The participant's group in a TWO_LEVEL key; null means its administrative level. */
  @Column({ name: 'cost_group', type: 'text', nullable: true })
  costGroup!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
