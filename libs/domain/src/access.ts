/**
 * Who may do what. These rules are enforced by the API on every path; the admin UI uses the same
 * functions only to decide what to show.
 */
export enum Role {
  ADMIN = 'ADMIN',
  PORTFOLIO_REVIEWER = 'PORTFOLIO_REVIEWER',
  INITIATIVE_OWNER = 'INITIATIVE_OWNER',
  FINANCE_OFFICER = 'FINANCE_OFFICER',
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

/** Reference data (organisations, populations) is maintained by administrators. */
export function canManageReferenceData(principal: Principal): boolean {
  return mayWrite(principal) && isAdmin(principal);
}

/** Create an initiative owned by `ownerId`, or edit one (its participants, costs, keys and benefits). */
export function canEditInitiative(principal: Principal, initiative: { ownerId: string }): boolean {
  if (!mayWrite(principal)) return false;
  if (isAdmin(principal)) return true;
  return hasRole(principal, Role.INITIATIVE_OWNER) && principal.organisationId === initiative.ownerId;
}

/** Record a measurement: users of the initiative's owner or of the benefit's receiving organisation. */
export function canRecordMeasurement(
  principal: Principal,
  benefit: { initiativeOwnerId: string; receivingOrganisationId: string | null },
): boolean {
  if (!mayWrite(principal)) return false;
  if (isAdmin(principal)) return true;
  return (
    principal.organisationId === benefit.initiativeOwnerId ||
    principal.organisationId === benefit.receivingOrganisationId
  );
}

/**
 * Financial detail of one organisation in one initiative (its cost allocations and exports): users of
 * that organisation, users of the initiative's owner, portfolio reviewers of the responsible ministry,
 * and administrators.
 */
export function canSeeFinancialDetail(
  principal: Principal,
  line: { organisationId: string; initiativeOwnerId: string; initiativeMinistryId: string },
): boolean {
  if (isAdmin(principal)) return true;
  if (principal.organisationId === line.organisationId) return true;
  if (principal.organisationId === line.initiativeOwnerId) return true;
  return (
    hasRole(principal, Role.PORTFOLIO_REVIEWER) && principal.organisationId === line.initiativeMinistryId
  );
}

/** Users and everybody's tokens: administrators. */
export function canManageUsers(principal: Principal): boolean {
  return mayWrite(principal) && isAdmin(principal);
}

/** The audit trail: administrators, and an entity's owner organisation for its own entities. */
export function canReadAuditOf(principal: Principal, ownerOrganisationId: string | null): boolean {
  return (
    isAdmin(principal) || (ownerOrganisationId !== null && principal.organisationId === ownerOrganisationId)
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
export function passwordProblem(password: string, commonPasswords?: ReadonlySet<string>): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'must be at most 256 characters';
  if (commonPasswords && isCommonPassword(password, commonPasswords))
    return 'is one of the most common passwords, which attackers try first: choose another';
  return null;
}
