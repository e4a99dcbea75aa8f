import { Injectable } from '@nestjs/common';
import type { CostSharingKeySpec } from '@gevinst/domain';
import { In } from 'typeorm';
import { likePattern } from '../common/ids.js';
import { namedQuery } from '../common/named-sql.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CostSharingKeyVersionEntity } from './cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from './cost-sharing-key.entity.js';
import { CostSharingKeySortField } from './dto/cost-sharing-key-sort.input.js';

/** The rules of a key version: what allocations read. */
export interface KeyRules {
  spec: CostSharingKeySpec;
  populationYear: number | null;
  validFrom: string | null;
  validTo: string | null;
}

/** The filter of a key list, already validated. */
export interface KeyFilter {
  ownerOrganisationId?: string | null;
  search?: string | null;
  method?: string | null;
}

/** A key's own fields besides its rules, as created. */
export interface NewKey {
  name: string;
  description: string;
  ownerOrganisationId: string;
}

/**
 * The ids of the current versions of some keys, with named parameters; committed as SQL in
 * apps/api/src/allocation/queries/allocation-run.repository.sql, as what an allocation run reads.
 */
export const CURRENT_KEY_VERSION_IDS_SQL = `SELECT v.id FROM cost_sharing_key_versions v JOIN cost_sharing_keys k ON k.id = v.key_id
WHERE v.key_id = ANY(:keyIds::uuid[]) AND v.version_number = k.current_version`;

const SORT_COLUMNS: Record<CostSharingKeySortField, string> = {
  [CostSharingKeySortField.NAME]: 'k.name',
  [CostSharingKeySortField.CREATED_AT]: 'k.created_at',
  [CostSharingKeySortField.UPDATED_AT]: 'k.updated_at',
};
const SORT_DEFAULT = { field: CostSharingKeySortField.NAME, direction: SortDirection.ASC };

/**
 * The only code that reads and writes the cost-sharing keys and their versions (cost_sharing_keys,
 * cost_sharing_key_versions), in the request's transaction (UnitOfWork).
 */
@Injectable()
export class CostSharingKeyRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get keys() {
    return this.uow.manager().getRepository(CostSharingKeyEntity);
  }

  private get versionTable() {
    return this.uow.manager().getRepository(CostSharingKeyVersionEntity);
  }

  exists(id: string): Promise<boolean> {
    return this.keys.existsBy({ id });
  }

  findById(id: string): Promise<CostSharingKeyEntity | null> {
    return this.keys.findOneBy({ id });
  }

  /** The key, locked for the rest of the transaction (one change of a key at a time). */
  findForUpdate(id: string): Promise<CostSharingKeyEntity | null> {
    return this.keys
      .createQueryBuilder('k')
      .setLock('pessimistic_write')
      .where('k.id = :id', { id })
      .getOne();
  }

  /** A page of the keys matching `filter`, with the count of all of them. */
  async page(
    filter: KeyFilter,
    sort: Partial<Sort<CostSharingKeySortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: CostSharingKeyEntity[]; totalCount: number }> {
    const query = this.keys.createQueryBuilder('k');
    if (filter.ownerOrganisationId)
      query.andWhere('k.owner_organisation_id = :owner', { owner: filter.ownerOrganisationId });
    if (filter.search?.trim())
      query.andWhere("k.name ILIKE :p ESCAPE '\\'", { p: likePattern(filter.search.trim()) });
    if (filter.method)
      query.andWhere(
        `EXISTS (SELECT 1 FROM cost_sharing_key_versions v
                 WHERE v.key_id = k.id AND v.version_number = k.current_version AND v.spec->>'method' = :method)`,
        { method: filter.method },
      );
    const [nodes, totalCount] = await applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['k.name', 'k.id'])
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }

  /** Whether the organisation has a key named `name`. */
  nameTaken(ownerOrganisationId: string, name: string): Promise<boolean> {
    return this.keys.existsBy({ ownerOrganisationId, name });
  }

  /** The organisation's key named `name`, if any. */
  findByName(ownerOrganisationId: string, name: string): Promise<CostSharingKeyEntity | null> {
    return this.keys.findOneBy({ ownerOrganisationId, name });
  }

  /** Stores a new key at its first version. */
  insert(key: NewKey): Promise<CostSharingKeyEntity> {
    return this.keys.save(this.keys.create({ ...key, currentVersion: 1, isDemo: false, version: 1 }));
  }

  /** Writes the key's name, description and current version, one version on, and returns it as stored. */
  async update(
    id: string,
    fields: { name: string; description: string; currentVersion: number },
  ): Promise<CostSharingKeyEntity> {
    await this.uow
      .manager()
      .createQueryBuilder()
      .update(CostSharingKeyEntity)
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
    return this.keys.findOneByOrFail({ id });
  }

  /** The version of the key in force. */
  currentVersion(
    key: Pick<CostSharingKeyEntity, 'id' | 'currentVersion'>,
  ): Promise<CostSharingKeyVersionEntity> {
    return this.versionTable.findOneByOrFail({ keyId: key.id, versionNumber: key.currentVersion });
  }

  /** Every version of the key, newest first. */
  versions(keyId: string): Promise<CostSharingKeyVersionEntity[]> {
    return this.versionTable.find({ where: { keyId }, order: { versionNumber: 'DESC' } });
  }

  async insertVersion(
    keyId: string,
    versionNumber: number,
    rules: KeyRules,
    createdByUserId: string | null,
  ): Promise<void> {
    await this.versionTable.insert({ keyId, versionNumber, ...rules, createdByUserId });
  }

  /** Changes the rules of a version that no allocation has used. */
  async updateRules(versionId: string, rules: KeyRules): Promise<void> {
    await this.versionTable.update({ id: versionId }, rules);
  }

  /**
   * Whether any stored allocation line was computed with the version: such a version is kept as it is,
   * and a change of rules makes a new one. (A probe of one row of allocation_lines, whose repository is
   * in the allocation module, which depends on this one.)
   */
  async versionUsed(versionId: string): Promise<boolean> {
    const used = await this.uow
      .manager()
      .query<unknown[]>(`SELECT 1 FROM allocation_lines WHERE key_version_id = $1 LIMIT 1`, [versionId]);
    return used.length > 0;
  }

  /** The keys and their current versions (for an allocation). */
  async currentVersions(
    keyIds: readonly string[],
  ): Promise<{ keys: CostSharingKeyEntity[]; versions: CostSharingKeyVersionEntity[] }> {
    const keys = await this.keys.findBy({ id: In([...keyIds]) });
    const ids = await namedQuery<{ id: string }[]>(this.uow.manager(), CURRENT_KEY_VERSION_IDS_SQL, {
      keyIds,
    });
    const versions = await this.versionTable.findBy({ id: In(ids.map((v) => v.id)) });
    return { keys, versions };
  }
}
