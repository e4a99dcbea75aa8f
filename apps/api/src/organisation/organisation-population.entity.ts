import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The population an organisation serves on 1 January of a year (municipalities, county authorities). */
@Entity({ name: 'organisation_populations' })
export class OrganisationPopulationEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  value!: number;

  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
