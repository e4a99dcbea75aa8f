/**
 * Which organisations a grant scheme may fund (issue 15): the owner of the initiative is the applicant.
 *
 * - CO_FINANCING (medfinansieringsordningen, Digdir): state agencies apply; municipalities and counties
 *   take part only as partners (/work/shared/DOMAIN.md, the mechanism's rules). So a co-financing grant
 *   goes only to an initiative owned by a STATE_AGENCY.
 * - DIGIFIN (KS): support goes to municipalities, county authorities and KS as the formal applicant
 *   (ks.no, "Hvem kan motta finansiering fra ordningen?"). So a DigiFin grant goes only to an initiative
 *   owned by a MUNICIPALITY, a COUNTY_AUTHORITY or KS.
 * - The other schemes (STIMULAB, OWN_BUDGET, OTHER) have no owner rule here.
 *
 * A funding source of the scheme is refused whatever its amount (a row of 0 still says the scheme funds
 * the initiative). The same rule is asked when an initiative's owner changes: the new owner must be
 * eligible for every grant its funding plan already has.
 */
import { FundingScheme } from './initiative';
import { type Message, msg } from './messages';
import { OrganisationKind } from './organisation';

/** The owner kinds a scheme may fund; a scheme not listed funds any owner. */
export const SCHEME_OWNER_KINDS: Readonly<Partial<Record<FundingScheme, readonly OrganisationKind[]>>> = {
  [FundingScheme.CO_FINANCING]: [OrganisationKind.STATE_AGENCY],
  [FundingScheme.DIGIFIN]: [
    OrganisationKind.MUNICIPALITY,
    OrganisationKind.COUNTY_AUTHORITY,
    OrganisationKind.KS,
  ],
};

/** Whether a scheme may fund an initiative owned by an organisation of this kind. */
export function schemeAllowsOwner(scheme: FundingScheme, ownerKind: OrganisationKind): boolean {
  const allowed = SCHEME_OWNER_KINDS[scheme];
  return !allowed || allowed.includes(ownerKind);
}

/**
 * The problem of a funding source of `scheme` on an initiative owned by `owner`, or null when the scheme
 * may fund it: CO_FINANCING_NEEDS_STATE_AGENCY or DIGIFIN_NEEDS_LOCAL_OWNER, naming the owner and its kind.
 */
export function schemeOwnerProblem(
  scheme: FundingScheme,
  owner: { name: string; kind: OrganisationKind },
): Message | null {
  if (schemeAllowsOwner(scheme, owner.kind)) return null;
  if (scheme === FundingScheme.CO_FINANCING)
    return msg('CO_FINANCING_NEEDS_STATE_AGENCY', { owner: owner.name, kind: owner.kind });
  return msg('DIGIFIN_NEEDS_LOCAL_OWNER', { owner: owner.name, kind: owner.kind });
}

/**
 * The schemes among `schemes` that an initiative owned by `owner` may not have (each once, in the order
 * given): what a change of owner would make ineligible.
 */
export function ineligibleSchemes(
  schemes: readonly FundingScheme[],
  ownerKind: OrganisationKind,
): FundingScheme[] {
  return [...new Set(schemes)].filter((scheme) => !schemeAllowsOwner(scheme, ownerKind));
}
