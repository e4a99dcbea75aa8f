import { type Principal, canSeeInitiativeFinancials } from './access';

/**
 * What a key comparison shows its caller (issue 15, "Agreeing a cost-sharing key"):
 * - `ALL`: every paying participant's row and the summary by level and county — whoever may see the
 *   initiative's whole financial detail (canSeeInitiativeFinancials: administrators, users of the owner
 *   organisation, portfolio reviewers of the responsible ministry);
 * - `OWN_ORGANISATION`: only the caller's own organisation's row, when it is a paying participant (a
 *   finance officer or any user of that organisation), with no totals and no summary: a sum by county or
 *   level is other organisations' amounts (county 03 holds Oslo alone, so its sum is Oslo's row), and the
 *   totals with one's own row reveal the rest;
 * - null: neither — the comparison is refused.
 */
export type KeyComparisonScope = 'ALL' | 'OWN_ORGANISATION';

export function keyComparisonScope(
  principal: Principal,
  initiative: { ownerId: string; ministryId: string },
  payingOrganisationIds: ReadonlySet<string>,
): KeyComparisonScope | null {
  if (canSeeInitiativeFinancials(principal, initiative)) return 'ALL';
  if (payingOrganisationIds.has(principal.organisationId)) return 'OWN_ORGANISATION';
  return null;
}
