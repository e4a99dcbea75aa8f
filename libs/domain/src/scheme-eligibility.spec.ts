import { FundingScheme } from './initiative';
import { msg } from './messages';
import { OrganisationKind } from './organisation';
import { ineligibleSchemes, schemeAllowsOwner, schemeOwnerProblem } from './scheme-eligibility';

const { CO_FINANCING, DIGIFIN, STIMULAB, OWN_BUDGET, OTHER } = FundingScheme;
const K = OrganisationKind;

describe('funding-source scheme eligibility (the owner is the applicant)', () => {
  it('co-financing funds a state agency only', () => {
    expect(schemeAllowsOwner(CO_FINANCING, K.STATE_AGENCY)).toBe(true);
    for (const kind of [
      K.MUNICIPALITY,
      K.COUNTY_AUTHORITY,
      K.KS,
      K.MINISTRY,
      K.INTERMUNICIPAL_COMPANY,
      K.OTHER,
    ])
      expect(schemeAllowsOwner(CO_FINANCING, kind)).toBe(false);
  });

  it('DigiFin funds a municipality, a county authority or KS only', () => {
    for (const kind of [K.MUNICIPALITY, K.COUNTY_AUTHORITY, K.KS])
      expect(schemeAllowsOwner(DIGIFIN, kind)).toBe(true);
    for (const kind of [K.STATE_AGENCY, K.MINISTRY, K.STATE_ADMINISTRATOR, K.OTHER])
      expect(schemeAllowsOwner(DIGIFIN, kind)).toBe(false);
  });

  it('the other schemes fund any owner', () => {
    for (const scheme of [STIMULAB, OWN_BUDGET, OTHER])
      for (const kind of Object.values(K)) expect(schemeAllowsOwner(scheme, kind)).toBe(true);
  });

  it('names the owner and its kind in the problem (the issue: a municipality with co-financing)', () => {
    expect(schemeOwnerProblem(CO_FINANCING, { name: 'Bergen', kind: K.MUNICIPALITY })).toEqual(
      msg('CO_FINANCING_NEEDS_STATE_AGENCY', { owner: 'Bergen', kind: 'MUNICIPALITY' }),
    );
    expect(schemeOwnerProblem(DIGIFIN, { name: 'DiBK', kind: K.STATE_AGENCY })).toEqual(
      msg('DIGIFIN_NEEDS_LOCAL_OWNER', { owner: 'DiBK', kind: 'STATE_AGENCY' }),
    );
    expect(schemeOwnerProblem(DIGIFIN, { name: 'KS', kind: K.KS })).toBeNull();
    expect(schemeOwnerProblem(CO_FINANCING, { name: 'DiBK', kind: K.STATE_AGENCY })).toBeNull();
  });

  it('lists the grants a new owner may not have, each once', () => {
    expect(ineligibleSchemes([CO_FINANCING, OWN_BUDGET, CO_FINANCING, STIMULAB], K.MUNICIPALITY)).toEqual([
      CO_FINANCING,
    ]);
    expect(ineligibleSchemes([DIGIFIN, CO_FINANCING], K.KS)).toEqual([CO_FINANCING]);
    expect(ineligibleSchemes([DIGIFIN, OWN_BUDGET], K.COUNTY_AUTHORITY)).toEqual([]);
  });
});
