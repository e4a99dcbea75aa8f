import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { HttpError } from 'react-admin';
import { Role } from '@gevinst/domain';
import { AUTH_DOCUMENTS, createAuthProvider, type SignedInUser } from './authProvider';
import type { GraphQLClient } from './dataProvider';

const ada: SignedInUser = {
  id: 'u-1',
  name: 'Ada Administrator',
  email: 'admin@demo.gevinst.no',
  roles: [Role.ADMIN],
  organisation: { id: 'o-1', name: 'Digitaliseringsdirektoratet' },
};

/** A client that answers by operation name and records what was asked. */
function fakeClient(answers: Record<string, () => unknown>) {
  const operations: string[] = [];
  const client: GraphQLClient = {
    // eslint-disable-next-line @typescript-eslint/require-await -- an async answer, thrown errors reject
    async request<TData>(query: string): Promise<TData> {
      const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '?';
      operations.push(operation);
      const answer = answers[operation];
      if (!answer) throw new Error(`unexpected ${operation}`);
      return answer() as TData;
    },
  };
  return { client, operations };
}

const unauthenticated = () => {
  throw new HttpError('ra.notification.logged_out', 401);
};

describe('authProvider', () => {
  it('signs in with e-mail and password and keeps the user for identity and permissions', async () => {
    const { client, operations } = fakeClient({ Login: () => ({ login: { user: ada } }) });
    const auth = createAuthProvider(client);
    await auth.login({ email: ' admin@demo.gevinst.no ', password: 'secret' });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getIdentity!()).resolves.toMatchObject({ id: 'u-1', fullName: 'Ada Administrator' });
    await expect(auth.getPermissions!({})).resolves.toEqual({
      userId: 'u-1',
      organisationId: 'o-1',
      roles: ['ADMIN'],
    });
    expect(operations).toEqual(['Login']);
  });

  it('turns wrong credentials into react-admin’s sign-in error', async () => {
    const { client } = fakeClient({ Login: unauthenticated });
    await expect(createAuthProvider(client).login({ email: 'x', password: 'y' })).rejects.toThrow(
      'ra.auth.sign_in_error',
    );
  });

  it('asks the API who is signed in after a reload, and fails quietly when nobody is', async () => {
    const signedIn = fakeClient({ Me: () => ({ me: ada }) });
    await expect(createAuthProvider(signedIn.client).checkAuth({})).resolves.toBeUndefined();

    const anonymous = fakeClient({ Me: unauthenticated });
    const error = await createAuthProvider(anonymous.client)
      .checkAuth({})
      .catch((e: unknown) => e as { message: unknown; status: number });
    expect(error).toMatchObject({ message: false, status: 401 });
  });

  it('signs out on 401 only', async () => {
    const auth = createAuthProvider(fakeClient({}).client);
    await expect(auth.checkError(new HttpError('ra.notification.logged_out', 401))).rejects.toThrow();
    await expect(
      auth.checkError(new HttpError('ra.notification.not_authorized', 403)),
    ).resolves.toBeUndefined();
    await expect(auth.checkError(new HttpError('gevinst.errors.conflict', 409))).resolves.toBeUndefined();
  });

  it('ends the session on the server when signing out', async () => {
    const { client, operations } = fakeClient({
      Login: () => ({ login: { user: ada } }),
      SignOut: () => ({ signOut: { signedOut: true, endSessionUrl: null, userErrors: [] } }),
    });
    const auth = createAuthProvider(client);
    await auth.login({ email: 'a', password: 'b' });
    await expect(auth.logout({})).resolves.toBeUndefined();
    expect(operations).toEqual(['Login', 'SignOut']);
  });

  it("sends the browser to the identity provider's end-session URL after a provider's session", async () => {
    const endSessionUrl = 'https://login.example.no/logout?client_id=gevinst';
    const { client } = fakeClient({
      Login: () => ({ login: { user: ada } }),
      SignOut: () => ({ signOut: { signedOut: true, endSessionUrl, userErrors: [] } }),
    });
    const auth = createAuthProvider(client);
    await auth.login({ email: 'a', password: 'b' });
    await expect(auth.logout({})).resolves.toBe(endSessionUrl);
  });

  const generated = join(__dirname, '../../api/src/schema.gql');
  (existsSync(generated) ? it : it.skip)('sends only documents valid against the API’s schema', () => {
    const schema = buildSchema(readFileSync(generated, 'utf8'));
    const problems = Object.entries(AUTH_DOCUMENTS).flatMap(([name, document]) =>
      validate(schema, parse(document)).map((error) => `${name}: ${error.message}`),
    );
    expect(problems).toEqual([]);
  });
});
