import {
  CoFinancingApplicationStatus,
  CoFinancingCallStatus,
  type CoFinancingFinding,
  type CoFinancingParty,
  type CoFinancingRuleSet,
  FundingScheme,
  LIMITS,
  canAdministerSchemes,
  canEditInitiative,
  canSeeAllCoFinancingApplications,
  canSeeCoFinancingApplication,
  coFinancingAmountProblems,
  coFinancingByYearProblems,
  coFinancingEligibility,
  coFinancingEligible,
  coFinancingExceptionProblem,
  coFinancingRuleSetFor,
  compareCoFinancingRanking,
  maxCoFinancingGrant,
  msg,
  normaliseNok,
} from '@gevinst/domain';
import { assertListWindow, listWindow, matches, type SortKeys } from '../common/list-window.js';
import { withFilter } from '../common/list-filter.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type CoFinancingRankingArgs, CoFinancingRankingSortField } from './dto/co-financing-ranking.args.js';
import type { CoFinancingCallsArgs } from './dto/co-financing-calls.args.js';
import { isCostModelError } from '@gevinst/cost-model';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, actorUserId } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, badInput, conflict, forbidden, notFound, staleVersion } from '../common/errors.js';
import { acceptMoneyInput } from '../common/money-input.js';
import { assertUuid } from '../common/ids.js';
import type { RequestLoaders } from '../common/request-loaders.js';
import { EconomicsService } from '../economics/economics.service.js';
import type { InitiativeEconomicsModel } from '../economics/initiative-economics.model.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { type FundingSourceFields, InitiativeRepository } from '../initiative/initiative.repository.js';
import { LoaderFactory } from '../loaders/loader.factory.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { BENEFIT_PLAN_FREEZER, type BenefitPlanFreezer } from './benefit-plan-freezer.js';
import type { CoFinancingApplicationEntity, GrantYear } from './co-financing-application.entity.js';
import {
  type ApplicationFields,
  CoFinancingApplicationRepository,
} from './co-financing-application.repository.js';
import type { CoFinancingCallEntity } from './co-financing-call.entity.js';
import { CoFinancingCallRepository } from './co-financing-call.repository.js';
import type {
  CoFinancingApplicationActionInput,
  CoFinancingApplicationFieldsInput,
  CreateCoFinancingApplicationInput,
  RecordCoFinancingExceptionInput,
  UpdateCoFinancingApplicationInput,
} from './dto/co-financing-application.input.js';
import type {
  CreateCoFinancingCallInput,
  UpdateCoFinancingCallInput,
} from './dto/co-financing-call.input.js';

/** At most this many years in an application's grant by year, and this long a note or reason. */
const MAX_GRANT_YEARS = 15;
const MAX_NOTE = 1000;

/** An application assessed: its initiative, applicant, partners, analysis and findings. */
export interface Assessment {
  initiative: InitiativeEntity;
  applicant: CoFinancingParty & { id: string };
  partners: CoFinancingParty[];
  /** The initiative's analysis with its own settings (the same as Initiative.economics); null if it fails. */
  economics: InitiativeEconomicsModel | null;
  findings: CoFinancingFinding[];
  eligible: boolean;
  maxGrant: string;
}

/** One row of a call's ranking before it is numbered. */
export interface RankingRow {
  rank: number;
  application: CoFinancingApplicationEntity;
  assessment: Assessment & { economics: InitiativeEconomicsModel };
}

/**
 * Co-financing calls and applications: each change load → authorise → apply → audit in one transaction
 * (Mutations); the rules are libs/domain's (co-financing.ts), the analysis figures EconomicsService's (the
 * same as Initiative.economics), the SQL the repositories'.
 */
/** The orders of coFinancingRanking; RANK is the order ranking() computes. */
const RANKING_SORT: SortKeys<RankingRow, CoFinancingRankingSortField> = {
  RANK: (row) => row.rank,
  INITIATIVE_CODE: (row) => row.assessment.initiative.code,
  INITIATIVE_NAME: (row) => row.assessment.initiative.name,
  APPLICANT_NAME: (row) => row.assessment.applicant.name,
};

@Injectable()
export class CoFinancingService {
  constructor(
    private readonly calls: CoFinancingCallRepository,
    private readonly applications: CoFinancingApplicationRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly economics: EconomicsService,
    private readonly loaderFactory: LoaderFactory,
    private readonly mutations: Mutations,
    /** The binding benefits plan's freeze (BenefitPlanService.approveCurrent; see benefit-plan-freezer.ts). */
    @Inject(BENEFIT_PLAN_FREEZER) private readonly freezer: BenefitPlanFreezer,
  ) {}

  // ---- calls -------------------------------------------------------------------------------------

  listCalls({ filter, sort, ...window }: CoFinancingCallsArgs): Promise<CoFinancingCallEntity[]> {
    assertListWindow(window);
    return this.calls.list(filter ?? {}, sort, window);
  }

  async call(id: string): Promise<CoFinancingCallEntity> {
    assertUuid('id', id);
    const call = await this.calls.findById(id);
    if (!call) throw notFound('Co-financing call', id);
    return call;
  }

  createCall(actor: Actor, input: CreateCoFinancingCallInput): Promise<CoFinancingCallEntity> {
    const title = input.title.trim();
    return this.mutations.mutate(actor, {
      load: async () => ({ sameYear: await this.calls.findByYear(input.year) }),
      authorise: ({ sameYear }) => {
        if (!canAdministerSchemes(actor)) throw forbidden(msg('MEDFIN_CALL_ACCESS'));
        const problems = new InputProblems();
        problems.check('title', titleProblem(title));
        if (!Number.isInteger(input.year) || input.year < LIMITS.year.min || input.year > LIMITS.year.max)
          problems.check(
            'year',
            msg('YEAR_BETWEEN', { min: LIMITS.year.min, max: LIMITS.year.max, got: String(input.year) }),
          );
        else if (!coFinancingRuleSetFor(input.year))
          problems.check('year', msg('MEDFIN_NO_RULE_SET', { year: input.year }));
        else if (sameYear)
          problems.check('year', msg('MEDFIN_CALL_YEAR_TAKEN', { year: input.year, title: sameYear.title }));
        problems.throwIfAny();
      },
      apply: () =>
        this.calls.insert({
          year: input.year,
          title,
          deadline: input.deadline,
          status: CoFinancingCallStatus.OPEN,
          ruleSet: coFinancingRuleSetFor(input.year)!,
        }),
      audit: (_, call) => ({
        operation: 'createCoFinancingCall',
        entityType: 'CoFinancingCall',
        entityId: call.id,
        ownerOrganisationId: null,
        after: call,
      }),
    });
  }

  async updateCall(actor: Actor, input: UpdateCoFinancingCallInput): Promise<CoFinancingCallEntity> {
    // The role first: who may not manage calls at all learns nothing of which calls exist.
    if (!canAdministerSchemes(actor)) throw forbidden(msg('MEDFIN_CALL_ACCESS'));
    assertUuid('id', input.id);
    const title = input.title?.trim();
    return this.mutations.mutate(actor, {
      load: async () => {
        const current = await this.calls.findById(input.id);
        if (!current) throw notFound('Co-financing call', input.id);
        return current;
      },
      authorise: (current) => {
        if (!canAdministerSchemes(actor)) throw forbidden(msg('MEDFIN_CALL_ACCESS'));
        if (title !== undefined) new InputProblems().check('title', titleProblem(title)).throwIfAny();
        if (current.version !== input.version)
          throw staleVersion('Co-financing call', current.version, input.version);
      },
      apply: (current) =>
        this.calls.updateAtVersion(current.id, input.version, {
          ...(title !== undefined ? { title } : {}),
          ...(input.deadline ? { deadline: input.deadline } : {}),
          ...(input.status ? { status: input.status } : {}),
        }),
      audit: (before, after) => ({
        operation: 'updateCoFinancingCall',
        entityType: 'CoFinancingCall',
        entityId: after.id,
        ownerOrganisationId: null,
        before,
        after,
      }),
    });
  }

  // ---- applications: reads ----------------------------------------------------------------------

  /** The applications of a call the actor may see: all for the secretariat, else their organisation's. */
  async applicationsOfCall(
    actor: Actor,
    callId: string,
    loaders: RequestLoaders,
  ): Promise<CoFinancingApplicationEntity[]> {
    await this.call(callId);
    const all = await this.applications.listOfCall(callId);
    if (canSeeAllCoFinancingApplications(actor)) return all;
    const initiatives = await loaders
      .of(InitiativeLoaders)
      .initiative.loadMany(all.map((application) => application.initiativeId));
    return all.filter((_, index) => {
      const initiative = initiatives[index];
      return initiative && !(initiative instanceof Error) && initiative.ownerId === actor.organisationId;
    });
  }

  /** The applications of an initiative the actor may see (none unless they may see the initiative's). */
  async applicationsOfInitiative(
    actor: Actor,
    initiative: { id: string; ownerId: string },
  ): Promise<CoFinancingApplicationEntity[]> {
    if (!canSeeCoFinancingApplication(actor, initiative)) return [];
    return this.applications.listOfInitiative(initiative.id);
  }

  async application(actor: Actor, id: string): Promise<CoFinancingApplicationEntity> {
    assertUuid('id', id);
    const application = await this.applications.findById(id);
    if (!application) throw notFound('Co-financing application', id);
    const initiative = await this.initiatives.findById(application.initiativeId);
    if (!initiative || !canSeeCoFinancingApplication(actor, initiative))
      throw forbidden(msg('MEDFIN_APPLICATION_READ_ACCESS'));
    return application;
  }

  /**
   * The application assessed against its call's rule set, with the facts read now: the initiative's owner
   * (applicant) and other participants (partners), and its analysis (EconomicsService, the initiative's own
   * settings: the same figures as Initiative.economics).
   */
  async assess(
    application: CoFinancingApplicationEntity,
    call: CoFinancingCallEntity,
    loaders: RequestLoaders,
  ): Promise<Assessment> {
    const initiative = await loaders.of(InitiativeLoaders).initiative.load(application.initiativeId);
    if (!initiative) throw notFound('Initiative', application.initiativeId);
    const participants = await loaders.of(InitiativeLoaders).participantsOfInitiative.load(initiative.id);
    const ids = [initiative.ownerId, ...participants.map((p) => p.organisationId)];
    const organisations = await loaders.of(OrganisationLoaders).organisation.loadMany(ids);
    const party = (id: string): CoFinancingParty & { id: string } => {
      const organisation = organisations[ids.indexOf(id)];
      if (!organisation || organisation instanceof Error) throw notFound('Organisation', id);
      return { id, name: organisation.name, kind: organisation.kind };
    };
    const applicant = party(initiative.ownerId);
    const partners = participants
      .filter((participant) => participant.organisationId !== initiative.ownerId)
      .map((participant) => party(participant.organisationId));
    let economics: InitiativeEconomicsModel | null = null;
    try {
      economics = await this.economics.forInitiative(initiative, loaders, {});
    } catch (error) {
      // An analysis that cannot be made (no flows, an invalid setting) is a finding, not a failure.
      if (!isCostModelError(error)) throw error;
    }
    const ruleSet = call.ruleSet;
    const findings = coFinancingEligibility(ruleSet, {
      category: application.category,
      totalCost: application.totalCost,
      requestedGrant: application.requestedGrant,
      applicant,
      partners,
      ksConsulted: application.ksConsulted,
      npv: economics?.npv ?? null,
      exceptions: application.exceptions,
    });
    return {
      initiative,
      applicant,
      partners,
      economics,
      findings,
      eligible: coFinancingEligible(findings),
      maxGrant: maxCoFinancingGrant(ruleSet.categories[application.category], application.totalCost),
    };
  }

  /**
   * The applications of a call that are not drafts, ranked by NPV per budget krone (highest first; an
   * application without one — no net burden on public budgets — last), ties by NPV (highest first), then
   * by initiative code. The secretariat and administrators only.
   */
  async ranking(actor: Actor, callId: string, loaders: RequestLoaders): Promise<RankingRow[]> {
    if (!canSeeAllCoFinancingApplications(actor)) throw forbidden(msg('MEDFIN_APPLICATION_READ_ACCESS'));
    const call = await this.call(callId);
    const applications = (await this.applications.listOfCall(callId)).filter(
      (application) => application.status !== CoFinancingApplicationStatus.DRAFT,
    );
    const rows: Omit<RankingRow, 'rank'>[] = [];
    for (const application of applications) {
      const assessment = await this.assess(application, call, loaders);
      if (!assessment.economics) continue;
      rows.push({ application, assessment: { ...assessment, economics: assessment.economics } });
    }
    rows.sort((a, b) =>
      compareCoFinancingRanking(
        { ...a.assessment.economics, code: a.assessment.initiative.code },
        { ...b.assessment.economics, code: b.assessment.initiative.code },
      ),
    );
    return rows.map((row, index) => ({ ...row, rank: index + 1 }));
  }

  /**
   * The ranking of filter.callId (or the deprecated callId), narrowed by category and status, in the asked
   * order (default by rank), one window of it; each row keeps its rank in the whole call.
   */
  async rankingList(
    actor: Actor,
    args: CoFinancingRankingArgs,
    loaders: RequestLoaders,
  ): Promise<RankingRow[]> {
    const { callId, category, status, sort, offset, limit } = withFilter(args);
    if (!callId) throw badInput('filter.callId', msg('REQUIRED'));
    assertListWindow({ offset, limit });
    const rows = (await this.ranking(actor, callId, loaders)).filter(
      (row) => matches(row.application.category, category) && matches(row.application.status, status),
    );
    return listWindow(rows, { sort, offset, limit }, RANKING_SORT, {
      field: CoFinancingRankingSortField.RANK,
      direction: SortDirection.ASC,
    });
  }

  /**
   * The findings an application with these fields would have, without saving anything: for the owner's
   * form while it is typed. The initiative's owners (and administrators) and the secretariat may ask.
   */
  async preview(
    actor: Actor,
    input: CreateCoFinancingApplicationInput,
    loaders: RequestLoaders,
  ): Promise<Assessment> {
    assertUuid('callId', input.callId);
    assertUuid('initiativeId', input.initiativeId);
    acceptMoneyInput(input, 'CreateCoFinancingApplicationInput');
    const call = await this.call(input.callId);
    const initiative = await this.initiatives.findById(input.initiativeId);
    if (!initiative) throw notFound('Initiative', input.initiativeId);
    if (!canEditInitiative(actor, initiative) && !canSeeAllCoFinancingApplications(actor))
      throw forbidden(msg('MEDFIN_APPLICATION_ACCESS', { code: initiative.code }));
    checkFields(input, call.ruleSet);
    const draft = {
      ...editableFields(input),
      id: '',
      callId: call.id,
      initiativeId: initiative.id,
      status: CoFinancingApplicationStatus.DRAFT,
      exceptions: [],
    } as unknown as CoFinancingApplicationEntity;
    return this.assess(draft, call, loaders);
  }

  // ---- applications: changes --------------------------------------------------------------------

  createApplication(
    actor: Actor,
    input: CreateCoFinancingApplicationInput,
  ): Promise<CoFinancingApplicationEntity> {
    assertUuid('callId', input.callId);
    assertUuid('initiativeId', input.initiativeId);
    acceptMoneyInput(input, 'CreateCoFinancingApplicationInput');
    const fields: ApplicationFields = {
      ...editableFields(input),
      status: CoFinancingApplicationStatus.DRAFT,
      exceptions: [],
      decisionNote: '',
      submittedAt: null,
      decidedByUserId: null,
      decidedByName: null,
      decidedAt: null,
    };
    return this.mutations.mutate(actor, {
      load: async () => {
        const call = await this.calls.findById(input.callId);
        if (!call) throw notFound('Co-financing call', input.callId);
        const initiative = await this.initiatives.findById(input.initiativeId);
        if (!initiative) throw notFound('Initiative', input.initiativeId);
        const existing = await this.applications.findByCallAndInitiative(call.id, initiative.id);
        return { call, initiative, existing };
      },
      authorise: ({ call, initiative, existing }) => {
        if (!canEditInitiative(actor, initiative))
          throw forbidden(msg('MEDFIN_APPLICATION_ACCESS', { code: initiative.code }));
        checkFields(input, call.ruleSet);
        if (call.status !== CoFinancingCallStatus.OPEN)
          throw conflict(msg('MEDFIN_CALL_CLOSED', { title: call.title }));
        if (existing)
          throw conflict(msg('MEDFIN_APPLICATION_EXISTS', { code: initiative.code, title: call.title }), {
            applicationId: existing.id,
          });
      },
      apply: ({ call, initiative }) => this.applications.insert(call.id, initiative.id, fields),
      audit: ({ initiative }, application) => ({
        operation: 'createCoFinancingApplication',
        entityType: 'CoFinancingApplication',
        entityId: application.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: application,
      }),
    });
  }

  updateApplication(
    actor: Actor,
    input: UpdateCoFinancingApplicationInput,
  ): Promise<CoFinancingApplicationEntity> {
    assertUuid('id', input.id);
    acceptMoneyInput(input, 'UpdateCoFinancingApplicationInput');
    const fields = editableFields(input);
    return this.ownerChange(actor, input.id, input.version, 'updateCoFinancingApplication', (call) => {
      checkFields(input, call.ruleSet);
      return fields;
    });
  }

  /** DRAFT → SUBMITTED, while the call is OPEN. The findings do not block submission: they are shown. */
  submitApplication(
    actor: Actor,
    input: CoFinancingApplicationActionInput,
  ): Promise<CoFinancingApplicationEntity> {
    assertUuid('id', input.id);
    return this.ownerChange(actor, input.id, input.version, 'submitCoFinancingApplication', () => ({
      status: CoFinancingApplicationStatus.SUBMITTED,
      submittedAt: new Date(),
    }));
  }

  /** A change by the owner of a DRAFT application while its call is OPEN. */
  private ownerChange(
    actor: Actor,
    id: string,
    version: number,
    operation: string,
    change: (call: CoFinancingCallEntity) => Partial<ApplicationFields>,
  ): Promise<CoFinancingApplicationEntity> {
    return this.mutations.mutate(actor, {
      load: () => this.loadApplication(id),
      authorise: ({ application, call, initiative }) => {
        if (!canEditInitiative(actor, initiative))
          throw forbidden(msg('MEDFIN_APPLICATION_ACCESS', { code: initiative.code }));
        change(call);
        if (application.version !== version)
          throw staleVersion('Co-financing application', application.version, version);
        if (application.status !== CoFinancingApplicationStatus.DRAFT)
          throw conflict(msg('MEDFIN_NOT_DRAFT', { status: application.status }));
        if (call.status !== CoFinancingCallStatus.OPEN)
          throw conflict(msg('MEDFIN_CALL_CLOSED', { title: call.title }));
      },
      apply: ({ application, call }) =>
        this.applications.updateAtVersion(application.id, version, change(call)),
      audit: ({ application, initiative }, after) => ({
        operation,
        entityType: 'CoFinancingApplication',
        entityId: application.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: application,
        after,
      }),
    });
  }

  /** The secretariat accepts a finding of a SUBMITTED application as an exception, with a stated reason. */
  recordException(
    actor: Actor,
    input: RecordCoFinancingExceptionInput,
  ): Promise<CoFinancingApplicationEntity> {
    assertUuid('id', input.id);
    const reason = input.reason.trim();
    return this.decision(actor, input.id, input.version, 'recordCoFinancingException', {
      check: ({ call }) => {
        new InputProblems()
          .check('code', coFinancingExceptionProblem(call.ruleSet, input.code))
          .check('reason', reasonProblem(reason, true))
          .throwIfAny();
      },
      change: ({ application }) => ({
        exceptions: [
          ...application.exceptions.filter((e) => e.code !== input.code),
          {
            code: input.code,
            reason,
            recordedByUserId: actorUserId(actor),
            recordedByName: actor.name,
            recordedAt: new Date().toISOString(),
          },
        ],
      }),
    });
  }

  /**
   * Approves a SUBMITTED application whose findings are all excepted or none: the requested grant by year
   * becomes the initiative's CO_FINANCING funding sources (replacing a CO_FINANCING source of the same
   * year; other sources and years untouched), and the application records who decided when.
   */
  approve(actor: Actor, input: CoFinancingApplicationActionInput): Promise<CoFinancingApplicationEntity> {
    assertUuid('id', input.id);
    const note = input.note?.trim() ?? '';
    return this.decision(actor, input.id, input.version, 'approveCoFinancingApplication', {
      check: ({ assessment }) => {
        new InputProblems().check('note', reasonProblem(note, false)).throwIfAny();
        const errors = assessment.findings.filter((finding) => finding.severity === 'ERROR');
        if (errors.length)
          throw conflict(msg('MEDFIN_NOT_ELIGIBLE', { codes: errors.map((finding) => finding.code) }), {
            findings: errors.map((finding) => finding.code),
          });
      },
      change: () => ({
        status: CoFinancingApplicationStatus.APPROVED,
        decisionNote: note,
        decidedByUserId: actorUserId(actor),
        decidedByName: actor.name,
        decidedAt: new Date(),
      }),
      funding: true,
    });
  }

  reject(actor: Actor, input: CoFinancingApplicationActionInput): Promise<CoFinancingApplicationEntity> {
    assertUuid('id', input.id);
    const note = input.note?.trim() ?? '';
    return this.decision(actor, input.id, input.version, 'rejectCoFinancingApplication', {
      check: () => new InputProblems().check('note', reasonProblem(note, true)).throwIfAny(),
      change: () => ({
        status: CoFinancingApplicationStatus.REJECTED,
        decisionNote: note,
        decidedByUserId: actorUserId(actor),
        decidedByName: actor.name,
        decidedAt: new Date(),
      }),
    });
  }

  /** A change by the secretariat of a SUBMITTED application (an exception, approval, rejection). */
  private async decision(
    actor: Actor,
    id: string,
    version: number,
    operation: string,
    steps: {
      check: (state: DecisionState) => void;
      change: (state: DecisionState) => Partial<ApplicationFields>;
      /** Approval: write the grant into the funding plan. */
      funding?: boolean;
    },
  ): Promise<CoFinancingApplicationEntity> {
    // The role first: who may not decide at all learns nothing of which applications exist.
    if (!canAdministerSchemes(actor)) throw forbidden(msg('MEDFIN_DECISION_ACCESS'));
    return this.mutations
      .mutate(actor, {
        load: async (): Promise<DecisionState> => {
          const { application, call, initiative } = await this.loadApplication(id, true);
          // Loaders built now read in this transaction (their EntityManager is the transaction's).
          const assessment = await this.assess(application, call, this.loaderFactory.forRequest());
          const fundingBefore = steps.funding
            ? (await this.initiatives.fundingOf(initiative.id)).map((source): FundingSourceFields => ({
                year: source.year,
                scheme: source.scheme,
                organisationId: source.organisationId,
                amount: source.amount,
                receivedAmount: source.receivedAmount,
                description: source.description,
              }))
            : null;
          return { application, call, initiative, assessment, fundingBefore };
        },
        authorise: (state) => {
          if (!canAdministerSchemes(actor)) throw forbidden(msg('MEDFIN_DECISION_ACCESS'));
          if (state.application.version !== version)
            throw staleVersion('Co-financing application', state.application.version, version);
          if (state.application.status !== CoFinancingApplicationStatus.SUBMITTED)
            throw conflict(msg('MEDFIN_NOT_SUBMITTED', { status: state.application.status }));
          steps.check(state);
        },
        apply: async (state) => {
          let fundingAfter: FundingSourceFields[] | null = null;
          if (state.fundingBefore) {
            fundingAfter = withGrant(state.fundingBefore, state.application.requestedByYear, state.call);
            // Through the initiative's own repository, as its funding plan is saved (issue 15: not new SQL).
            await this.initiatives.replaceFunding(state.initiative.id, fundingAfter);
            await this.initiatives.touch(state.initiative.id);
            // ---- BINDING BENEFITS PLAN: the one call site of the freeze (issue 15) --------------------
            // BenefitPlanService.approveCurrent (provided in CoFinancingModule); it runs in this transaction,
            // so a failed freeze undoes the approval.
            await this.freezer.freezeForApproval(actor, {
              initiativeId: state.initiative.id,
              applicationId: state.application.id,
              note: `Medfinansiering: ${state.call.title}`,
            });
          }
          const after = await this.applications.updateAtVersion(
            state.application.id,
            version,
            steps.change(state),
          );
          return { after, fundingAfter };
        },
        audit: (state, { after, fundingAfter }) => ({
          operation,
          entityType: 'CoFinancingApplication',
          entityId: after.id,
          ownerOrganisationId: state.initiative.ownerId,
          initiativeId: state.initiative.id,
          before: {
            ...state.application,
            ...(state.fundingBefore ? { fundingSources: state.fundingBefore } : {}),
          },
          after: {
            ...after,
            findings: state.assessment.findings.map((f) => ({ code: f.code, severity: f.severity })),
            ...(fundingAfter ? { fundingSources: fundingAfter, benefitPlanFrozen: true } : {}),
          },
        }),
      })
      .then(({ after }) => after);
  }

  private async loadApplication(id: string, forUpdate = false) {
    const application = forUpdate
      ? await this.applications.findByIdForUpdate(id)
      : await this.applications.findById(id);
    if (!application) throw notFound('Co-financing application', id);
    const call = await this.calls.findById(application.callId);
    if (!call) throw notFound('Co-financing call', application.callId);
    const initiative = forUpdate
      ? await this.initiatives.findByIdForUpdate(application.initiativeId)
      : await this.initiatives.findById(application.initiativeId);
    if (!initiative) throw notFound('Initiative', application.initiativeId);
    return { application, call, initiative };
  }
}

interface DecisionState {
  application: CoFinancingApplicationEntity;
  call: CoFinancingCallEntity;
  initiative: InitiativeEntity;
  assessment: Assessment;
  fundingBefore: FundingSourceFields[] | null;
}

/**
 * The funding plan with the grant: a CO_FINANCING source for each granted year (replacing the year's
 * CO_FINANCING source, whose received amount is kept), the other sources as they were, in their order.
 */
export function withGrant(
  before: readonly FundingSourceFields[],
  grant: readonly GrantYear[],
  call: { title: string },
): FundingSourceFields[] {
  const granted = new Map(grant.map((g) => [g.year, g.amount]));
  const sources: FundingSourceFields[] = [];
  const placed = new Set<number>();
  for (const source of before) {
    const amount = source.scheme === FundingScheme.CO_FINANCING ? granted.get(source.year) : undefined;
    if (amount === undefined) {
      sources.push({ ...source });
      continue;
    }
    if (placed.has(source.year)) continue; // a second CO_FINANCING source of the year is replaced too
    placed.add(source.year);
    sources.push({ ...source, amount: normaliseNok(amount), description: `Medfinansiering: ${call.title}` });
  }
  for (const g of grant)
    if (!placed.has(g.year))
      sources.push({
        year: g.year,
        scheme: FundingScheme.CO_FINANCING,
        organisationId: null,
        amount: normaliseNok(g.amount),
        receivedAmount: null,
        description: `Medfinansiering: ${call.title}`,
      });
  return sources;
}

function titleProblem(title: string) {
  if (!title) return msg('REQUIRED');
  return title.length > LIMITS.name ? msg('TOO_LONG', { max: LIMITS.name }) : null;
}

function reasonProblem(text: string, required: boolean) {
  if (required && !text) return msg('REQUIRED');
  return text.length > MAX_NOTE ? msg('TOO_LONG', { max: MAX_NOTE }) : null;
}

/** The input problems of an application's fields (the scheme's limits are findings, not input errors). */
function checkFields(input: CoFinancingApplicationFieldsInput, ruleSet: CoFinancingRuleSet): void {
  const problems = new InputProblems();
  for (const problem of coFinancingAmountProblems(input)) problems.check(problem.field, problem.message);
  if (input.requestedByYear.length > MAX_GRANT_YEARS)
    problems.check('requestedByYear', msg('TOO_MANY', { max: MAX_GRANT_YEARS }));
  else
    for (const problem of coFinancingByYearProblems(input.requestedGrant, input.requestedByYear, LIMITS.year))
      problems.check(problem.field, problem.message);
  if (input.ksConsulted && !input.ksConsultedOn) problems.check('ksConsultedOn', msg('REQUIRED'));
  problems.check('ksNote', reasonProblem(input.ksNote?.trim() ?? '', false));
  if (!ruleSet.categories[input.category]) problems.check('category', msg('REQUIRED'));
  problems.throwIfAny();
}

/** The stored fields of an application's input (valid or about to be refused by checkFields). */
function editableFields(
  input: CoFinancingApplicationFieldsInput,
): Partial<ApplicationFields> &
  Pick<
    ApplicationFields,
    | 'category'
    | 'totalCost'
    | 'requestedGrant'
    | 'requestedByYear'
    | 'ksConsulted'
    | 'ksConsultedOn'
    | 'ksNote'
  > {
  const nok = (value: string) => (/^\d+(\.\d{1,2})?$/.test(value) ? normaliseNok(value) : value);
  return {
    category: input.category,
    totalCost: nok(input.totalCost),
    requestedGrant: nok(input.requestedGrant),
    requestedByYear: [...input.requestedByYear]
      .map((g) => ({ year: g.year, amount: nok(g.amount) }))
      .sort((a, b) => a.year - b.year),
    ksConsulted: input.ksConsulted,
    ksConsultedOn: input.ksConsulted ? (input.ksConsultedOn ?? null) : null,
    ksNote: input.ksNote?.trim() ?? '',
  };
}
