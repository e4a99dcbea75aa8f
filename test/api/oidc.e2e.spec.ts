/**
 * Issue 20: signing in with an OpenID Connect identity provider, end to end over HTTP against a real
 * provider (test/oidc-provider: the certified `oidc-provider` package) — the redirect with PKCE, state
 * and nonce, the provider's sign-in page, the callback, just-in-time provisioning, role mapping, the
 * refusals (unknown organisation, tampered state or nonce, deactivated account), logout with the
 * provider's end-session URL, and password sign-in switched off.
 */
import { createHash } from 'node:crypto';
import { type RunningProvider, startTestProvider } from '../oidc-provider/start.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const PROVIDER_PORT = 3560;
const ISSUER = `http://127.0.0.1:${PROVIDER_PORT}`;
const ENV_CLIENT = { clientId: 'gevinst-env', clientSecret: 'env-client-secret-for-tests' };
const MANAGED_CLIENT = { clientId: 'gevinst-managed', clientSecret: 'managed-client-secret-for-tests' };
const BERGEN = '964338531';

/** Cookies per origin (host and port), as far as these tests need them. */
class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.jars.get(url.host) ?? new Map<string, string>())]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  store(url: URL, response: Response): void {
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    this.jars.set(url.host, jar);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, ...value] = pair.split('=');
      const expired = attributes.some(
        (a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]).getTime() < Date.now(),
      );
      if (expired || !value.join('=')) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
  }

  get(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).host)?.get(name);
  }
}

async function request(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const target = new URL(url);
  const response = await fetch(target, {
    ...init,
    redirect: 'manual',
    headers: { cookie: jar.header(target), 'accept-language': 'nb-NO', ...(init.headers ?? {}) },
  });
  jar.store(target, response);
  return response;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('OpenID Connect sign-in (issue 20)', () => {
  let t: TestApp;
  let provider: RunningProvider;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        OIDC_ISSUER: ISSUER,
        OIDC_CLIENT_ID: ENV_CLIENT.clientId,
        OIDC_CLIENT_SECRET: ENV_CLIENT.clientSecret,
        OIDC_SLUG: 'test',
        OIDC_DISPLAY_NAME: 'Testleverandør',
        OIDC_SCOPES: 'openid profile email orgno groups',
        OIDC_ORG_CLAIM: 'orgno',
        OIDC_GROUP_CLAIM: 'groups',
        OIDC_ROLE_MAPPING: 'gevinst-okonomi=FINANCE_OFFICER',
      },
    });
    provider = await startTestProvider({
      port: PROVIDER_PORT,
      clients: [
        {
          ...ENV_CLIENT,
          redirectUris: [`${t.url}/auth/oidc/test/callback`],
          postLogoutRedirectUris: [`${t.url}/`],
        },
        { ...MANAGED_CLIENT, redirectUris: [`${t.url}/auth/oidc/managed/callback`] },
      ],
    });
  });

  afterAll(async () => {
    await provider?.stop();
    await t?.close();
  });

  /**
   * Starts a sign-in at Gevinst and signs in at the provider's page as `login`; returns the callback URL
   * the provider sends the browser to (not yet followed) and the jar.
   */
  async function signInAtProvider(
    login: string,
    slug = 'test',
  ): Promise<{ callback: string; jar: CookieJar; state: string }> {
    const jar = new CookieJar();
    const start = await request(jar, `${t.url}/auth/oidc/${slug}/start`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(ISSUER);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const state = authorize.searchParams.get('state')!;
    expect(jar.get(t.url, 'gevinst_oidc_state')).toBe(state);
    let url = authorize.toString();
    for (let step = 0; step < 10; step++) {
      const response = await request(jar, url);
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location')!, url).toString();
        if (url.startsWith(`${t.url}/`)) return { callback: url, jar, state };
        continue;
      }
      const html = await response.text();
      expect(response.status).toBe(200);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`No form at ${url}: ${html.slice(0, 500)}`);
      const form = new URLSearchParams();
      for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
        form.set(name, value);
      if (html.includes('name="login"')) {
        form.set('login', login);
        form.set('password', 'any password: the test provider checks none');
      }
      const submitted = await request(jar, new URL(action, url).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      expect([302, 303]).toContain(submitted.status);
      url = new URL(submitted.headers.get('location')!, url).toString();
      if (url.startsWith(`${t.url}/`)) return { callback: url, jar, state };
    }
    throw new Error('The provider never sent the browser back');
  }

  /** Follows the callback at Gevinst; the response and the session cookie it set (if any). */
  async function finish(callback: string, jar: CookieJar) {
    const response = await request(jar, callback);
    const body = response.status === 302 ? '' : await response.text();
    return { response, body, session: jar.get(t.url, 'gevinst_session') };
  }

  async function signIn(login: string, slug = 'test') {
    const { callback, jar } = await signInAtProvider(login, slug);
    return finish(callback, jar);
  }

  const asSession = (session: string) => (query: string, variables?: Record<string, unknown>) =>
    t.anonymous(query, variables, { cookie: `gevinst_session=${session}` });

  const ME = `{ me { email name roles organisation { orgNumber } } }`;

  it('offers the enabled providers and the password form on the sign-in page (public)', async () => {
    const res = await t.anonymous(
      `{ signInOptions { passwordLoginEnabled providers { slug displayName startUrl } } }`,
    );
    expect(res.data.signInOptions).toEqual({
      passwordLoginEnabled: true,
      providers: [{ slug: 'test', displayName: 'Testleverandør', startUrl: '/auth/oidc/test/start' }],
    });
  });

  it('creates a Bergen finance officer at the first sign-in and lands on «Mine fordelinger»', async () => {
    const { response, session } = await signIn('kari.okonomi');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/#/my-allocations');
    expect(session).toMatch(/^gvs_/);
    const me = await asSession(session!)(ME);
    expect(me.data.me).toEqual({
      email: 'kari.okonomi@bergen.kommune.no',
      name: 'Kari Økonomi',
      roles: ['FINANCE_OFFICER'],
      organisation: { orgNumber: BERGEN },
    });
    const audit = await t.gql(
      `{ auditEvents(filter: { operation: "provisionUser" }) { nodes { entityType actorEmail after } } }`,
    );
    expect(audit.data.auditEvents.nodes).toEqual([
      expect.objectContaining({
        entityType: 'User',
        actorEmail: 'kari.okonomi@bergen.kommune.no',
        after: expect.objectContaining({ roles: ['FINANCE_OFFICER'], identityProvider: 'test' }),
      }),
    ]);
  });

  it('signs the same person in again without a second account, and maps no group to READER', async () => {
    await signIn('kari.okonomi');
    const users = await t.gql(`{ users(search: "kari.okonomi") { totalCount } }`);
    expect(users.data.users.totalCount).toBe(1);
    const { response, session } = await signIn('per.leser');
    expect(response.headers.get('location')).toBe('/#/');
    expect((await asSession(session!)(ME)).data.me.roles).toEqual(['READER']);
  });

  it('lets an administrator add a provider (never showing its secret) whose mapping changes the roles, audited', async () => {
    const created = await t.gql(
      `mutation($input: IdentityProviderInput!) { createIdentityProvider(input: $input) {
         identityProvider { id slug fromEnvironment redirectUri roleMappings { claimValue role } }
         userErrors { code } } }`,
      {
        input: {
          slug: 'managed',
          displayName: 'Bergen Entra ID',
          issuerUrl: ISSUER,
          clientId: MANAGED_CLIENT.clientId,
          clientSecret: MANAGED_CLIENT.clientSecret,
          scopes: 'openid profile email orgno groups',
          organisationClaim: 'orgno',
          roleMappings: [{ claimValue: 'alle-ansatte', role: 'INITIATIVE_OWNER' }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createIdentityProvider.userErrors).toEqual([]);
    expect(created.data.createIdentityProvider.identityProvider).toMatchObject({
      slug: 'managed',
      fromEnvironment: false,
      redirectUri: `${t.url}/auth/oidc/managed/callback`,
    });
    const listed = await t.gql(`{ identityProviders { slug clientId } }`);
    expect(listed.data.identityProviders.map((p: { slug: string }) => p.slug)).toEqual(['test', 'managed']);
    expect(JSON.stringify(listed)).not.toContain(MANAGED_CLIENT.clientSecret);
    const secretField = await t.gql(`{ identityProviders { clientSecret } }`);
    expect(secretField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const createAudit = await t.gql(
      `{ auditEvents(filter: { operation: "createIdentityProvider" }) { nodes { after } } }`,
    );
    expect(JSON.stringify(createAudit.data)).not.toContain(MANAGED_CLIENT.clientSecret);

    // Per signs in through the managed provider: the same person (issuer + sub), now INITIATIVE_OWNER.
    const { session } = await signIn('per.leser', 'managed');
    expect((await asSession(session!)(ME)).data.me.roles).toEqual(['INITIATIVE_OWNER']);
    const audit = await t.gql(
      `{ auditEvents(filter: { operation: "updateUserFromProvider" }) { nodes { before after } } }`,
    );
    expect(audit.data.auditEvents.nodes[0]).toMatchObject({
      before: { roles: ['READER'] },
      after: { roles: ['INITIATIVE_OWNER'], addedRoles: ['INITIATIVE_OWNER'], removedRoles: ['READER'] },
    });
  });

  it('refuses a person from an organisation Gevinst does not know, with a clear message and no account', async () => {
    const { response, body, session } = await signIn('ukjent.person');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-language')).toBe('nb');
    expect(body).toContain('data-reason="OIDC_UNKNOWN_ORGANISATION"');
    expect(body).toContain('Virksomheten din (organisasjonsnummer 999999999) bruker ikke Gevinst');
    expect(session).toBeUndefined();
    const users = await t.gql(`{ users(search: "ukjent") { totalCount } }`);
    expect(users.data.users.totalCount).toBe(0);
  });

  it('refuses a tampered state, and a callback whose state is not the browser’s', async () => {
    const { callback, jar } = await signInAtProvider('kari.okonomi');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
    const first = await finish(tampered.toString(), jar);
    expect(first.response.status).toBe(400);
    expect(first.body).toContain('data-reason="OIDC_SIGN_IN_EXPIRED"');
    expect(first.session).toBeUndefined();

    // Another browser (without the state cookie) cannot use the provider's answer either.
    const other = await signInAtProvider('kari.okonomi');
    const stranger = await finish(other.callback, new CookieJar());
    expect(stranger.response.status).toBe(400);
    expect(stranger.session).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one the sign-in started with', async () => {
    const { callback, jar, state } = await signInAtProvider('kari.okonomi');
    await t.db.query(`UPDATE oidc_login_states SET nonce = 'tampered-nonce' WHERE state_hash = $1`, [
      sha256(state),
    ]);
    const { response, body, session } = await finish(callback, jar);
    expect(response.status).toBe(403);
    expect(body).toContain('data-reason="OIDC_SIGN_IN_REFUSED"');
    expect(session).toBeUndefined();
  });

  it('uses a started sign-in once only', async () => {
    const { callback, jar } = await signInAtProvider('per.leser');
    const state = jar.get(t.url, 'gevinst_oidc_state')!;
    expect((await finish(callback, jar)).response.status).toBe(302);
    // The same answer again, even with the state cookie put back: the state is used up.
    const replay = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `gevinst_oidc_state=${state}` },
    });
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('data-reason="OIDC_SIGN_IN_EXPIRED"');
    expect(replay.headers.getSetCookie().some((cookie) => cookie.startsWith('gevinst_session='))).toBe(false);
  });

  it('keeps a deactivated account refused', async () => {
    const found = await t.gql(`{ users(search: "kari.okonomi") { nodes { id version } } }`);
    const { id, version } = found.data.users.nodes[0];
    const updated = await t.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { active } }`,
      {
        input: { id, version, active: false },
      },
    );
    expect(updated.data.updateUser.active).toBe(false);
    const { response, body, session } = await signIn('kari.okonomi');
    expect(response.status).toBe(403);
    expect(body).toContain('data-reason="OIDC_ACCOUNT_DISABLED"');
    expect(session).toBeUndefined();
  });

  it("signs out of Gevinst and offers the provider's end-session URL", async () => {
    const { session } = await signIn('per.leser');
    const gql = asSession(session!);
    const out = await gql(`mutation { signOut { signedOut endSessionUrl userErrors { code } } }`);
    expect(out.data.signOut.signedOut).toBe(true);
    expect(out.data.signOut.userErrors).toEqual([]);
    const end = new URL(out.data.signOut.endSessionUrl);
    expect(`${end.origin}${end.pathname}`).toBe(`${ISSUER}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${t.url}/`);
    expect(end.searchParams.get('client_id')).toBe(ENV_CLIENT.clientId);
    // The provider knows the URL (its logout confirmation page answers).
    expect((await fetch(end)).status).toBe(200);
    const after = await gql(ME);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown provider with a page, not a redirect', async () => {
    const response = await request(new CookieJar(), `${t.url}/auth/oidc/nope/start`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Ingen aktiv identitetsleverandør heter nope');
  });
});

describe('password sign-in switched off (PASSWORD_LOGIN_ENABLED=false)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { PASSWORD_LOGIN_ENABLED: 'false' } });
  });

  afterAll(() => t?.close());

  it('refuses the login mutation with a coded error and says so to the sign-in page', async () => {
    const res = await t.anonymous(
      `mutation { login(email: "okonomi.bergen@demo.gevinst.no", password: "Gevinst-demo-2026") { token } }`,
      undefined,
      { 'accept-language': 'nb' },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PASSWORD_LOGIN_DISABLED',
    });
    expect(res.errors?.[0]?.message).toBe(
      'Innlogging med passord er slått av her: logg inn med virksomhetens identitetsleverandør',
    );
    const options = await t.anonymous(`{ signInOptions { passwordLoginEnabled providers { slug } } }`);
    expect(options.data.signInOptions).toEqual({ passwordLoginEnabled: false, providers: [] });
  });
});
