import { type TestApp, errorCode, startTestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  id orgNumber name kind administrativeLevel municipalityNumber countyNumber version populations { year value } } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name version parent { name } } }`;

describe('organisations: validation, uniqueness, optimistic locking, populations', () => {
  let t: TestApp;
  const total = async () =>
    (await t.gql(`{ organisations(limit: 1) { totalCount } }`)).data.organisations.totalCount;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
  });
  afterAll(() => t.close());

  it('refuses a bad organisation number with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await total();
    const res = await t.gql(CREATE, { input: { orgNumber: '958935421', name: 'Feil AS', kind: 'OTHER' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('orgNumber');
    expect(res.errors![0].message).toBe('orgNumber: 958935421 has an invalid check digit: expected 0, got 1');
    const short = await t.gql(CREATE, { input: { orgNumber: '12345', name: 'Feil AS', kind: 'OTHER' } });
    expect(short.errors![0].message).toMatch(/orgNumber: must be exactly 9 digits/);
    expect(await total()).toBe(before);
  });

  it('refuses a duplicate organisation number and a municipality number in a county that does not exist', async () => {
    const dup = await t.gql(CREATE, { input: { orgNumber: '958935420', name: 'Oslo 2', kind: 'OTHER' } });
    expect(dup.errors![0].message).toBe('orgNumber: 958935420 is already registered to Oslo');
    const badMunicipality = await t.gql(CREATE, {
      input: { orgNumber: '923609016', name: 'Nykommune', kind: 'MUNICIPALITY', municipalityNumber: '9901' },
    });
    expect(errorCode(badMunicipality)).toBe('BAD_USER_INPUT');
    expect(badMunicipality.errors![0].message).toBe(
      'municipalityNumber: 9901 starts with 99, which is not an existing county number',
    );
    const missing = await t.gql(CREATE, {
      input: { orgNumber: '923609016', name: 'Nykommune', kind: 'MUNICIPALITY' },
    });
    expect(missing.errors![0].message).toBe('municipalityNumber: is required for a municipality');
    const taken = await t.gql(CREATE, {
      input: { orgNumber: '923609016', name: 'Bergen 2', kind: 'MUNICIPALITY', municipalityNumber: '4601' },
    });
    expect(taken.errors![0].message).toBe('municipalityNumber: 4601 is already used by Bergen');
    const osloAuthority = await t.gql(CREATE, {
      input: {
        orgNumber: '923609016',
        name: 'Oslo fylkeskommune',
        kind: 'COUNTY_AUTHORITY',
        countyNumber: '03',
      },
    });
    expect(osloAuthority.errors![0].message).toMatch(/Oslo has no county authority/);
  });

  it('creates a valid municipality, deriving county and level', async () => {
    const res = await t.gql(CREATE, {
      input: {
        orgNumber: '923609016',
        name: 'Testkommune',
        kind: 'MUNICIPALITY',
        municipalityNumber: '4699',
        populations: [{ year: 2024, value: 1234 }],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createOrganisation).toMatchObject({
      countyNumber: '46',
      administrativeLevel: 'LOCAL',
      version: 1,
      populations: [{ year: 2024, value: 1234 }],
    });
  });

  it('applies an update with the current version; a stale version gets CONFLICT and changes nothing', async () => {
    const org = (await t.gql(`{ organisationByOrgNumber(orgNumber: "923609016") { id version } }`)).data
      .organisationByOrgNumber;
    const ks = (await t.gql(`{ organisationByOrgNumber(orgNumber: "971032146") { id } }`)).data
      .organisationByOrgNumber;
    const ok = await t.gql(UPDATE, {
      input: { id: org.id, version: org.version, name: 'Nytt navn', parentId: ks.id },
    });
    expect(ok.data.updateOrganisation).toEqual({
      id: org.id,
      name: 'Nytt navn',
      version: 2,
      parent: { name: 'KS – Kommunesektorens organisasjon' },
    });
    const stale = await t.gql(UPDATE, { input: { id: org.id, version: 1, name: 'Gammel versjon' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const now = (await t.gql(`query($id: ID!) { organisation(id: $id) { name version } }`, { id: org.id }))
      .data.organisation;
    expect(now).toEqual({ name: 'Nytt navn', version: 2 });
    const self = await t.gql(UPDATE, { input: { id: org.id, version: 2, parentId: org.id } });
    expect(self.errors![0].message).toBe('parentId: an organisation cannot be its own parent');
    const cycle = await t.gql(UPDATE, {
      input: { id: ks.id, version: 1, parentId: org.id },
    });
    expect(cycle.errors![0].message).toMatch(/would make a cycle/);
  });

  it('stores a new population year without touching earlier years', async () => {
    const oslo = (await t.gql(`{ organisationByOrgNumber(orgNumber: "958935420") { id } }`)).data
      .organisationByOrgNumber;
    const res = await t.gql(
      `mutation($id: ID!) { setOrganisationPopulation(organisationId: $id, population: { year: 2025, value: 725000, source: "SSB 07459" }) {
        population population2024: population(year: 2024) populations { year value source } } }`,
      { id: oslo.id },
    );
    expect(res.data.setOrganisationPopulation).toMatchObject({
      population: 725000,
      population2024: 717710,
      populations: [
        { year: 2024, value: 717710 },
        { year: 2025, value: 725000, source: 'SSB 07459' },
      ],
    });
    const bad = await t.gql(
      `mutation($id: ID!) { setOrganisationPopulation(organisationId: $id, population: { year: 2025, value: -1 }) { id } }`,
      { id: oslo.id },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await t.gql(`{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const malformed = await t.gql(`{ organisation(id: "1; DROP TABLE organisations") { id } }`);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });
});
