import { type Message, msg } from './messages';
/**
 * Who may do what. These rules are enforced by the API on every path; the admin UI uses the same
 * functions only to decide what to show.
 */
export enum Role {
  ADMIN = 'ADMIN',
  PORTFOLIO_REVIEWER = 'PORTFOLIO_REVIEWER',
  INITIATIVE_OWNER = 'INITIATIVE_OWNER',
  FINANCE_OFFICER = 'FINANCE_OFFICER',
  /** The funding schemes' secretariat (Digdir for co-financing, KS for DigiFin): calls, applications, plans. */
  SCHEME_ADMINISTRATOR = 'SCHEME_ADMINISTRATOR',
  READER = 'READER',
}

export enum ApiTokenScope {
  READ = 'READ',
  WRITE = 'WRITE',
}

/** Someone acting: a signed-in user, or an API token acting for its owner's organisation. */
export interface Principal {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
  /** Present for API tokens only: what the token may do. A session may do all its user may. */
  scopes?: readonly ApiTokenScope[];
}

export const MIN_PASSWORD_LENGTH = 12;
/** Longer is refused: hashing a megabyte of "password" costs the server, and no one types one. */
export const MAX_PASSWORD_LENGTH = 256;

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

export function isAdmin(principal: Principal): boolean {
  return hasRole(principal, Role.ADMIN);
}

/** Sessions may write; API tokens only with the WRITE scope. */
export function mayWrite(principal: Principal): boolean {
  return principal.scopes === undefined || principal.scopes.includes(ApiTokenScope.WRITE);
}

/**
 * Whether the principal may change Gevinst's data at all: a READER (a principal with no role but READER)
 * reads only, and so does an API token without the WRITE scope. Every data-changing rule below starts here.
 */
export function mayChangeData(principal: Principal): boolean {
  return mayWrite(principal) && principal.roles.some((role) => role !== Role.READER);
}

/**
 * Mutations that manage the caller's own credentials (not Gevinst's data): allowed to every signed-in
 * user, a READER included (the demo integrator is a READER who creates API tokens). `login` is public.
 */
export const OWN_CREDENTIAL_MUTATIONS: readonly string[] = [
  'login',
  'logout',
  'signOut',
  'changePassword',
  'createApiToken',
  'revokeApiToken',
  // Webhook subscriptions carry no data of Gevinst's: an integrator (a READER) manages their own.
  'createWebhookSubscription',
  'deleteWebhookSubscription',
];

/**
 * Whether the principal may send the mutation `name` at all (the finer, per-object rules follow in the
 * services): a token needs the WRITE scope for any mutation; a READER may only manage their own credentials.
 */
export function mayRunMutation(principal: Principal, name: string): boolean {
  if (!mayWrite(principal)) return false;
  return mayChangeData(principal) || OWN_CREDENTIAL_MUTATIONS.includes(name);
}

/** Reference data (organisations, populations) is maintained by administrators. */
export function canManageReferenceData(principal: Principal): boolean {
  return mayChangeData(principal) && isAdmin(principal);
}

/**
 * Run the funding schemes (co-financing calls and applications, approving binding benefits plans, the
 * DigiFin fund): the schemes' secretariat (SCHEME_ADMINISTRATOR) and administrators.
 */
export function canAdministerSchemes(principal: Principal): boolean {
  return mayChangeData(principal) && (isAdmin(principal) || hasRole(principal, Role.SCHEME_ADMINISTRATOR));
}

/** Create an initiative owned by `ownerId`, or edit one (its participants, costs, keys and benefits). */
export function canEditInitiative(principal: Principal, initiative: { ownerId: string }): boolean {
  if (!mayChangeData(principal)) return false;
  if (isAdmin(principal)) return true;
  return hasRole(principal, Role.INITIATIVE_OWNER) && principal.organisationId === initiative.ownerId;
}

/**
 * Record a measurement (or a benefit owner's report): users of the initiative's owner or of the benefit's
 * receiving organisation who may change data (not a READER, not a READ token).
 */
export function canRecordMeasurement(
  principal: Principal,
  benefit: { initiativeOwnerId: string; receivingOrganisationId: string | null },
): boolean {
  if (!mayChangeData(principal)) return false;
  if (isAdmin(principal)) return true;
  return (
    principal.organisationId === benefit.initiativeOwnerId ||
    principal.organisationId === benefit.receivingOrganisationId
  );
}

/**
 * THE rule for organisation-level financial detail (allocation lines, previews, drivers, runs and their
 * inputs, summaries, net positions, exports), decided here only, as a value: administrators see everything
 * (`ALL`); anyone else (`SOME`) sees the lines of their own organisation (`organisationId`) in every
 * initiative, every participant's lines in the initiatives their organisation owns (`ownerId`), and — as
 * portfolio reviewers — in the initiatives their ministry is responsible for (`ministryId`, else null).
 * The predicates below decide a row in memory; the API's access repository (apps/api/src/access) turns the
 * same value into a SQL condition, and an e2e test checks that both agree for every persona.
 */
export type FinancialDetailScope =
  | { kind: 'ALL' }
  | {
      kind: 'SOME';
      /** This organisation's own lines, in any initiative. */
      organisationId: string;
      /** Every participant's lines in the initiatives this organisation owns. */
      ownerId: string;
      /** Every participant's lines in the initiatives of this ministry (portfolio reviewers); else null. */
      ministryId: string | null;
    };

/** One allocation line as the rule sees it: whose line, in whose initiative. */
export interface FinancialLine {
  organisationId: string;
  initiativeOwnerId: string;
  initiativeMinistryId: string;
}

export function financialDetailScope(principal: Principal): FinancialDetailScope {
  if (isAdmin(principal)) return { kind: 'ALL' };
  return {
    kind: 'SOME',
    organisationId: principal.organisationId,
    ownerId: principal.organisationId,
    ministryId: hasRole(principal, Role.PORTFOLIO_REVIEWER) ? principal.organisationId : null,
  };
}

/** Whether the scope covers every participant's detail of the initiative at once. */
export function scopeAllowsInitiative(
  scope: FinancialDetailScope,
  initiative: { ownerId: string; ministryId: string },
): boolean {
  if (scope.kind === 'ALL') return true;
  return (
    initiative.ownerId === scope.ownerId ||
    (scope.ministryId !== null && initiative.ministryId === scope.ministryId)
  );
}

/** Whether the scope covers one organisation's line in one initiative. */
export function scopeAllowsLine(scope: FinancialDetailScope, line: FinancialLine): boolean {
  if (scope.kind === 'SOME' && line.organisationId === scope.organisationId) return true;
  return scopeAllowsInitiative(scope, {
    ownerId: line.initiativeOwnerId,
    ministryId: line.initiativeMinistryId,
  });
}

/**
 * Whether the scope can reach another organisation's lines at all, given every initiative: only through an
 * initiative it sees wholly (one its organisation owns or, for a reviewer, its ministry's). Asking for
 * another organisation's lines without any such initiative is refused rather than answered empty.
 */
export function scopeReachesOtherOrganisations(
  scope: FinancialDetailScope,
  initiatives: readonly { ownerId: string; ministryId: string }[],
): boolean {
  return scope.kind === 'ALL' || initiatives.some((initiative) => scopeAllowsInitiative(scope, initiative));
}

/**
 * The whole initiative's financial detail — every participant's amounts at once (a preview, the driver
 * values, a run's inputs and who ran it): administrators, users of the owner organisation, and portfolio
 * reviewers of the responsible ministry. A participant (e.g. Bergen's finance officer) is not among them:
 * it sees its own lines through canSeeFinancialDetail.
 */
export function canSeeInitiativeFinancials(
  principal: Principal,
  initiative: { ownerId: string; ministryId: string },
): boolean {
  return scopeAllowsInitiative(financialDetailScope(principal), initiative);
}

/**
 * Financial detail of one organisation in one initiative (its cost allocations and exports): users of
 * that organisation, and whoever may see the whole initiative's financial detail (canSeeInitiativeFinancials).
 */
export function canSeeFinancialDetail(principal: Principal, line: FinancialLine): boolean {
  return scopeAllowsLine(financialDetailScope(principal), line);
}

/**
 * Which initiatives a caller's portfolio analytics (portfolioSummary, netPositions) cover: administrators
 * all; portfolio reviewers their own ministry's; everybody else the initiatives their organisation takes
 * part in (an owner takes part in its own initiatives) or receives a benefit from.
 */
export type PortfolioScope =
  | { kind: 'ALL' }
  | { kind: 'MINISTRY'; ministryId: string }
  | { kind: 'PARTICIPANT'; organisationId: string };

/** An initiative as the portfolio rule sees it: its ministry, participants and benefits' receivers. */
export interface PortfolioInitiative {
  ministryId: string;
  participantIds: readonly string[];
  benefitReceiverIds: readonly (string | null)[];
}

export function portfolioScope(principal: Principal): PortfolioScope {
  if (isAdmin(principal)) return { kind: 'ALL' };
  if (hasRole(principal, Role.PORTFOLIO_REVIEWER))
    return { kind: 'MINISTRY', ministryId: principal.organisationId };
  return { kind: 'PARTICIPANT', organisationId: principal.organisationId };
}

/** Whether the portfolio scope covers the initiative. */
export function portfolioScopeAllows(scope: PortfolioScope, initiative: PortfolioInitiative): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'MINISTRY':
      return initiative.ministryId === scope.ministryId;
    case 'PARTICIPANT':
      return (
        initiative.participantIds.includes(scope.organisationId) ||
        initiative.benefitReceiverIds.includes(scope.organisationId)
      );
  }
}

/** Users and everybody's tokens: administrators. */
export function canManageUsers(principal: Principal): boolean {
  return mayChangeData(principal) && isAdmin(principal);
}

/**
 * The audit trail: administrators, an entity's owner organisation for its own entities, and the
 * organisation that made a change (`actingOrganisationId`; e.g. a receiving municipality's officer who
 * recorded a measurement on another organisation's benefit). The same rule as the change feed's scope.
 */
export function canReadAuditOf(
  principal: Principal,
  ownerOrganisationId: string | null,
  actingOrganisationId: string | null = null,
): boolean {
  return (
    isAdmin(principal) ||
    (ownerOrganisationId !== null && principal.organisationId === ownerOrganisationId) ||
    (actingOrganisationId !== null && principal.organisationId === actingOrganisationId)
  );
}

/**
 * Whether a password is one attackers try first: it is on the list of common passwords (compared in lower
 * case), or it is a listed word with only digits and symbols around it ("Password2026!", "monkey123456").
 * `commonPasswords` holds lower-case entries (the API loads a shipped list; no network is used).
 */
export function isCommonPassword(password: string, commonPasswords: ReadonlySet<string>): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return core.length >= 4 && commonPasswords.has(core);
}

/** What is wrong with a new password, or null; with a list of common passwords, those are refused too. */
export function passwordProblem(password: string, commonPasswords?: ReadonlySet<string>): Message | null {
  if (password.length < MIN_PASSWORD_LENGTH) return msg('TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return msg('TOO_LONG', { max: MAX_PASSWORD_LENGTH });
  if (commonPasswords && isCommonPassword(password, commonPasswords)) return msg('COMMON_PASSWORD');
  return null;
}
