/**
 * The signed-in user as @gevinst/domain's access rules see them. The API enforces the rules; the UI
 * uses the same functions only to decide what to show (menus, buttons, forms).
 */
import { usePermissions } from 'react-admin';
import { Role, type Principal } from '@gevinst/domain';

export function usePrincipal(): Principal | undefined {
  const { permissions } = usePermissions<Principal | undefined>();
  return permissions && Array.isArray(permissions.roles) ? permissions : undefined;
}

export const hasAnyRole = (principal: Principal | undefined, ...roles: Role[]): boolean =>
  !!principal && roles.some((role) => principal.roles.includes(role));

/** Who sees which part of the menu (and the shortcuts on the title page). */
export const MENU_ACCESS = {
  portfolio: [Role.ADMIN, Role.PORTFOLIO_REVIEWER],
  myAllocations: [Role.FINANCE_OFFICER, Role.ADMIN],
  users: [Role.ADMIN],
  auditEvents: [Role.ADMIN, Role.INITIATIVE_OWNER, Role.PORTFOLIO_REVIEWER, Role.FINANCE_OFFICER],
  /** Co-financing calls and applications: the secretariat runs them, owners apply. */
  coFinancing: [Role.SCHEME_ADMINISTRATOR, Role.ADMIN, Role.INITIATIVE_OWNER],
  /** Who pays and who benefits, per organisation: reviewers and administrators; a finance officer their own. */
  organisationPositions: [Role.ADMIN, Role.PORTFOLIO_REVIEWER, Role.FINANCE_OFFICER],
  /** Which integrations still use deprecated fields: the administrators'. */
  deprecatedUsage: [Role.ADMIN],
} as const satisfies Record<string, readonly Role[]>;

export type MenuArea = keyof typeof MENU_ACCESS;

export const mayUse = (principal: Principal | undefined, area: MenuArea): boolean =>
  hasAnyRole(principal, ...MENU_ACCESS[area]);
