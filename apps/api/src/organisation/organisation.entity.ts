import { AdministrativeLevel, OrganisationKind } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

@Entity({ name: 'organisations' })
export class OrganisationEntity extends VersionedEntity {
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
}
