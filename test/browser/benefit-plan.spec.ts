/**
 * The binding benefits plan (tab «Gevinstplan»): the secretariat sees DEMO-MEDFIN-TOLK's approved version 1
 * and the lowered target as a deviation (who, when, why); the owner proposes DEMO-LIV-BEDRIFT's plan and the
 * secretariat approves it; the tab passes axe, at 1440 and 390 px.
 */
import { data, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

const SECRETARIAT = 'sekretariat@demo.gevinst.no';

describe('the binding benefits plan tab', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  async function initiativeId(code: string): Promise<string> {
    const token = await tokenFor(browser.app(), PERSONAS.admin);
    const result = await data<{ initiatives: { nodes: { id: string; code: string }[] } }>(
      browser.app(),
      token,
      'query ($q: String) { initiatives(filter: { search: $q }) { nodes { id code } } }',
      { q: code },
    );
    const found = result.initiatives.nodes.find((node) => node.code === code);
    if (!found) throw new Error(`demo initiative ${code} is missing`);
    return found.id;
  }

  async function openTab(code: string): Promise<void> {
    await page().goto(`${browser.app().url}/#/initiatives/${await initiativeId(code)}/show/benefit-plan`);
    await page().getByTestId('benefit-plan-tab').waitFor();
  }

  it('shows the version in force and the lowered target as a deviation with who, when and why', async () => {
    await browser.signIn(SECRETARIAT);
    await openTab('DEMO-MEDFIN-TOLK');
    await page()
      .getByTestId('benefit-plan-in-force')
      .getByText(/Versjon 1 gjelder, godkjent 15\.03\.2024/)
      .waitFor();
    const versions = page().getByTestId('benefit-plan-versions');
    await versions.getByText('Godkjent (gjelder)').waitFor();
    const deviations = page().getByTestId('benefit-plan-deviations');
    const row = deviations.getByRole('row', { name: /Mindre tid til tolkebestilling i NAV/ });
    await row.waitFor();
    // Mål 30.06.2026: 32 000 → 38 000 (Norwegian digits with a non-breaking space), by the admin, with the reason.
    await row.getByText(/^Mål 30\.06\.2026$/).waitFor();
    await row.getByText(/^32\s000$/).waitFor();
    await row.getByText(/^38\s000$/).waitFor();
    await row.getByText('admin@demo.gevinst.no').waitFor();
    await row.getByText(/NAV-kontorene tar løsningen i bruk et halvt år senere/).waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'benefit-plan-deviations-nb');
    await page().setViewportSize({ width: 1440, height: 900 });
    await screenshot(page(), 'benefit-plan-deviations-1440-nb');
    await page().setViewportSize({ width: 390, height: 844 });
    await screenshot(page(), 'benefit-plan-deviations-390-nb');
    expect(await seriousViolations(page())).toEqual([]);

    // The benefit itself says it deviates, and its realisation is measured against version 1:
    // (64 000 − 45 500) / (64 000 − 32 000) = 18 500 / 32 000 = 57.81 %, shown as «57,8 %» (not 71.15 %:
    // 18 500 / 26 000 against the lowered target); the chart draws version 1's target of 32 000 for 30 June 2026.
    const token = await tokenFor(browser.app(), PERSONAS.admin);
    const found = await data<{ benefits: { nodes: { id: string; title: string }[] } }>(
      browser.app(),
      token,
      'query ($q: String) { benefits(filter: { search: $q }) { nodes { id title } } }',
      { q: 'tolkebestilling i NAV' },
    );
    await page().setViewportSize({ width: 1440, height: 900 });
    await page().goto(`${browser.app().url}/#/benefits/${found.benefits.nodes[0].id}/show`);
    await page().getByTestId('realisation-deviates-from-plan').waitFor();
    await page()
      .getByTestId('realisation-percent')
      .filter({ hasText: /^57,8\s%/ })
      .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'benefit-plan-benefit-deviates-nb');
  });

  it('lets the owner propose a version and the secretariat approve it', async () => {
    await browser.signIn(PERSONAS.owner);
    await openTab('DEMO-LIV-BEDRIFT');
    await page().getByText('Ingen versjon av gevinstplanen er godkjent', { exact: false }).waitFor();
    await page()
      .getByRole('textbox', { name: /^Begrunnelse for ny versjon/ })
      .fill('Gevinstplan før endelig tilsagn');
    await page().getByRole('button', { name: 'Foreslå gevinstene som ny planversjon' }).click();
    await page().getByText('Planversjonen er sendt til sekretariatet').waitFor();
    await page().getByTestId('benefit-plan-versions').locator('tbody').getByText('Foreslått').waitFor();
    // The owner does not decide.
    expect(
      await page()
        .getByRole('button', { name: /^Godkjenn versjon/ })
        .count(),
    ).toBe(0);
    await screenshot(page(), 'benefit-plan-proposed-nb');

    // Signed out (the session's cookie and what the admin keeps), then in as the secretariat.
    await browser.context().clearCookies();
    await page().evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await browser.signIn(SECRETARIAT);
    await openTab('DEMO-LIV-BEDRIFT');
    await page()
      .getByRole('textbox', { name: /^Merknad til vedtaket/ })
      .fill('Godkjent med tilsagnet');
    await page().getByRole('button', { name: 'Godkjenn versjon 1' }).click();
    await page().getByText('Planversjonen er godkjent').waitFor();
    await page()
      .getByTestId('benefit-plan-in-force')
      .getByText(/Versjon 1 gjelder/)
      .waitFor();
    await page().getByText('Gevinstene er som i versjonen som gjelder.').waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'benefit-plan-approved-nb');
  });
});
