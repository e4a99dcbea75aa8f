import { Column, CreateDateColumn, type EntityManager, type EntityTarget, UpdateDateColumn } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { staleVersion } from './errors.js';

/**
 * The columns every editable record shares: demo marker, optimistic-locking version (increased by every
 * update; an update that names another version gets CONFLICT) and timestamps.
 */
export abstract class VersionedEntity {
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * Writes `fields` to the record `id` of `entity` if it is still at `version`, increasing the version and
 * the update time; CONFLICT (staleVersion, naming `label`) when someone else's update committed first.
 */
export async function updateAtVersion<E extends VersionedEntity>(
  em: EntityManager,
  entity: EntityTarget<E>,
  label: string,
  id: string,
  version: number,
  fields: QueryDeepPartialEntity<E>,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw staleVersion(label, undefined, version);
}
