import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimalColumn } from '../common/decimal.js';

/**
 * One version of a measurement of a benefit's indicator. Append-only: a correction is a new row that
 * supersedes the current one (the database refuses any other change).
 */
@Entity({ name: 'benefit_measurements' })
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @Column({ name: 'measured_on', type: 'date' })
  date!: string;

  @Column({ type: 'numeric', precision: 20, scale: 6, transformer: decimalColumn })
  value!: string;

  @Column({ type: 'text', default: '' })
  source!: string;

  @Column({ type: 'text', default: '' })
  comment!: string;

  /** 1 for the first recording, +1 for each correction. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason!: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  @Column({ name: 'recorded_by_name', type: 'text', nullable: true })
  recordedByName!: string | null;

  @Column({ name: 'recorded_by_organisation_id', type: 'uuid', nullable: true })
  recordedByOrganisationId!: string | null;

  /** The source system's reference, unique per benefit among current versions; corrections keep it. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
