import type { ApiTokenScope, Role } from '@gevinst/domain';
import { type EnumValue, daysFromNow, mutate, nextFixtureNumber, withDefaults } from './graphql.js';
import type { Gql, TestApp } from './test-app.js';

/** A password the API accepts (at least 12 characters, not a common one). */
export const FIXTURE_PASSWORD = 'a long test password 42';

/** CreateUserInput as the API takes it; only the organisation has no default. */
export interface UserFixture {
  /** Default user-<n>@fixture.gevinst.no. */
  email?: string;
  /** Default the e-mail address. */
  name?: string;
  /** Default FIXTURE_PASSWORD. */
  password?: string;
  organisationId: string;
  /** Default READER. */
  roles?: EnumValue<Role>[];
}

export interface CreatedUser {
  id: string;
  version: number;
  email: string;
  /** The password it was created with, to sign in. */
  password: string;
}

/** Creates a user through createUser as `gql`'s caller (an administrator). */
export async function aUser(gql: Gql, input: UserFixture): Promise<CreatedUser> {
  const email = input.email ?? `user-${nextFixtureNumber()}@fixture.gevinst.no`;
  const password = input.password ?? FIXTURE_PASSWORD;
  const data = await mutate<{ createUser: { id: string; version: number } }>(
    gql,
    'aUser',
    `mutation($i: CreateUserInput!) { createUser(input: $i) { id version } }`,
    { i: { ...withDefaults({ name: email, roles: ['READER'] }, input), email, password } },
  );
  return { ...data.createUser, email, password };
}

/**
 * Creates a user as the test's administrator and signs in as that user: the client of the new user's
 * session (with its token), as t.as gives one.
 */
export async function aSignedInUser(
  t: TestApp,
  input: UserFixture,
): Promise<Gql & { token: string; user: CreatedUser }> {
  const user = await aUser(t.gql, input);
  return Object.assign(await t.as(user.email, user.password), { user });
}

/** CreateApiTokenInput as the API takes it; no field needs to be given. */
export interface ApiTokenFixture {
  /** Default "token <n>". */
  name?: string;
  /** Default READ. */
  scopes?: EnumValue<ApiTokenScope>[];
  /** Default a day from now. */
  expiresAt?: string | Date;
}

export interface CreatedApiToken {
  id: string;
  /** The secret, shown once: t.withToken(secret) calls the API with it. */
  secret: string;
  prefix: string;
  scopes: string[];
}

/** Creates an API token for `gql`'s caller (a signed-in user: tokens cannot mint tokens) through createApiToken. */
export async function anApiToken(gql: Gql, input: ApiTokenFixture = {}): Promise<CreatedApiToken> {
  const data = await mutate<{
    createApiToken: { secret: string; token: { id: string; prefix: string; scopes: string[] } };
  }>(
    gql,
    'anApiToken',
    `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id prefix scopes } } }`,
    {
      i: withDefaults(
        { name: `token ${nextFixtureNumber()}`, scopes: ['READ'], expiresAt: daysFromNow(1) },
        input,
      ),
    },
  );
  const { secret, token } = data.createApiToken;
  return { secret, ...token };
}
