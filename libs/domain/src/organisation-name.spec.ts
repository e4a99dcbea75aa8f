import fc from 'fast-check';
import { OrganisationKind } from './organisation';
import { organisationDisplayName } from './organisation-name';

describe('organisationDisplayName', () => {
  it('tells the municipality from the agency a search for «Brønnøy» finds', () => {
    expect(organisationDisplayName({ name: 'Brønnøy', kind: OrganisationKind.MUNICIPALITY })).toBe(
      'Brønnøy kommune',
    );
    expect(
      organisationDisplayName({ name: 'Brønnøysundregistrene', kind: OrganisationKind.STATE_AGENCY }),
    ).toBe('Brønnøysundregistrene');
  });

  it('names every municipality «<name> kommune», bilingual names included', () => {
    expect(organisationDisplayName({ name: 'Oslo', kind: OrganisationKind.MUNICIPALITY })).toBe(
      'Oslo kommune',
    );
    expect(
      organisationDisplayName({
        name: 'Porsanger - Porsáŋgu - Porsanki',
        kind: OrganisationKind.MUNICIPALITY,
      }),
    ).toBe('Porsanger - Porsáŋgu - Porsanki kommune');
    // Already named so (an organisation an administrator entered by its full name): left as it is.
    expect(organisationDisplayName({ name: 'Bergen kommune', kind: OrganisationKind.MUNICIPALITY })).toBe(
      'Bergen kommune',
    );
    expect(organisationDisplayName({ name: 'Bergen Kommune', kind: OrganisationKind.MUNICIPALITY })).toBe(
      'Bergen Kommune',
    );
    expect(
      organisationDisplayName({
        name: 'Utsira kommune (nettlesertest)',
        kind: OrganisationKind.MUNICIPALITY,
      }),
    ).toBe('Utsira kommune (nettlesertest)');
    // «kommune» as a word, not a part of one: Kommunesektoren is no municipality's name, but were it one…
    expect(organisationDisplayName({ name: 'Kommunesenter', kind: OrganisationKind.MUNICIPALITY })).toBe(
      'Kommunesenter kommune',
    );
  });

  it('names a county authority «<name> fylkeskommune» once', () => {
    expect(
      organisationDisplayName({ name: 'Vestland fylkeskommune', kind: OrganisationKind.COUNTY_AUTHORITY }),
    ).toBe('Vestland fylkeskommune');
    expect(organisationDisplayName({ name: 'Rogaland', kind: OrganisationKind.COUNTY_AUTHORITY })).toBe(
      'Rogaland fylkeskommune',
    );
  });

  it('leaves ministries, agencies, state administrators and KS as they are', () => {
    for (const [name, kind] of [
      ['Kommunal- og distriktsdepartementet', OrganisationKind.MINISTRY],
      ['Helfo', OrganisationKind.STATE_AGENCY],
      ['Statsforvalteren i Vestland', OrganisationKind.STATE_ADMINISTRATOR],
      ['KS – Kommunesektorens organisasjon', OrganisationKind.KS],
    ] as const) {
      expect(organisationDisplayName({ name, kind })).toBe(name);
    }
  });

  it('is idempotent, and a municipality’s display name always starts with its name and has the word «kommune»', () => {
    const kinds = Object.values(OrganisationKind);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom(...kinds), (raw, kind) => {
        const name = raw.trim();
        fc.pre(name !== '');
        const once = organisationDisplayName({ name, kind });
        expect(organisationDisplayName({ name: once, kind })).toBe(once);
        expect(once.startsWith(name)).toBe(true);
        if (kind === OrganisationKind.MUNICIPALITY)
          expect(once.toLocaleLowerCase('nb-NO').split(/[^\p{L}]+/u)).toContain('kommune');
      }),
    );
  });
});
