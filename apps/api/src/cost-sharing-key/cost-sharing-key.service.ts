import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseKeySpec } from '@gevinst/cost-model';
import { type CostSharingKeySpec, LIMITS, canEditInitiative, msg } from '@gevinst/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { rethrowCostModel } from '../common/cost-model-errors.js';
import { InputProblems, forbidden, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid, likePattern } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { CostSharingKeyVersionEntity } from './cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from './cost-sharing-key.entity.js';
import { CostSharingKeySortField } from './dto/cost-sharing-key-sort.input.js';
import { CostSharingKeysArgs } from './dto/cost-sharing-keys.args.js';
import { CreateCostSharingKeyInput } from './dto/create-cost-sharing-key.input.js';
import { UpdateCostSharingKeyInput } from './dto/update-cost-sharing-key.input.js';

interface Rules {
  spec: CostSharingKeySpec;
  populationYear: number | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Validates a key specification with the cost-model schema; problems name `spec.<path>`. */
export function validSpec(spec: unknown, field = 'spec'): CostSharingKeySpec {
  try {
    return parseKeySpec(spec);
  } catch (error) {
    rethrowCostModel(error, field);
  }
}

const KEY_SORT_COLUMNS: Record<CostSharingKeySortField, string> = {
  [CostSharingKeySortField.NAME]: 'k.name',
  [CostSharingKeySortField.CREATED_AT]: 'k.created_at',
  [CostSharingKeySortField.UPDATED_AT]: 'k.updated_at',
};
const KEY_SORT_DEFAULT = { field: CostSharingKeySortField.NAME, direction: SortDirection.ASC };

@Injectable()
export class CostSharingKeyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: CostSharingKeysArgs): Promise<Page<CostSharingKeyEntity>> {
    assertPage(args);
    const problems = new InputProblems();
    if (args.ownerOrganisationId && !isUuid(args.ownerOrganisationId))
      problems.check('ownerOrganisationId', msg('NOT_A_UUID'));
    if (args.search && args.search.length > LIMITS.search)
      problems.check('search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();
    const query = this.db.getRepository(CostSharingKeyEntity).createQueryBuilder('k');
    if (args.ownerOrganisationId)
      query.andWhere('k.owner_organisation_id = :owner', { owner: args.ownerOrganisationId });
    if (args.search?.trim())
      query.andWhere("k.name ILIKE :p ESCAPE '\\'", { p: likePattern(args.search.trim()) });
    if (args.method)
      query.andWhere(
        `EXISTS (SELECT 1 FROM cost_sharing_key_versions v
                 WHERE v.key_id = k.id AND v.version_number = k.current_version AND v.spec->>'method' = :method)`,
        { method: args.method },
      );
    const [nodes, totalCount] = await applySort(query, args.sort, KEY_SORT_COLUMNS, KEY_SORT_DEFAULT, [
      'k.name',
      'k.id',
    ])
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }

  async findById(id: string): Promise<CostSharingKeyEntity> {
    assertUuid('id', id);
    const key = await this.db.getRepository(CostSharingKeyEntity).findOneBy({ id });
    if (!key) throw notFound('Cost-sharing key', id);
    return key;
  }

  async create(actor: Actor, input: CreateCostSharingKeyInput): Promise<CostSharingKeyEntity> {
    this.assertCanManage(actor, input.ownerOrganisationId);
    const spec = validSpec(input.spec);
    const rules: Rules = {
      spec,
      populationYear: input.populationYear ?? null,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
    };
    const name = input.name.trim();
    return this.db.transaction(async (em) => {
      const problems = this.checkRules(new InputProblems(), rules).check(
        'name',
        name ? (name.length > LIMITS.label ? msg('TOO_LONG', { max: LIMITS.label }) : null) : msg('REQUIRED'),
      );
      if (!isUuid(input.ownerOrganisationId)) problems.check('ownerOrganisationId', msg('NOT_A_UUID'));
      else if (!(await em.getRepository(OrganisationEntity).existsBy({ id: input.ownerOrganisationId })))
        problems.check('ownerOrganisationId', msg('ORGANISATION_MISSING', { id: input.ownerOrganisationId }));
      else if (
        await em
          .getRepository(CostSharingKeyEntity)
          .existsBy({ ownerOrganisationId: input.ownerOrganisationId, name })
      )
        problems.check('name', msg('KEY_NAME_TAKEN', { name }));
      problems.throwIfAny();
      const key = await em.getRepository(CostSharingKeyEntity).save(
        em.getRepository(CostSharingKeyEntity).create({
          name,
          description: input.description?.trim() ?? '',
          ownerOrganisationId: input.ownerOrganisationId,
          currentVersion: 1,
          isDemo: false,
          version: 1,
        }),
      );
      await this.insertVersion(em, key.id, 1, rules, actor.kind === 'SYSTEM' ? null : actor.userId);
      await this.audit.record(em, actor, {
        operation: 'createCostSharingKey',
        entityType: 'CostSharingKey',
        entityId: key.id,
        ownerOrganisationId: key.ownerOrganisationId,
        after: { ...key, rules },
      });
      return key;
    });
  }

  async update(actor: Actor, input: UpdateCostSharingKeyInput): Promise<CostSharingKeyEntity> {
    assertUuid('id', input.id);
    return this.db.transaction(async (em) => {
      const key = await em
        .getRepository(CostSharingKeyEntity)
        .createQueryBuilder('k')
        .setLock('pessimistic_write')
        .where('k.id = :id', { id: input.id })
        .getOne();
      if (!key) throw notFound('Cost-sharing key', input.id);
      this.assertCanManage(actor, key.ownerOrganisationId);
      if (key.version !== input.version) throw staleVersion('Cost-sharing key', key.version, input.version);
      const current = await em
        .getRepository(CostSharingKeyVersionEntity)
        .findOneByOrFail({ keyId: key.id, versionNumber: key.currentVersion });
      const rules: Rules = {
        spec: input.spec === undefined || input.spec === null ? current.spec : validSpec(input.spec),
        populationYear: input.populationYear === undefined ? current.populationYear : input.populationYear,
        validFrom: input.validFrom === undefined ? current.validFrom : input.validFrom,
        validTo: input.validTo === undefined ? current.validTo : input.validTo,
      };
      const name = input.name?.trim() ?? key.name;
      const problems = this.checkRules(new InputProblems(), rules).check(
        'name',
        name ? null : msg('REQUIRED'),
      );
      if (name !== key.name) {
        const clash = await em
          .getRepository(CostSharingKeyEntity)
          .findOneBy({ ownerOrganisationId: key.ownerOrganisationId, name });
        if (clash && clash.id !== key.id) problems.check('name', msg('KEY_NAME_TAKEN', { name }));
      }
      problems.throwIfAny();

      const rulesChanged =
        JSON.stringify(rules.spec) !== JSON.stringify(current.spec) ||
        rules.populationYear !== current.populationYear ||
        rules.validFrom !== current.validFrom ||
        rules.validTo !== current.validTo;
      let currentVersion = key.currentVersion;
      let newVersion = false;
      if (rulesChanged) {
        const used = await em.query<unknown[]>(
          `SELECT 1 FROM allocation_lines WHERE key_version_id = $1 LIMIT 1`,
          [current.id],
        );
        if (used.length) {
          currentVersion = key.currentVersion + 1;
          newVersion = true;
          await this.insertVersion(
            em,
            key.id,
            currentVersion,
            rules,
            actor.kind === 'SYSTEM' ? null : actor.userId,
          );
        } else {
          await em.getRepository(CostSharingKeyVersionEntity).update({ id: current.id }, rules);
        }
      }
      await em
        .createQueryBuilder()
        .update(CostSharingKeyEntity)
        .set({
          name,
          description: input.description?.trim() ?? key.description,
          currentVersion,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id', { id: key.id })
        .execute();
      const after = await em.getRepository(CostSharingKeyEntity).findOneByOrFail({ id: key.id });
      await this.audit.record(em, actor, {
        operation: 'updateCostSharingKey',
        entityType: 'CostSharingKey',
        entityId: key.id,
        ownerOrganisationId: key.ownerOrganisationId,
        before: { ...key, rules: current },
        after: { ...after, rules, newVersion },
      });
      return after;
    });
  }

  versions(keyId: string): Promise<CostSharingKeyVersionEntity[]> {
    return this.db
      .getRepository(CostSharingKeyVersionEntity)
      .find({ where: { keyId }, order: { versionNumber: 'DESC' } });
  }

  /** Keys are managed by the initiative owners of the key's organisation, and by administrators. */
  private assertCanManage(actor: Actor, ownerOrganisationId: string): void {
    if (!canEditInitiative(actor, { ownerId: ownerOrganisationId }))
      throw forbidden(msg('KEY_MANAGERS_ONLY'));
  }

  private checkRules(problems: InputProblems, rules: Rules): InputProblems {
    const { min, max } = LIMITS.populationYear;
    if (rules.populationYear !== null && (rules.populationYear < min || rules.populationYear > max))
      problems.check('populationYear', msg('NOT_BETWEEN', { min, max, got: String(rules.populationYear) }));
    if (rules.validFrom && rules.validTo && rules.validTo < rules.validFrom)
      problems.check('validTo', msg('BEFORE_VALID_FROM', { validFrom: rules.validFrom }));
    return problems;
  }

  private async insertVersion(
    em: EntityManager,
    keyId: string,
    versionNumber: number,
    rules: Rules,
    userId: string | null,
  ) {
    await em.getRepository(CostSharingKeyVersionEntity).insert({
      keyId,
      versionNumber,
      spec: rules.spec,
      populationYear: rules.populationYear,
      validFrom: rules.validFrom,
      validTo: rules.validTo,
      createdByUserId: userId,
    });
  }
}
