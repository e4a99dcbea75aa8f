import { aCostItem } from './support/cost-items.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds, organisationsByNumber } from './support/organisations.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { aSignedInUser, anApiToken } from './support/users.js';

/**
 * The fixture builders of test/api/support/ themselves: what they create is what the API stores, a
 * default never erases what a test gives, and a fixture the API refuses fails at once, naming the builder.
 */
describe('fixture builders (test/api/support/)', () => {
  let t: TestApp;
  let org: Record<'oslo' | 'kdd', string>;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    org = await organisationIds(t.gql, { oslo: '958935420', kdd: '972417858' });
  });
  afterAll(() => t.close());

  it('looks organisations up by number in one request, and names a number the API does not know', async () => {
    const found = await organisationsByNumber(t.gql, { oslo: '958935420' });
    expect(found.oslo).toEqual({ id: org.oslo, version: expect.any(Number) });
    await expect(organisationIds(t.gql, { nowhere: '999999999' })).rejects.toThrow(
      /no organisation 999999999 \(nowhere\)/,
    );
  });

  it('creates through the API with defaults for what the test leaves out, keeping what it gives', async () => {
    const first = await anInitiative(t.gql, { ownerId: org.oslo, ministryId: org.kdd });
    const second = await anInitiative(t.gql, { ownerId: org.oslo, ministryId: org.kdd, code: undefined });
    expect(first.code).toMatch(/^FIXTURE-\d+$/);
    expect(second.code).not.toBe(first.code);
    const named = await anInitiative(t.gql, {
      code: 'GIVEN-1',
      name: 'Gitt',
      ownerId: org.oslo,
      ministryId: org.kdd,
    });
    const item = await aCostItem(t.gql, { initiativeId: named.id, year: 2025, plannedAmount: '12.50' });
    const stored = await t.gql(
      `query($id: ID!) { initiative(id: $id) { code name owner { name } costItems { id category plannedAmount } } }`,
      {
        id: named.id,
      },
    );
    expect(stored.data.initiative).toEqual({
      code: 'GIVEN-1',
      name: 'Gitt',
      owner: { name: 'Oslo' },
      costItems: [{ id: item.id, category: 'OPERATION', plannedAmount: '12.50' }],
    });
  });

  it('throws naming the builder and the API’s error when the API refuses a fixture', async () => {
    await expect(
      anInitiative(t.gql, { code: 'not a code', ownerId: org.oslo, ministryId: org.kdd }),
    ).rejects.toThrow(/^anInitiative: the API refused the fixture .*BAD_USER_INPUT/);
  });

  it('signs a new user in, whose API token calls the API as that user', async () => {
    const user = await aSignedInUser(t, { organisationId: org.oslo, roles: ['FINANCE_OFFICER'] });
    const token = await anApiToken(user);
    const me = await t.withToken(token.secret)(`{ me { email roles organisation { name } } }`);
    expect(me.data.me).toEqual({
      email: user.user.email,
      roles: ['FINANCE_OFFICER'],
      organisation: { name: 'Oslo' },
    });
    await expect(anApiToken(t.withToken(token.secret))).rejects.toThrow(/^anApiToken: .*FORBIDDEN/);
  });
});
