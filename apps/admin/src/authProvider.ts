/**
 * Sign-in against the API's `login(email, password)`. The API answers with an HTTP-only session
 * cookie, which the GraphQL client sends along (same origin); this provider never sees or stores the
 * secret. It keeps only the signed-in user, fetched with `me`, in memory.
 */
import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import type { Principal, Role } from '@gevinst/domain';
import { graphqlClient, type GraphQLClient } from './dataProvider';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  organisation: { id: string; name: string };
}

/**
 * What `usePermissions()` returns: the signed-in user as @gevinst/domain's access rules see them, so the
 * UI asks the same questions the API answers (canEditInitiative, canManageUsers, …).
 */
export type Permissions = Principal;

const USER_FIELDS = 'id name email roles organisation { id name }';

/**
 * Rejection for "not signed in yet": react-admin redirects to the sign-in page and, because `message`
 * is false, shows no "please sign in" notification on top of the page that already says so.
 */
export class NotSignedIn extends Error {
  readonly status = 401;

  constructor() {
    super('not signed in');
    Object.defineProperty(this, 'message', { value: false });
  }
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { expiresAt user { ${USER_FIELDS} } }
}`;
const LOGOUT = `mutation SignOut { signOut { signedOut endSessionUrl userErrors { message } } }`;
const ME = `query Me { me { ${USER_FIELDS} } }`;

/** Every GraphQL document the auth provider sends, for contract tests against the API's schema. */
export const AUTH_DOCUMENTS = { login: LOGIN, logout: LOGOUT, me: ME };

const statusOf = (error: unknown): number | undefined =>
  error instanceof HttpError || (typeof error === 'object' && error !== null && 'status' in error)
    ? (error as { status?: number }).status
    : undefined;

export function createAuthProvider(client: GraphQLClient = graphqlClient): AuthProvider {
  let user: SignedInUser | null = null;

  async function currentUser(): Promise<SignedInUser> {
    if (user) return user;
    const data = await client.request<{ me: SignedInUser }>(ME);
    user = data.me;
    return user;
  }

  return {
    async login({ email, username, password }: { email?: string; username?: string; password: string }) {
      try {
        const data = await client.request<{ login: { user: SignedInUser } }>(LOGIN, {
          email: (email ?? username ?? '').trim(),
          password,
        });
        user = data.login.user;
      } catch (error) {
        user = null;
        // Wrong e-mail or password: react-admin's own sentence; throttling and the like keep the API's.
        if (statusOf(error) === 401 || statusOf(error) === 400) throw new Error('ra.auth.sign_in_error');
        throw error;
      }
    },

    /**
     * Ends the Gevinst session; when it came from an identity provider that has an end-session endpoint,
     * react-admin then sends the browser there (an absolute URL) to sign out at the provider too.
     */
    async logout(): Promise<string | void> {
      const wasSignedIn = user !== null;
      user = null;
      if (!wasSignedIn) return;
      // The session may already be gone (expired, revoked); the cookie is cleared either way.
      const data = await client
        .request<{ signOut: { endSessionUrl: string | null } }>(LOGOUT)
        .catch(() => null);
      return data?.signOut.endSessionUrl ?? undefined;
    },

    async checkAuth() {
      try {
        await currentUser();
      } catch {
        throw new NotSignedIn();
      }
    },

    /** Only a missing or expired session signs the user out; FORBIDDEN just shows its message. */
    checkError(error: unknown) {
      if (statusOf(error) === 401) {
        user = null;
        return Promise.reject(new Error('ra.notification.logged_out'));
      }
      return Promise.resolve();
    },

    async getIdentity(): Promise<UserIdentity> {
      const { id, name, email, organisation, roles } = await currentUser();
      return { id, fullName: name, email, organisation, roles };
    },

    async getPermissions(): Promise<Permissions> {
      const { id, organisation, roles } = await currentUser();
      return { userId: id, organisationId: organisation.id, roles };
    },
  };
}

export const authProvider = createAuthProvider();
