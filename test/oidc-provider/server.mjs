// A real OpenID Connect provider for the tests (the certified `oidc-provider` package), run as a child
// process by start.ts: `node test/oidc-provider/server.mjs` with OIDC_TEST_CONFIG (JSON) in the
// environment. Its sign-in page is the package's devInteractions (any password; the login names one of
// the people below); consent is granted automatically. Prints "ready <issuer>" when it listens.
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const { port, clients, people } = config;
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: clients.map((client) => ({
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_basic',
  })),
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'email', 'orgno', 'groups', 'offline_access'],
  claims: {
    openid: ['sub'],
    profile: ['name', 'given_name', 'family_name'],
    email: ['email', 'email_verified'],
    orgno: ['orgno'],
    groups: ['groups'],
  },
  // The scopes' claims go into the ID token itself (as Entra ID does with groups).
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  cookies: { keys: ['gevinst-test-provider-cookie-key'] },
  findAccount(_ctx, id) {
    const person = people[id];
    if (!person) return undefined;
    return {
      accountId: id,
      claims: () => ({ sub: id, email_verified: true, ...person }),
    };
  },
  // Consent is given at once (the people are test people; the interaction is the sign-in page only).
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      const existing = await ctx.oidc.provider.Grant.find(grantId);
      if (existing) return existing;
    }
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile email orgno groups');
    grant.addOIDCClaims(['name', 'given_name', 'family_name', 'email', 'email_verified', 'orgno', 'groups']);
    await grant.save();
    return grant;
  },
});
// Quiet: the devInteractions warning is expected here.
provider.on('server_error', (_ctx, error) => console.error('provider error', error));

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
