import { AdministrativeLevel, OrganisationKind } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_number', type: 'varchar', length: 9 })
  orgNumber!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ name: 'administrative_level', type: 'text' })
  administrativeLevel!: AdministrativeLevel;

  @Column({ name: 'municipality_number', type: 'varchar', length: 4, nullable: true })
  municipalityNumber!: string | null;

  @Column({ name: 'county_number', type: 'varchar', length: 2, nullable: true })
  countyNumber!: string | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
