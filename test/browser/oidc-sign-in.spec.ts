/**
 * Issue 20, done when: a person from Bergen kommune in the finance group signs in through the
 * organisation's identity provider (a real OpenID provider, test/oidc-provider) and lands on «Mine
 * fordelinger» as FINANCE_OFFICER of Bergen without an administrator having created the account; the
 * administrator then sees the provisioning in the audit log.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type RunningProvider, startTestProvider } from '../oidc-provider/start';
import { type RunningApp, startApp } from './app-server';
import { launchChromium } from './chromium';
import { DEMO_PASSWORD, PERSONAS, WAIT_MS, screenshot } from './helpers';

const PROVIDER_PORT = 3561;
const CLIENT = { clientId: 'gevinst-browser', clientSecret: 'browser-client-secret-for-tests' };

describe('sign-in with the organisation’s identity provider', () => {
  let app: RunningApp;
  let provider: RunningProvider;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([
      startApp({
        env: {
          OIDC_ISSUER: `http://127.0.0.1:${PROVIDER_PORT}`,
          OIDC_CLIENT_ID: CLIENT.clientId,
          OIDC_CLIENT_SECRET: CLIENT.clientSecret,
          OIDC_SLUG: 'bergen',
          OIDC_DISPLAY_NAME: 'Bergen ID',
          OIDC_SCOPES: 'openid profile email orgno groups',
          OIDC_ORG_CLAIM: 'orgno',
          OIDC_ROLE_MAPPING: 'gevinst-okonomi=FINANCE_OFFICER',
        },
      }),
      launchChromium(),
    ]);
    provider = await startTestProvider({
      port: PROVIDER_PORT,
      clients: [
        {
          ...CLIENT,
          redirectUris: [`${app.url}/auth/oidc/bergen/callback`],
          postLogoutRedirectUris: [`${app.url}/`],
        },
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await provider?.stop();
    await app?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
    });
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
    page = await context.newPage();
  });

  afterEach(() => context?.close());

  it('lands a Bergen finance person on «Mine fordelinger» as FINANCE_OFFICER, provisioned and audited', async () => {
    await page.goto(`${app.url}/#/login`);
    await page.getByText('Logg inn med Bergen ID').click();
    // The provider's own sign-in page (oidc-provider's devInteractions).
    await page.locator('input[name="login"]').fill('kari.okonomi');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL(`${app.url}/#/my-allocations`);
    await page.getByTestId('my-allocations').waitFor();
    await expect(page.getByTestId('identity').innerText()).resolves.toContain('Kari Økonomi');
    await screenshot(page, 'oidc-finance-officer-my-allocations');
    const me = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { email roles organisation { orgNumber } } }' }),
      });
      return ((await response.json()) as { data: { me: unknown } }).data.me;
    });
    expect(me).toEqual({
      email: 'kari.okonomi@bergen.kommune.no',
      roles: ['FINANCE_OFFICER'],
      organisation: { orgNumber: '964338531' },
    });

    // The administrator (by password: it stays on) sees the provisioning in «Endringslogg».
    const admin = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nb-NO' });
    admin.setDefaultTimeout(WAIT_MS);
    const adminPage = await admin.newPage();
    await adminPage.goto(`${app.url}/#/login`);
    await adminPage.getByRole('textbox', { name: /^E-post/ }).fill(PERSONAS.admin);
    await adminPage.getByLabel(/^Passord/).fill(DEMO_PASSWORD);
    await adminPage.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await adminPage.getByTestId('identity').waitFor({ state: 'attached' });
    await adminPage.goto(`${app.url}/#/auditEvents`);
    await adminPage
      .getByText('Kari Økonomi ble opprettet som bruker ved første innlogging hos identitetsleverandøren')
      .first()
      .waitFor();
    await screenshot(adminPage, 'oidc-provisioning-in-audit-log');
    await admin.close();
  });

  it('refuses a person from an organisation Gevinst does not know, with a clear message', async () => {
    await page.goto(`${app.url}/#/login`);
    await page.getByText('Logg inn med Bergen ID').click();
    await page.locator('input[name="login"]').fill('ukjent.person');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('heading', { name: 'Innloggingen ble avvist' }).waitFor();
    await expect(page.locator('#reason').innerText()).resolves.toBe(
      'Virksomheten din (organisasjonsnummer 999999999) bruker ikke Gevinst: spør Gevinst-administratoren',
    );
  });
});
