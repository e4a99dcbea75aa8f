import { OrganisationKind } from './organisation';

/**
 * The name an organisation is shown by wherever one is picked or listed.
 *
 * The reference data names a municipality as SSB does, by the place alone («Brønnøy», «Bergen»), and a
 * state agency by its own name («Brønnøysundregistrene»). Side by side — a search for «Brønnøy» finds
 * both — the bare place name does not say that it is the municipality. The organisation's own name, as
 * the Brønnøysund register and the municipalities themselves write it, is «Brønnøy kommune»; a county
 * authority's is «Vestland fylkeskommune». So (source: the register's names for organisation forms
 * KOMM and FYLK, data/reference/SOURCES.md):
 *
 * - a municipality: «<name> kommune», unless the name already has the word «kommune» in it (an
 *   administrator may have entered «Utsira kommune» or «Utsira kommune (test)»);
 * - a county authority: «<name> fylkeskommune», unless it already has the word «fylkeskommune» (the
 *   seeded ones do);
 * - every other kind: the name as it is (ministries, agencies, state administrators and KS carry their
 *   kind in their name).
 *
 * The same in both languages: these are proper names. Applying it twice changes nothing.
 */
export function organisationDisplayName(organisation: { name: string; kind: OrganisationKind }): string {
  const name = organisation.name.trim();
  if (organisation.kind === OrganisationKind.MUNICIPALITY) return withSuffix(name, 'kommune');
  if (organisation.kind === OrganisationKind.COUNTY_AUTHORITY) return withSuffix(name, 'fylkeskommune');
  return name;
}

function withSuffix(name: string, suffix: string): string {
  if (name === '') return name;
  const words = name.toLocaleLowerCase('nb-NO').split(/[^\p{L}]+/u);
  return words.includes(suffix) ? name : `${name} ${suffix}`;
}
