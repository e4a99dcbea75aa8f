/**
 * English messages of the funding schemes' eligibility and the DigiFin fund (libs/domain
 * scheme-eligibility.ts, libs/cost-model digifin.ts, apps/api/src/digifin). See ../types.ts.
 */
export const digifinEn = {
  /** A CO_FINANCING source on an initiative whose owner (`owner`, of kind `kind`) is no state agency. */
  CO_FINANCING_NEEDS_STATE_AGENCY: (p: { owner: string; kind: string }) =>
    `a CO_FINANCING grant goes only to an initiative owned by a state agency (STATE_AGENCY); ${p.owner} is ${p.kind} — municipalities and counties take part in co-financing only as partners`,
  /** A DIGIFIN source on an initiative whose owner is no municipality, county authority or KS. */
  DIGIFIN_NEEDS_LOCAL_OWNER: (p: { owner: string; kind: string }) =>
    `a DIGIFIN grant goes only to an initiative owned by a municipality, a county authority or KS; ${p.owner} is ${p.kind}`,
  /** A change of owner to `owner` (of kind `kind`) that the initiative's grant of `scheme` does not allow. */
  OWNER_MAKES_GRANT_INELIGIBLE: (p: { owner: string; kind: string; scheme: string }) =>
    `${p.owner} (${p.kind}) cannot own this initiative: its funding plan has a ${p.scheme} grant, which that owner may not receive; change the funding plan first`,
  /** A DigiFin contribution rule of the ledger that is not usable (`what` says which). */
  DIGIFIN_RULE_INVALID: (p: { year: number; what: string }) =>
    `the DigiFin contribution rule of ${p.year} is not usable: ${p.what}`,
  /** Organisations that pay per inhabitant in `year` without a population for `populationYear`. */
  DIGIFIN_POPULATION_MISSING: (p: { year: number; populationYear: number; count: number; names: string }) =>
    `the DigiFin contributions of ${p.year} need the population of ${p.populationYear}, which ${p.count} organisation(s) lack: ${p.names}`,
};
