import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The population of a county on 1 January of a year. */
@Entity({ name: 'county_populations' })
export class CountyPopulationEntity {
  @PrimaryColumn({ name: 'county_number', type: 'varchar', length: 2 })
  countyNumber!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  value!: number;

  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
