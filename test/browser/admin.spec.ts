/**
 * The administrator: creates an API token (its secret shown once) and the test calls the GraphQL API
 * with it; users, the audit log and organisations with population pass axe; and a session that
 * expires in the middle of an edit asks for the password again without losing what was typed.
 */
import {
  graphql,
  PERSONAS,
  screenshot,
  searchList,
  seriousViolations,
  tokenFor,
  useBrowser,
} from './helpers';

describe('administrator', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('creates an API token whose secret is shown once, and the API answers to it', async () => {
    await browser.signIn(PERSONAS.admin);
    await page().getByRole('menuitem', { name: 'API-nøkler' }).click();
    await page().getByRole('link', { name: 'Ny API-nøkkel' }).first().click();
    await page().getByRole('textbox', { name: /^Navn/ }).fill('Økonomisystem – nettlesertest');
    expect(await page().getByRole('checkbox', { name: /^Lese/ }).isChecked()).toBe(true);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'api-token-create-nb');
    await page().getByRole('button', { name: 'Ny API-nøkkel' }).click();

    const secretInput = page().getByTestId('token-secret');
    await secretInput.waitFor();
    const secret = await secretInput.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await page().getByText('Den vises bare denne ene gangen', { exact: false }).waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'api-token-secret-nb');

    const me = await graphql<{ me: { email: string; organisation: { name: string } } }>(
      browser.app(),
      '{ me { email organisation { name } } }',
      {},
      secret,
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({
      email: PERSONAS.admin,
      organisation: { name: 'Digitaliseringsdirektoratet' },
    });
    // A READ token may not change anything.
    const change = await graphql(browser.app(), 'mutation { logout }', {}, secret);
    const refused = await graphql(
      browser.app(),
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
      { input: { name: 'x', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      secret,
    );
    expect(change.errors ?? refused.errors).toBeDefined();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await page().getByRole('button', { name: 'Ferdig' }).click();
    await page().getByRole('cell', { name: 'Økonomisystem – nettlesertest', exact: true }).waitFor();
    expect(await page().content()).not.toContain(secret);
    // Everybody's tokens, with whose each is (the API pages and searches them).
    await page().getByLabel('Vis alle brukeres nøkler').check();
    await page().getByRole('columnheader', { name: 'Eier' }).waitFor();
    await page().getByRole('textbox', { name: 'Søk' }).fill('nettlesertest');
    await page()
      .getByRole('row', {
        name: /Økonomisystem – nettlesertest\s+Ada Administrator \(Digitaliseringsdirektoratet\)/,
      })
      .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'api-tokens-nb');
    expect(browser.pageErrors).toEqual([]);
  });

  it('manages users and reads the audit log and populations, all accessible', async () => {
    await browser.signIn(PERSONAS.admin);
    await page().getByRole('menuitem', { name: 'Brukere' }).click();
    await page().getByRole('cell', { name: 'okonomi.bergen@demo.gevinst.no' }).waitFor();
    // Sorted by the API: e-mail descending puts the last address of every user first.
    const { users } = (
      await graphql<{ users: { nodes: { email: string }[] } }>(
        browser.app(),
        '{ users(limit: 1, sort: { field: EMAIL, direction: DESC }) { nodes { email } } }',
        {},
        await tokenFor(browser.app(), PERSONAS.admin),
      )
    ).data!;
    await page().getByRole('columnheader', { name: 'E-post' }).getByRole('button').click();
    await page().getByRole('columnheader', { name: 'E-post' }).getByRole('button').click();
    await page()
      .locator('table tbody tr')
      .first()
      .getByRole('cell', { name: users.nodes[0].email })
      .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'users-nb');

    await page().getByRole('menuitem', { name: 'Endringslogg' }).click();
    // The audit log's own table (its "Tidspunkt" column), not the user list it replaces: a row of that
    // one would open a user.
    await page().getByRole('columnheader', { name: 'Tidspunkt' }).waitFor();
    const firstRow = page().locator('table tbody tr').first();
    await firstRow.waitFor();
    await firstRow.click();
    await page().getByText('Endrede felt').first().waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'audit-log-nb');

    await page().getByRole('menuitem', { name: 'Organisasjoner' }).click();
    await searchList(page(), 'Bergen');
    // Issue 17: the list shows a municipality as «Bergen kommune» (organisationDisplayName).
    await page().getByRole('cell', { name: 'Bergen kommune', exact: true }).click();
    await page().getByRole('tab', { name: 'Innbyggere' }).click();
    await page().getByRole('cell', { name: '291 940' }).first().waitFor();
    await page().getByText('Registrer innbyggertall for et år').waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'organisation-population-nb');
    expect(browser.pageErrors).toEqual([]);
  });

  it('asks for the password again when the session expires, and saves what was typed', async () => {
    await browser.signIn(PERSONAS.admin);
    await page().getByRole('menuitem', { name: 'Organisasjoner' }).click();
    await searchList(page(), 'Utsira');
    // Issue 17: the list shows the municipality as «Utsira kommune» (organisationDisplayName).
    await page().getByRole('cell', { name: 'Utsira kommune', exact: true }).click();
    await page().getByRole('link', { name: 'Rediger' }).click();
    const name = page().getByRole('textbox', { name: /^Navn/ });
    await name.waitFor();
    await name.fill('Utsira kommune (nettlesertest)');

    // The session ends on the server (as when it expires); the page does not know yet.
    await page().evaluate(() =>
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      }),
    );
    await page().getByRole('button', { name: 'Lagre' }).click();

    const dialog = page().getByRole('dialog', { name: 'Økten er utløpt' });
    await dialog.waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'session-expired-nb');
    await dialog.getByLabel(/^Passord/).fill('Gevinst-demo-2026');
    await dialog.getByRole('button', { name: 'Logg inn og fortsett' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page().getByRole('tab', { name: 'Oversikt' }).waitFor();
    await page().getByText('Utsira kommune (nettlesertest)', { exact: true }).first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
