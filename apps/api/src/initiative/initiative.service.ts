import {
  InitiativePhase,
  LIMITS,
  msg,
  OrganisationKind,
  ParticipantRole,
  canEditInitiative,
  initiativeCodeProblem,
  paysByDefault,
  nokAmountProblem,
  RagFilter,
  ragMatches,
} from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { AuditService } from '../audit/audit.service.js';
import { ragByInitiative } from '../realisation/benefit-figures.js';
import { todayInNorway } from '../common/today.js';
import {
  AppError,
  InputProblems,
  badInput,
  conflict,
  forbidden,
  notFound,
  staleVersion,
} from '../common/errors.js';
import { assertUuid, isUuid, likePattern } from '../common/ids.js';
import { Page, PageArgs, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { CreateInitiativeInput } from './dto/create-initiative.input.js';
import { FundingSourceInput } from './dto/funding-source.input.js';
import { InitiativeFilter } from './dto/initiative-filter.input.js';
import { InitiativeSort, InitiativeSortField } from './dto/initiative-sort.input.js';
import { ParticipantSortField } from './dto/participant-sort.input.js';
import { ParticipantsArgs } from './dto/participants.args.js';
import { UpdateInitiativeInput } from './dto/update-initiative.input.js';
import { FundingSourceEntity } from './funding-source.entity.js';
import { InitiativeEntity } from './initiative.entity.js';
import { ParticipantEntity } from './participant.entity.js';

const PHASE_ORDER = `(array_position(ARRAY['CONCEPT','PLANNING','EXECUTION','REALISATION','CLOSED']::text[], i.phase))`;

const SORT_COLUMNS: Record<InitiativeSortField, string> = {
  [InitiativeSortField.CODE]: 'i.code',
  [InitiativeSortField.NAME]: 'i.name',
  [InitiativeSortField.PHASE]: PHASE_ORDER,
  [InitiativeSortField.START_DATE]: 'i.start_date',
  [InitiativeSortField.UPDATED_AT]: 'i.updated_at',
};
const SORT_DEFAULT = { field: InitiativeSortField.CODE, direction: SortDirection.ASC };

const PARTICIPANT_SORT_COLUMNS: Record<ParticipantSortField, string> = {
  [ParticipantSortField.ORGANISATION]: 'o.name',
  [ParticipantSortField.ROLE]: 'p.role',
  [ParticipantSortField.ADMINISTRATIVE_LEVEL]: `(array_position(ARRAY['CENTRAL','REGIONAL','LOCAL']::text[], o.administrative_level))`,
  [ParticipantSortField.POPULATION]:
    '(SELECT pop.value FROM organisation_populations pop WHERE pop.organisation_id = o.id ORDER BY pop.year DESC LIMIT 1)',
  [ParticipantSortField.ADDED]: 'p.created_at',
};
const PARTICIPANT_SORT_DEFAULT = { field: ParticipantSortField.ORGANISATION, direction: SortDirection.ASC };

interface InitiativeFields {
  code: string;
  name: string;
  description: string;
  ownerId: string;
  ministryId: string;
  lifeEvent: InitiativeEntity['lifeEvent'];
  phase: InitiativePhase;
  startDate: string | null;
  endDate: string | null;
  costSharingKeyId: string | null;
}

/** NOT_FOUND for an organisation that does not take part (extensions.entity as notFound writes it). */
function participantNotFound(code: string, organisationId: string): AppError {
  return new AppError('NOT_FOUND', msg('PARTICIPANT_NOT_FOUND', { code, id: organisationId }), [], {
    entity: `Participant of ${code}`,
    id: organisationId,
  });
}

@Injectable()
export class InitiativeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    filter: InitiativeFilter | undefined,
    sort: InitiativeSort | undefined,
    page: PageArgs,
  ): Promise<Page<InitiativeEntity>> {
    assertPage(page);
    const query = this.db.getRepository(InitiativeEntity).createQueryBuilder('i');
    this.applyFilter(query, filter ?? {});
    if (filter?.rag?.length) await this.applyRagFilter(query, filter.rag);
    applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['i.code', 'i.id'])
      .offset(page.offset)
      .limit(page.limit);
    const [nodes, totalCount] = await query.getManyAndCount();
    return { nodes, totalCount };
  }

  /**
   * Keeps the initiatives (among those the other filters select) whose overall RAG status today is one
   * of `rag`. The status is computed by cost-model from each benefit's plan and latest measurement, so
   * the matching ids are found first and the page is then read in SQL as usual.
   */
  private async applyRagFilter(query: SelectQueryBuilder<InitiativeEntity>, rag: RagFilter[]): Promise<void> {
    const ids = (await query.clone().select('i.id', 'id').getRawMany<{ id: string }>()).map((row) => row.id);
    const rags = await ragByInitiative(this.db, ids, todayInNorway());
    const matching = [...rags].filter(([, status]) => ragMatches(status, rag)).map(([id]) => id);
    if (rag.includes(RagFilter.NOT_ASSESSED))
      query.andWhere(
        '(i.id = ANY(CAST(:ragMatching AS uuid[])) OR NOT (i.id = ANY(CAST(:ragAssessed AS uuid[]))))',
        {
          ragMatching: matching,
          ragAssessed: [...rags.keys()],
        },
      );
    else query.andWhere('i.id = ANY(CAST(:ragMatching AS uuid[]))', { ragMatching: matching });
  }

  private applyFilter(query: SelectQueryBuilder<InitiativeEntity>, filter: InitiativeFilter): void {
    const problems = new InputProblems();
    for (const key of ['ministryId', 'ownerId', 'participantId'] as const) {
      const value = filter[key];
      if (value !== undefined && value !== null && !isUuid(value))
        problems.check(`filter.${key}`, msg('NOT_A_UUID_GOT', { got: `"${value.slice(0, 80)}"` }));
    }
    if (filter.search && filter.search.length > LIMITS.search)
      problems.check('filter.search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();

    if (filter.ministryId) query.andWhere('i.ministry_id = :ministryId', { ministryId: filter.ministryId });
    if (filter.ownerId) query.andWhere('i.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.participantId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM initiative_participants p WHERE p.initiative_id = i.id AND p.organisation_id = :participantId)',
        { participantId: filter.participantId },
      );
    if (filter.phase?.length) query.andWhere('i.phase IN (:...phases)', { phases: filter.phase });
    if (filter.lifeEvent?.length)
      query.andWhere('i.life_event IN (:...lifeEvents)', { lifeEvents: filter.lifeEvent });
    if (filter.administrativeLevel)
      query.andWhere(
        `EXISTS (SELECT 1 FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
                 WHERE p.initiative_id = i.id AND o.administrative_level = :level)`,
        { level: filter.administrativeLevel },
      );
    if (filter.isDemo !== undefined && filter.isDemo !== null)
      query.andWhere('i.is_demo = :isDemo', { isDemo: filter.isDemo });
    const search = filter.search?.trim();
    if (search)
      query.andWhere("(i.code ILIKE :pattern ESCAPE '\\' OR i.name ILIKE :pattern ESCAPE '\\')", {
        pattern: likePattern(search),
      });
  }

  /** A page of an initiative's participants, with how many of the matching ones pay. */
  async participants(args: ParticipantsArgs): Promise<Page<ParticipantEntity> & { payingCount: number }> {
    assertUuid('initiativeId', args.initiativeId);
    assertPage(args);
    const filter = args.filter ?? {};
    if (filter.search && filter.search.length > LIMITS.search)
      throw badInput('filter.search', msg('TOO_LONG', { max: LIMITS.search }));
    await this.findById(args.initiativeId);
    const query = this.db
      .getRepository(ParticipantEntity)
      .createQueryBuilder('p')
      .innerJoin('organisations', 'o', 'o.id = p.organisation_id')
      .where('p.initiative_id = :initiativeId', { initiativeId: args.initiativeId });
    if (filter.role?.length) query.andWhere('p.role IN (:...roles)', { roles: filter.role });
    if (filter.administrativeLevel)
      query.andWhere('o.administrative_level = :level', { level: filter.administrativeLevel });
    if (filter.pays !== undefined && filter.pays !== null)
      query.andWhere('p.pays = :pays', { pays: filter.pays });
    const search = filter.search?.trim();
    if (search)
      query.andWhere("(o.name ILIKE :pattern ESCAPE '\\' OR o.org_number = :exact)", {
        pattern: likePattern(search),
        exact: search.replace(/\s/g, ''),
      });
    const counts = await query
      .clone()
      .select('count(*)::int', 'total')
      .addSelect('count(*) FILTER (WHERE p.pays)::int', 'paying')
      .getRawOne<{ total: number; paying: number }>();
    const nodes = await applySort(query, args.sort, PARTICIPANT_SORT_COLUMNS, PARTICIPANT_SORT_DEFAULT, [
      'o.name',
      'p.id',
    ])
      .offset(args.offset)
      .limit(args.limit)
      .getMany();
    return { nodes, totalCount: counts?.total ?? 0, payingCount: counts?.paying ?? 0 };
  }

  async findById(id: string): Promise<InitiativeEntity> {
    assertUuid('id', id);
    const initiative = await this.db.getRepository(InitiativeEntity).findOneBy({ id });
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  async create(actor: Actor, input: CreateInitiativeInput): Promise<InitiativeEntity> {
    if (!canEditInitiative(actor, { ownerId: input.ownerId }))
      throw forbidden(msg('INITIATIVE_CREATE_ACCESS'));
    return this.db.transaction(async (em) => {
      const fields: InitiativeFields = {
        code: input.code.trim(),
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
        ownerId: input.ownerId,
        ministryId: input.ministryId,
        lifeEvent: input.lifeEvent ?? null,
        phase: input.phase ?? InitiativePhase.CONCEPT,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        costSharingKeyId: input.costSharingKeyId ?? null,
      };
      const problems = await this.validate(em, fields, null);
      this.checkFunding(problems, input.fundingSources ?? []);
      const participants = input.participants ?? [];
      if (participants.length > LIMITS.participantsPerCall)
        problems.check('participants', msg('TOO_MANY_AT_ONCE', { max: LIMITS.participantsPerCall }));
      const seen = new Set<string>([fields.ownerId]);
      participants.forEach((participant, index) => {
        if (!isUuid(participant.organisationId))
          problems.check(`participants[${index}].organisationId`, msg('NOT_A_UUID'));
        else if (seen.has(participant.organisationId))
          problems.check(
            `participants[${index}].organisationId`,
            participant.organisationId === fields.ownerId ? msg('OWNER_TAKES_PART') : msg('LISTED_TWICE'),
          );
        else if (participant.role === ParticipantRole.OWNER)
          problems.check(`participants[${index}].role`, msg('ONLY_OWNER_IS_OWNER'));
        seen.add(participant.organisationId);
      });
      if (!problems.any && participants.length) {
        const ids = participants.map((p) => p.organisationId);
        const found = new Set(
          (
            await em.getRepository(OrganisationEntity).find({ select: { id: true }, where: { id: In(ids) } })
          ).map((o) => o.id),
        );
        ids.forEach((id, index) => {
          if (!found.has(id))
            problems.check(`participants[${index}].organisationId`, msg('ORGANISATION_MISSING', { id }));
        });
      }
      problems.throwIfAny();

      const initiative = await em
        .getRepository(InitiativeEntity)
        .save(em.getRepository(InitiativeEntity).create({ ...fields, isDemo: false, version: 1 }));
      await this.replaceFunding(em, initiative.id, input.fundingSources ?? []);
      await em.getRepository(ParticipantEntity).insert([
        {
          initiativeId: initiative.id,
          organisationId: fields.ownerId,
          role: ParticipantRole.OWNER,
          pays: false,
        },
        ...participants.map((p) => ({
          initiativeId: initiative.id,
          organisationId: p.organisationId,
          role: p.role,
          pays: p.pays ?? paysByDefault(p.role),
        })),
      ]);
      await this.audit.record(em, actor, {
        operation: 'createInitiative',
        entityType: 'Initiative',
        entityId: initiative.id,
        ownerOrganisationId: initiative.ownerId,
        after: { ...initiative, fundingSources: input.fundingSources ?? [], participants },
      });
      return initiative;
    });
  }

  async update(actor: Actor, input: UpdateInitiativeInput): Promise<InitiativeEntity> {
    assertUuid('id', input.id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(InitiativeEntity).findOneBy({ id: input.id });
      if (!current) throw notFound('Initiative', input.id);
      this.assertCanEdit(actor, current);
      if (
        input.ownerId &&
        input.ownerId !== current.ownerId &&
        !canEditInitiative(actor, { ownerId: input.ownerId })
      )
        throw forbidden(msg('INITIATIVE_HANDOVER'));
      if (current.version !== input.version) throw staleVersion('Initiative', current.version, input.version);
      const fields: InitiativeFields = {
        code: input.code?.trim() ?? current.code,
        name: input.name?.trim() ?? current.name,
        description: input.description?.trim() ?? current.description,
        ownerId: input.ownerId ?? current.ownerId,
        ministryId: input.ministryId ?? current.ministryId,
        lifeEvent: input.lifeEvent === undefined ? current.lifeEvent : input.lifeEvent,
        phase: input.phase ?? current.phase,
        startDate: input.startDate === undefined ? current.startDate : input.startDate,
        endDate: input.endDate === undefined ? current.endDate : input.endDate,
        costSharingKeyId:
          input.costSharingKeyId === undefined ? current.costSharingKeyId : input.costSharingKeyId,
      };
      const problems = await this.validate(em, fields, current.id);
      if (input.fundingSources) this.checkFunding(problems, input.fundingSources);
      problems.throwIfAny();
      // Someone else's update may have committed between the read and this write.
      await updateAtVersion(em, InitiativeEntity, 'Initiative', input.id, input.version, fields);
      if (input.fundingSources) await this.replaceFunding(em, current.id, input.fundingSources);
      if (fields.ownerId !== current.ownerId)
        await this.moveOwnership(em, current.id, current.ownerId, fields.ownerId);
      const after = await em.getRepository(InitiativeEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(em, actor, {
        operation: 'updateInitiative',
        entityType: 'Initiative',
        entityId: current.id,
        ownerOrganisationId: after.ownerId,
        before: current,
        after: { ...after, ...(input.fundingSources ? { fundingSources: input.fundingSources } : {}) },
      });
      return after;
    });
  }

  async addParticipant(
    actor: Actor,
    initiativeId: string,
    organisationId: string,
    role: ParticipantRole,
    pays?: boolean,
  ): Promise<ParticipantEntity> {
    assertUuid('initiativeId', initiativeId);
    assertUuid('organisationId', organisationId);
    if (role === ParticipantRole.OWNER) throw badInput('role', msg('OWNER_ROLE_BY_UPDATE'));
    return this.db.transaction(async (em) => {
      const initiative = await this.lockInitiative(em, initiativeId);
      this.assertCanEdit(actor, initiative);
      if (!(await em.getRepository(OrganisationEntity).existsBy({ id: organisationId })))
        throw badInput('organisationId', msg('ORGANISATION_MISSING', { id: organisationId }));
      const existing = await em.getRepository(ParticipantEntity).findOneBy({ initiativeId, organisationId });
      if (existing)
        throw conflict(msg('ALREADY_TAKES_PART', { code: initiative.code, role: existing.role }), {
          participantId: existing.id,
        });
      const participant = await em
        .getRepository(ParticipantEntity)
        .save(
          em
            .getRepository(ParticipantEntity)
            .create({ initiativeId, organisationId, role, pays: pays ?? paysByDefault(role) }),
        );
      await this.touch(em, initiativeId);
      await this.audit.record(em, actor, {
        operation: 'addParticipant',
        entityType: 'Initiative',
        entityId: initiativeId,
        ownerOrganisationId: initiative.ownerId,
        after: { participant: participant },
      });
      return participant;
    });
  }

  /** Changes a participant's role, whether it pays, and its TWO_LEVEL group. */
  async updateParticipant(
    actor: Actor,
    initiativeId: string,
    organisationId: string,
    changes: { role?: ParticipantRole; pays?: boolean; costGroup?: string | null },
  ): Promise<ParticipantEntity> {
    assertUuid('initiativeId', initiativeId);
    assertUuid('organisationId', organisationId);
    return this.db.transaction(async (em) => {
      const initiative = await this.lockInitiative(em, initiativeId);
      this.assertCanEdit(actor, initiative);
      const existing = await em.getRepository(ParticipantEntity).findOneBy({ initiativeId, organisationId });
      if (!existing) throw participantNotFound(initiative.code, organisationId);
      const problems = new InputProblems();
      if (
        changes.role &&
        (changes.role === ParticipantRole.OWNER) !== (organisationId === initiative.ownerId)
      )
        problems.check('role', msg('OWNER_ROLE_BY_UPDATE'));
      const costGroup =
        changes.costGroup === undefined ? existing.costGroup : changes.costGroup?.trim() || null;
      if (costGroup && !/^[A-Za-z0-9_-]{1,40}$/.test(costGroup))
        problems.check('costGroup', msg('COST_GROUP_FORMAT'));
      problems.throwIfAny();
      await em
        .getRepository(ParticipantEntity)
        .update(
          { id: existing.id },
          { role: changes.role ?? existing.role, pays: changes.pays ?? existing.pays, costGroup },
        );
      await this.touch(em, initiativeId);
      const after = await em.getRepository(ParticipantEntity).findOneByOrFail({ id: existing.id });
      await this.audit.record(em, actor, {
        operation: 'updateParticipant',
        entityType: 'Initiative',
        entityId: initiativeId,
        ownerOrganisationId: initiative.ownerId,
        before: { participant: existing },
        after: { participant: after },
      });
      return after;
    });
  }

  async removeParticipant(
    actor: Actor,
    initiativeId: string,
    organisationId: string,
  ): Promise<InitiativeEntity> {
    assertUuid('initiativeId', initiativeId);
    assertUuid('organisationId', organisationId);
    return this.db.transaction(async (em) => {
      const initiative = await this.lockInitiative(em, initiativeId);
      this.assertCanEdit(actor, initiative);
      if (initiative.ownerId === organisationId) throw badInput('organisationId', msg('OWNER_NOT_REMOVABLE'));
      const existing = await em.getRepository(ParticipantEntity).findOneBy({ initiativeId, organisationId });
      if (!existing) throw participantNotFound(initiative.code, organisationId);
      await em.getRepository(ParticipantEntity).delete({ id: existing.id });
      await this.touch(em, initiativeId);
      await this.audit.record(em, actor, {
        operation: 'removeParticipant',
        entityType: 'Initiative',
        entityId: initiativeId,
        ownerOrganisationId: initiative.ownerId,
        before: { participant: existing },
      });
      return em.getRepository(InitiativeEntity).findOneByOrFail({ id: initiativeId });
    });
  }

  /** Owners of the owner organisation and administrators edit an initiative; others get FORBIDDEN. */
  assertCanEdit(actor: Actor, initiative: { ownerId: string; code: string }): void {
    if (!canEditInitiative(actor, initiative))
      throw forbidden(msg('INITIATIVE_EDIT_ACCESS', { code: initiative.code }));
  }

  private async lockInitiative(em: EntityManager, id: string): Promise<InitiativeEntity> {
    const initiative = await em
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .getOne();
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  private async touch(em: EntityManager, id: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(InitiativeEntity)
      .set({ version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  private async moveOwnership(em: EntityManager, initiativeId: string, oldOwner: string, newOwner: string) {
    const participants = em.getRepository(ParticipantEntity);
    await participants.update({ initiativeId, organisationId: oldOwner }, { role: ParticipantRole.PARTNER });
    const existing = await participants.findOneBy({ initiativeId, organisationId: newOwner });
    if (existing) await participants.update({ id: existing.id }, { role: ParticipantRole.OWNER });
    else
      await participants.insert({
        initiativeId,
        organisationId: newOwner,
        role: ParticipantRole.OWNER,
        pays: false,
      });
  }

  private checkFunding(problems: InputProblems, sources: FundingSourceInput[]): void {
    if (sources.length > LIMITS.fundingSources)
      problems.check('fundingSources', msg('TOO_MANY', { max: LIMITS.fundingSources }));
    sources.forEach((source, index) => {
      problems.check(`fundingSources[${index}].amount`, nokAmountProblem(source.amount));
      if (source.description && source.description.length > LIMITS.costItemDescription)
        problems.check(
          `fundingSources[${index}].description`,
          msg('TOO_LONG', { max: LIMITS.costItemDescription }),
        );
    });
  }

  private async replaceFunding(em: EntityManager, initiativeId: string, sources: FundingSourceInput[]) {
    await em.getRepository(FundingSourceEntity).delete({ initiativeId });
    if (!sources.length) return;
    await em.getRepository(FundingSourceEntity).insert(
      sources.map((source, position) => ({
        initiativeId,
        position,
        scheme: source.scheme,
        amount: source.amount,
        description: source.description?.trim() ?? '',
      })),
    );
  }

  private async validate(
    em: EntityManager,
    fields: InitiativeFields,
    selfId: string | null,
  ): Promise<InputProblems> {
    const problems = new InputProblems();
    problems.check('code', initiativeCodeProblem(fields.code));
    problems.check(
      'name',
      !fields.name
        ? msg('REQUIRED')
        : fields.name.length > LIMITS.name
          ? msg('TOO_LONG', { max: LIMITS.name })
          : null,
    );
    if (fields.description.length > LIMITS.longText)
      problems.check('description', msg('TOO_LONG', { max: LIMITS.longText }));
    if (fields.startDate && fields.endDate && fields.endDate < fields.startDate)
      problems.check('endDate', msg('NOT_BEFORE_FIELD', { field: 'startDate', date: fields.startDate }));
    const orgs = em.getRepository(OrganisationEntity);
    if (!isUuid(fields.ownerId)) problems.check('ownerId', msg('NOT_A_UUID'));
    else if (!(await orgs.existsBy({ id: fields.ownerId })))
      problems.check('ownerId', msg('ORGANISATION_MISSING', { id: fields.ownerId }));
    if (!isUuid(fields.ministryId)) problems.check('ministryId', msg('NOT_A_UUID'));
    else {
      const ministry = await orgs.findOneBy({ id: fields.ministryId });
      if (!ministry) problems.check('ministryId', msg('ORGANISATION_MISSING', { id: fields.ministryId }));
      else if (ministry.kind !== OrganisationKind.MINISTRY)
        problems.check('ministryId', msg('NOT_A_MINISTRY', { name: ministry.name, kind: ministry.kind }));
    }
    if (fields.costSharingKeyId) {
      if (!isUuid(fields.costSharingKeyId)) problems.check('costSharingKeyId', msg('NOT_A_UUID'));
      else if (!(await em.getRepository(CostSharingKeyEntity).existsBy({ id: fields.costSharingKeyId })))
        problems.check('costSharingKeyId', msg('COST_SHARING_KEY_MISSING', { id: fields.costSharingKeyId }));
    }
    if (!problems.any) {
      const sameCode = await em.getRepository(InitiativeEntity).findOneBy({ code: fields.code });
      if (sameCode && sameCode.id !== selfId)
        problems.check('code', msg('INITIATIVE_CODE_TAKEN', { code: fields.code, name: sameCode.name }));
    }
    return problems;
  }
}
