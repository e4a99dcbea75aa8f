import {
  InitiativePhase,
  LIMITS,
  OrganisationKind,
  ParticipantRole,
  RagFilter,
  canEditInitiative,
  fundingSourceOrganisation,
  fundingSourceProblems,
  fundingSourceAccountProblems,
  ineligibleSchemes,
  initiativeCodeProblem,
  msg,
  nokAmountProblem,
  orderByFigure,
  normaliseNok,
  paysByDefault,
  ragMatches,
  schemeOwnerProblem,
} from '@gevinst/domain';
import { Injectable, Optional } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, forbidden, notFound, staleVersion } from '../common/errors.js';
import { acceptMoneyInput } from '../common/money-input.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { Page } from '../common/pagination.js';
import { type CursorPage, CursorPageArgs, type PageWindow, pageInfo, pageWindow } from '../common/cursor.js';
import { todayInNorway } from '../common/today.js';
import { CostSharingKeyRepository } from '../cost-sharing-key/cost-sharing-key.repository.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { CreateInitiativeInput } from './dto/create-initiative.input.js';
import { FundingSourceInput } from './dto/funding-source.input.js';
import { InitiativeFilter } from './dto/initiative-filter.input.js';
import {
  FIGURE_SORT_FIELDS,
  type FigureSortField,
  InitiativeSort,
  isFigureSortField,
} from './dto/initiative-sort.input.js';
import { InitiativeFigureSource } from './initiative-figure-source.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { ParticipantInput } from './dto/participant.input.js';
import { UpdateInitiativeInput } from './dto/update-initiative.input.js';
import { assertCanEditInitiative } from './initiative-rules.js';
import { InitiativeEntity } from './initiative.entity.js';
import {
  type FundingSourceFields,
  type InitiativeFields,
  InitiativeRepository,
  type ColumnSortField,
  type OverdueSelection,
  type RagSelection,
} from './initiative.repository.js';
import type { Sort } from '../common/sorting.js';
import { ParticipantRepository } from './participant.repository.js';

/** The name the initiative list's cursors carry. */
const INITIATIVE_LIST = 'initiatives';

/**
 * Initiatives: the list, one initiative, and its creation and update, each change load → authorise (the
 * owner organisation's initiative owners, the version, the input) → apply → audit in one transaction
 * (Mutations). The SQL is InitiativeRepository's and ParticipantRepository's; the participant changes
 * are InitiativeParticipantsService's.
 */
@Injectable()
export class InitiativeService {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly participants: ParticipantRepository,
    private readonly organisations: OrganisationRepository,
    private readonly keys: CostSharingKeyRepository,
    private readonly mutations: Mutations,
    /** Portfolio analytics' figures (absent in unit tests that do not sort by them). */
    @Optional() private readonly figures?: InitiativeFigureSource,
  ) {}

  /**
   * A page of the list, by offset or by cursor (pageWindow), with its pageInfo. Ordered by a column, the
   * page, its count and each initiative's owner and ministry are one statement.
   */
  async list(
    filter: InitiativeFilter | undefined,
    sort: InitiativeSort | undefined,
    args: CursorPageArgs,
  ): Promise<CursorPage<InitiativeEntity>> {
    const window = pageWindow(INITIATIVE_LIST, args);
    const page = await this.listWindow(filter, sort, window);
    return { ...page, pageInfo: pageInfo(INITIATIVE_LIST, window, page.nodes.length, page.totalCount) };
  }

  private async listWindow(
    filter: InitiativeFilter | undefined,
    sort: InitiativeSort | undefined,
    page: PageWindow,
  ): Promise<Page<InitiativeEntity>> {
    const selected = filter ?? {};
    checkFilter(selected);
    const rag = selected.rag?.length ? await this.ragSelection(selected, selected.rag) : null;
    const overdue =
      selected.statusReportOverdue === undefined || selected.statusReportOverdue === null
        ? null
        : await this.overdueSelection(selected, selected.statusReportOverdue);
    if (isFigureSortField(sort?.field))
      return this.pageByFigure(selected, rag, overdue, sort.field, sort.direction ?? SortDirection.ASC, page);
    // Not a figure: a column the repository orders by in SQL.
    return this.initiatives.pageWithOrganisations(
      selected,
      rag,
      sort as Partial<Sort<ColumnSortField>> | undefined,
      page,
      overdue,
    );
  }

  /**
   * A page ordered by a computed figure (Initiative.figures, as of today): every selected initiative is
   * ordered (libs/domain orderByFigure: nulls last, ties by code and id) before the page is cut, so the
   * order runs across pages; the figures come from portfolio analytics, computed once per change.
   */
  private async pageByFigure(
    filter: InitiativeFilter,
    rag: RagSelection | null,
    overdue: OverdueSelection | null,
    field: FigureSortField,
    direction: SortDirection,
    page: PageWindow,
  ): Promise<Page<InitiativeEntity>> {
    if (!this.figures) throw new Error('InitiativeFigureSource is not provided');
    const keys = await this.initiatives.keysMatching(filter, rag, overdue);
    const figures = await this.figures.figuresByInitiative(todayInNorway());
    const property = FIGURE_SORT_FIELDS[field];
    const ordered = orderByFigure(
      keys.map((key) => ({ ...key, value: figures.get(key.id)?.[property] ?? null })),
      direction === SortDirection.DESC ? 'DESC' : 'ASC',
    );
    const offset = page.offset ?? 0;
    const ids = ordered.slice(offset, offset + (page.limit ?? ordered.length)).map((item) => item.id);
    return { nodes: await this.initiatives.byIdsInOrder(ids), totalCount: ordered.length };
  }

  /**
   * Which initiatives (among those the other filters select) have a benefit whose status report is overdue
   * today (libs/domain statusReportDue, read by realisation/status-report-due.ts).
   */
  private async overdueSelection(filter: InitiativeFilter, overdue: boolean): Promise<OverdueSelection> {
    const ids = await this.initiatives.idsMatching(filter);
    const counts = await this.initiatives.overdueOf(ids, todayInNorway());
    return { ids: [...counts.keys()], overdue };
  }

  /**
   * Which initiatives (among those the other filters select) have an overall RAG status today among
   * `rag`. The status is computed by cost-model from each benefit's plan and latest measurement, so the
   * matching ids are found first and the page is then read in SQL as usual.
   */
  private async ragSelection(filter: InitiativeFilter, rag: RagFilter[]): Promise<RagSelection> {
    const ids = await this.initiatives.idsMatching(filter);
    const rags = await this.initiatives.ragOf(ids, todayInNorway());
    return {
      matching: [...rags].filter(([, status]) => ragMatches(status, rag)).map(([id]) => id),
      assessed: [...rags.keys()],
      orNotAssessed: rag.includes(RagFilter.NOT_ASSESSED),
    };
  }

  async findById(id: string): Promise<InitiativeEntity> {
    assertUuid('id', id);
    // With its owner and ministry, which the `initiative` query usually selects: one statement for the three.
    const initiative = await this.initiatives.findByIdWithOrganisations(id);
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  /** The initiative with this code (surrounding blanks ignored), or null when there is none. */
  findByCode(code: string): Promise<InitiativeEntity | null> {
    return this.initiatives.findByCode(code.trim());
  }

  create(actor: Actor, input: CreateInitiativeInput): Promise<InitiativeEntity> {
    acceptMoneyInput(input, 'CreateInitiativeInput');
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
      lifetimeYears: input.lifetimeYears ?? null,
      residualValue: input.residualValue ?? null,
      preProjectRunningCost: input.preProjectRunningCost ?? null,
      priceBaseYear: input.priceBaseYear ?? null,
      costSharingKeyId: input.costSharingKeyId ?? null,
    };
    const fundingInput = input.fundingSources ?? [];
    const participants = input.participants ?? [];
    const fundingSources = fundingFields(fundingInput, fields.ownerId);
    return this.mutations.mutate(actor, {
      load: () => Promise.resolve(null),
      authorise: async () => {
        if (!canEditInitiative(actor, { ownerId: input.ownerId }))
          throw forbidden(msg('INITIATIVE_CREATE_ACCESS'));
        const problems = await this.validate(fields, null);
        await this.checkFunding(problems, fundingInput, fields.ownerId);
        await this.checkParticipants(problems, fields.ownerId, participants);
        problems.throwIfAny();
      },
      apply: async () => {
        const initiative = await this.initiatives.insert(fields);
        await this.initiatives.replaceFunding(initiative.id, fundingSources);
        await this.participants.insertMany([
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
        return initiative;
      },
      audit: (_, initiative) => ({
        operation: 'createInitiative',
        entityType: 'Initiative',
        entityId: initiative.id,
        ownerOrganisationId: initiative.ownerId,
        after: { ...initiative, fundingSources, participants },
      }),
    });
  }

  update(actor: Actor, input: UpdateInitiativeInput): Promise<InitiativeEntity> {
    assertUuid('id', input.id);
    acceptMoneyInput(input, 'UpdateInitiativeInput');
    return this.mutations.mutate(actor, {
      load: async () => {
        const current = await this.initiatives.findById(input.id);
        if (!current) throw notFound('Initiative', input.id);
        const fundingBefore = input.fundingSources ? await this.initiatives.fundingOf(current.id) : null;
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
          lifetimeYears: input.lifetimeYears === undefined ? current.lifetimeYears : input.lifetimeYears,
          residualValue: input.residualValue === undefined ? current.residualValue : input.residualValue,
          preProjectRunningCost:
            input.preProjectRunningCost === undefined
              ? current.preProjectRunningCost
              : input.preProjectRunningCost,
          priceBaseYear: input.priceBaseYear === undefined ? current.priceBaseYear : input.priceBaseYear,
          costSharingKeyId:
            input.costSharingKeyId === undefined ? current.costSharingKeyId : input.costSharingKeyId,
        };
        const funding = input.fundingSources ? fundingFields(input.fundingSources, fields.ownerId) : null;
        return { current, fields, funding, fundingBefore };
      },
      authorise: async ({ current, fields }) => {
        assertCanEditInitiative(actor, current);
        if (
          input.ownerId &&
          input.ownerId !== current.ownerId &&
          !canEditInitiative(actor, { ownerId: input.ownerId })
        )
          throw forbidden(msg('INITIATIVE_HANDOVER'));
        if (current.version !== input.version)
          throw staleVersion('Initiative', current.version, input.version);
        const problems = await this.validate(fields, current.id);
        if (input.fundingSources) await this.checkFunding(problems, input.fundingSources, fields.ownerId);
        else if (fields.ownerId !== current.ownerId && !problems.any)
          await this.checkOwnerKeepsGrants(problems, current.id, fields.ownerId);
        problems.throwIfAny();
      },
      apply: async ({ current, fields, funding }) => {
        // Someone else's update may have committed between the read and this write: CONFLICT then.
        await this.initiatives.updateAtVersion(current.id, input.version, fields);
        if (funding) await this.initiatives.replaceFunding(current.id, funding);
        if (fields.ownerId !== current.ownerId)
          await this.participants.moveOwnership(current.id, current.ownerId, fields.ownerId);
        return this.initiatives.findByIdOrFail(current.id);
      },
      audit: ({ current, funding, fundingBefore }, after) => ({
        operation: 'updateInitiative',
        entityType: 'Initiative',
        entityId: current.id,
        ownerOrganisationId: after.ownerId,
        before: fundingBefore ? { ...current, fundingSources: fundingBefore.map(auditedSource) } : current,
        after: { ...after, ...(funding ? { fundingSources: funding } : {}) },
      }),
    });
  }

  /**
   * Owners of the owner organisation and administrators edit an initiative; others get FORBIDDEN.
   * (Other features' services ask this before they change an initiative's parts.)
   */
  assertCanEdit(actor: Actor, initiative: { ownerId: string; code: string }): void {
    assertCanEditInitiative(actor, initiative);
  }

  /**
   * The funding sources' problems (libs/domain's fundingSourceProblems for each, the count), each grant's
   * eligibility for the owner (libs/domain's schemeOwnerProblem: CO_FINANCING for a state agency's
   * initiative only, DIGIFIN for a municipality's, a county authority's or KS's) and, when those are
   * right, whether every named organisation exists.
   */
  private async checkFunding(
    problems: InputProblems,
    sources: readonly FundingSourceInput[],
    ownerId: string,
  ): Promise<void> {
    if (sources.length > LIMITS.fundingSources)
      problems.check('fundingSources', msg('TOO_MANY', { max: LIMITS.fundingSources }));
    const owner = isUuid(ownerId) ? await this.organisations.findById(ownerId) : null;
    const named: { index: number; id: string }[] = [];
    sources.forEach((source, index) => {
      for (const problem of fundingSourceProblems(source))
        problems.check(`fundingSources[${index}].${problem.field}`, problem.message);
      for (const problem of fundingSourceAccountProblems(source))
        problems.check(`fundingSources[${index}].${problem.field}`, problem.message);
      // An owner that does not exist is ownerId's problem (validate); the schemes are checked against one that does.
      if (owner) problems.check(`fundingSources[${index}].scheme`, schemeOwnerProblem(source.scheme, owner));
      if (!source.organisationId) return;
      if (!isUuid(source.organisationId))
        problems.check(`fundingSources[${index}].organisationId`, msg('NOT_A_UUID'));
      else named.push({ index, id: source.organisationId });
    });
    if (!named.length || named.length > LIMITS.fundingSources) return;
    const found = await this.organisations.namesOf([...new Set(named.map((n) => n.id))]);
    for (const { index, id } of named)
      if (!found.has(id))
        problems.check(`fundingSources[${index}].organisationId`, msg('ORGANISATION_MISSING', { id }));
  }

  /**
   * A new owner (without a new funding plan) must be eligible for every grant the initiative's funding
   * plan has: OWNER_MAKES_GRANT_INELIGIBLE on ownerId, once per scheme it may not receive.
   */
  private async checkOwnerKeepsGrants(problems: InputProblems, initiativeId: string, ownerId: string) {
    const owner = await this.organisations.findById(ownerId);
    if (!owner) return;
    const schemes = (await this.initiatives.fundingOf(initiativeId)).map((source) => source.scheme);
    for (const scheme of ineligibleSchemes(schemes, owner.kind))
      problems.check(
        'ownerId',
        msg('OWNER_MAKES_GRANT_INELIGIBLE', { owner: owner.name, kind: owner.kind, scheme }),
      );
  }

  /** The participants createInitiative adds besides the owner: ids, duplicates, roles, existence. */
  private async checkParticipants(
    problems: InputProblems,
    ownerId: string,
    participants: readonly ParticipantInput[],
  ): Promise<void> {
    if (participants.length > LIMITS.participantsPerCall)
      problems.check('participants', msg('TOO_MANY_AT_ONCE', { max: LIMITS.participantsPerCall }));
    const seen = new Set<string>([ownerId]);
    participants.forEach((participant, index) => {
      if (!isUuid(participant.organisationId))
        problems.check(`participants[${index}].organisationId`, msg('NOT_A_UUID'));
      else if (seen.has(participant.organisationId))
        problems.check(
          `participants[${index}].organisationId`,
          participant.organisationId === ownerId ? msg('OWNER_TAKES_PART') : msg('LISTED_TWICE'),
        );
      else if (participant.role === ParticipantRole.OWNER)
        problems.check(`participants[${index}].role`, msg('ONLY_OWNER_IS_OWNER'));
      seen.add(participant.organisationId);
    });
    if (problems.any || !participants.length) return;
    const ids = participants.map((p) => p.organisationId);
    const found = await this.organisations.namesOf(ids);
    ids.forEach((id, index) => {
      if (!found.has(id))
        problems.check(`participants[${index}].organisationId`, msg('ORGANISATION_MISSING', { id }));
    });
  }

  /** The problems of an initiative's fields; the code's uniqueness only when everything else is right. */
  private async validate(fields: InitiativeFields, selfId: string | null): Promise<InputProblems> {
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
    // The analysis settings (libs/cost-model analysisPeriod / analyse check the same when they are used).
    if (
      fields.lifetimeYears !== null &&
      (!Number.isSafeInteger(fields.lifetimeYears) ||
        fields.lifetimeYears < 1 ||
        fields.lifetimeYears > LIMITS.periodYears)
    )
      problems.check(
        'lifetimeYears',
        msg('LIFETIME_YEARS', { max: LIMITS.periodYears, got: String(fields.lifetimeYears) }),
      );
    if (fields.residualValue !== null)
      problems.check('residualValue', nokAmountProblem(fields.residualValue));
    if (fields.preProjectRunningCost !== null)
      problems.check('preProjectRunningCost', nokAmountProblem(fields.preProjectRunningCost));
    if (
      fields.priceBaseYear !== null &&
      (!Number.isSafeInteger(fields.priceBaseYear) ||
        fields.priceBaseYear < 1900 ||
        fields.priceBaseYear > 2300)
    )
      problems.check(
        'priceBaseYear',
        msg('YEAR_BETWEEN', { min: 1900, max: 2300, got: String(fields.priceBaseYear) }),
      );
    if (!isUuid(fields.ownerId)) problems.check('ownerId', msg('NOT_A_UUID'));
    else if (!(await this.organisations.exists(fields.ownerId)))
      problems.check('ownerId', msg('ORGANISATION_MISSING', { id: fields.ownerId }));
    if (!isUuid(fields.ministryId)) problems.check('ministryId', msg('NOT_A_UUID'));
    else {
      const ministry = await this.organisations.findById(fields.ministryId);
      if (!ministry) problems.check('ministryId', msg('ORGANISATION_MISSING', { id: fields.ministryId }));
      else if (ministry.kind !== OrganisationKind.MINISTRY)
        problems.check('ministryId', msg('NOT_A_MINISTRY', { name: ministry.name, kind: ministry.kind }));
    }
    if (fields.costSharingKeyId) {
      if (!isUuid(fields.costSharingKeyId)) problems.check('costSharingKeyId', msg('NOT_A_UUID'));
      else if (!(await this.keys.exists(fields.costSharingKeyId)))
        problems.check('costSharingKeyId', msg('COST_SHARING_KEY_MISSING', { id: fields.costSharingKeyId }));
    }
    if (!problems.any) {
      const sameCode = await this.initiatives.findByCode(fields.code);
      if (sameCode && sameCode.id !== selfId)
        problems.check('code', msg('INITIATIVE_CODE_TAKEN', { code: fields.code, name: sameCode.name }));
    }
    return problems;
  }
}

/** The ids and search of the initiative list's filter. */
function checkFilter(filter: InitiativeFilter): void {
  const problems = new InputProblems();
  for (const key of ['ministryId', 'ownerId', 'participantId'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== null && !isUuid(value))
      problems.check(`filter.${key}`, msg('NOT_A_UUID_GOT', { got: `"${value.slice(0, 80)}"` }));
  }
  if (filter.search && filter.search.length > LIMITS.search)
    problems.check('filter.search', msg('TOO_LONG', { max: LIMITS.search }));
  problems.throwIfAny();
}

/**
 * The funding sources as stored: amounts with two decimals, the own-budget organisation defaulted to the
 * owner (fundingSourceOrganisation). Only called on valid input (or only written when it is).
 */
function fundingFields(sources: readonly FundingSourceInput[], ownerId: string): FundingSourceFields[] {
  const nok = (value: string) => (nokAmountOk(value) ? normaliseNok(value) : value);
  return sources.map((source) => ({
    year: source.year,
    scheme: source.scheme,
    organisationId: fundingSourceOrganisation(source.scheme, source.organisationId, ownerId),
    amount: nok(source.amount),
    receivedAmount:
      source.receivedAmount === undefined || source.receivedAmount === null
        ? null
        : nok(source.receivedAmount),
    description: source.description?.trim() ?? '',
    budgetChapter: source.budgetChapter?.trim() || null,
    budgetPost: source.budgetPost?.trim() || null,
    inKindDescription: source.inKindDescription?.trim() || null,
  }));
}

function nokAmountOk(value: string): boolean {
  return nokAmountProblem(value) === null;
}

/** A stored funding source as the audit records it (the fields of FundingSourceFields). */
function auditedSource(source: FundingSourceFields): FundingSourceFields {
  return {
    year: source.year,
    scheme: source.scheme,
    organisationId: source.organisationId,
    amount: source.amount,
    receivedAmount: source.receivedAmount,
    description: source.description,
    budgetChapter: source.budgetChapter ?? null,
    budgetPost: source.budgetPost ?? null,
    inKindDescription: source.inKindDescription ?? null,
  };
}
