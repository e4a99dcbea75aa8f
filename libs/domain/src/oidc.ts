/**
 * Signing in with an organisation's own OpenID Connect provider (issue 20): which organisation a person
 * belongs to, which Gevinst roles the provider's group or role claims give, and what a later sign-in
 * changes on the account. Pure rules; apps/api/src/oidc applies them.
 */
import { Role } from './access';
import { type Message, msg } from './messages';
import { orgNumberProblem } from './org-number';

/** One row of a provider's mapping table: a group or role claim value → a Gevinst role. */
export interface RoleMapping {
  claimValue: string;
  role: Role;
}

/**
 * Reads a (possibly nested, dot-separated) claim: `orgno`, or `authorization_details.0.orgno`. Arrays
 * are searched: in Ansattporten `authorization_details` is a list of objects, each with an `orgno`.
 */
export function claimValues(claims: Record<string, unknown>, path: string): unknown[] {
  let values: unknown[] = [claims];
  for (const part of path.split('.').filter(Boolean)) {
    const next: unknown[] = [];
    for (const value of values) {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        if (item !== null && typeof item === 'object' && part in item)
          next.push((item as Record<string, unknown>)[part]);
      }
    }
    values = next;
  }
  return values.flatMap((value): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value]));
}

/**
 * The organisation number a person signs in for: from the claim named `claimName` when the provider has
 * one (the first value; Ansattporten's `orgno` may be written `0192:964338531`, the ISO 6523 prefix is
 * dropped), else the provider's bound organisation. Checked with the mod-11 rule of org-number.ts.
 */
export function organisationNumberFromClaims(
  claims: Record<string, unknown>,
  claimName: string | null,
  boundOrgNumber: string | null,
): { orgNumber: string } | { problem: Message } {
  if (claimName) {
    const raw = claimValues(claims, claimName).find((v) => typeof v === 'string' || typeof v === 'number');
    if (raw === undefined) {
      if (boundOrgNumber) return { orgNumber: boundOrgNumber };
      return { problem: msg('OIDC_NO_ORGANISATION_CLAIM', { claim: claimName }) };
    }
    const orgNumber = String(raw)
      .trim()
      .replace(/^0192:/, '')
      .replace(/\s/g, '');
    const problem = orgNumberProblem(orgNumber);
    return problem ? { problem } : { orgNumber };
  }
  if (boundOrgNumber) return { orgNumber: boundOrgNumber };
  return { problem: msg('OIDC_NO_ORGANISATION_CLAIM', { claim: '' }) };
}

/**
 * The Gevinst roles a person gets: every role whose claim value appears among the person's group or
 * role claim values (compared exactly), in Role order without repeats; READER when none matches.
 */
export function rolesFromClaims(groupValues: readonly unknown[], mappings: readonly RoleMapping[]): Role[] {
  const held = new Set(groupValues.filter((v) => typeof v === 'string' || typeof v === 'number').map(String));
  const mapped = new Set(mappings.filter((m) => held.has(m.claimValue)).map((m) => m.role));
  const ordered = (Object.values(Role) as Role[]).filter((role) => mapped.has(role));
  return ordered.length ? ordered : [Role.READER];
}

/** What a later sign-in changes on an existing account (nothing: null). */
export interface AccountChanges {
  name?: string;
  email?: string;
  roles?: Role[];
  addedRoles: Role[];
  removedRoles: Role[];
}

export function accountChanges(
  current: { name: string; email: string; roles: readonly Role[] },
  fromProvider: { name: string; email: string; roles: readonly Role[] },
): AccountChanges | null {
  const addedRoles = fromProvider.roles.filter((role) => !current.roles.includes(role));
  const removedRoles = current.roles.filter((role) => !fromProvider.roles.includes(role));
  const changes: AccountChanges = { addedRoles, removedRoles };
  if (current.name !== fromProvider.name) changes.name = fromProvider.name;
  if (current.email !== fromProvider.email) changes.email = fromProvider.email;
  if (addedRoles.length || removedRoles.length) changes.roles = [...fromProvider.roles];
  return changes.name !== undefined || changes.email !== undefined || changes.roles ? changes : null;
}
