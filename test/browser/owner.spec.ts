/**
 * The project owner (Brønnøysundregistrene, owns DEMO-LIV-BEDRIFT): records a measurement and sees the
 * realisation chart and the RAG status change; edits a cost-sharing key and sees the preview follow
 * every change before saving; and the initiative's tabs pass axe.
 */
import {
  data,
  eventually,
  PERSONAS,
  screenshot,
  searchList,
  seriousViolations,
  tokenFor,
  useBrowser,
} from './helpers';

const BENEFIT_TITLE = 'Færre manuelle registreringer i Enhetsregisteret';

interface Realisation {
  rag: string | null;
  percent: string | null;
}

describe('project owner', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  async function realisationOf(token: string): Promise<{ id: string; realisation: Realisation }> {
    const result = await data<{
      benefits: { nodes: { id: string; title: string; realisation: Realisation }[] };
    }>(
      browser.app(),
      token,
      'query ($search: String) { benefits(filter: { search: $search }) { nodes { id title realisation { rag percent } } } }',
      { search: BENEFIT_TITLE },
    );
    const benefit = result.benefits.nodes.find((node) => node.title === BENEFIT_TITLE);
    if (!benefit) throw new Error(`demo benefit "${BENEFIT_TITLE}" is missing`);
    return benefit;
  }

  it('records a measurement and sees the realisation chart and RAG change', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.owner);
    const before = await realisationOf(token);

    await browser.signIn(PERSONAS.owner);
    await page().getByRole('menuitem', { name: 'Gevinster' }).click();
    await searchList(page(), 'manuelle registreringer');
    await page().getByRole('cell', { name: BENEFIT_TITLE }).click();

    const rag = page().getByTestId('realisation-panel').getByTestId('rag');
    await rag.waitFor();
    expect(await rag.getAttribute('data-rag')).toBe(before.realisation.rag ?? '');
    // The chart is lazy-loaded: wait for recharts to draw the target trajectory and the measurements.
    const chart = page().getByTestId('realisation-chart');
    await chart.locator('.recharts-line').nth(1).waitFor();
    // Recharts draws a line's dots when its animation ends, all at once: wait for them, then count.
    await chart.locator('.recharts-line-dots circle').nth(2).waitFor();
    const dotsBefore = await chart.locator('.recharts-line-dots circle').count();
    expect(dotsBefore).toBeGreaterThan(2);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'benefit-before-measurement-nb');

    // The benefit owner reaches the final target (18 000 hours a year) today.
    await page()
      .getByRole('textbox', { name: /^Verdi \(timer\)/ })
      .fill('18 000');
    await page()
      .getByRole('textbox', { name: /^Kilde/ })
      .fill('Nettlesertest: timeregistrering');
    await page().getByRole('button', { name: 'Registrer målingen' }).click();
    await page().getByText('Målingen er registrert').waitFor();

    const after = await realisationOf(token);
    expect(after.realisation.rag).toBe('GREEN');
    expect(after.realisation.rag).not.toBe(before.realisation.rag);
    await page().locator('[data-testid="realisation-panel"] [data-rag="GREEN"]').waitFor();
    await page()
      .getByTestId('realisation-latest')
      .filter({ hasText: /^18\s000\stimer/ })
      .waitFor();
    await page()
      .getByTestId('realisation-percent')
      .filter({ hasText: /^100\s% av planlagt forbedring$/ })
      .waitFor();
    expect(await eventually(() => chart.locator('.recharts-line-dots circle').count(), dotsBefore + 1)).toBe(
      dotsBefore + 1,
    );
    // The table alternative has the new value too.
    await page().getByTestId('realisation-chart').getByRole('button', { name: 'Vis som tabell' }).click();
    await page()
      .getByTestId('realisation-chart')
      .locator('tbody tr')
      .last()
      .filter({ hasText: /18\s000\stimer.*18\s000\stimer/ })
      .waitFor();
    await screenshot(page(), 'benefit-after-measurement-nb');
    expect(browser.pageErrors).toEqual([]);
  });

  it('edits a cost-sharing key and the preview updates before saving', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.owner);
    const { me } = await data<{ me: { organisation: { id: string } } }>(
      browser.app(),
      token,
      '{ me { organisation { id } } }',
    );
    const { createCostSharingKey: key } = await data<{ createCostSharingKey: { id: string } }>(
      browser.app(),
      token,
      `mutation ($input: CreateCostSharingKeyInput!) { createCostSharingKey(input: $input) { id } }`,
      {
        input: {
          name: 'Nettlesertest – drift av veiviseren',
          ownerOrganisationId: me.organisation.id,
          spec: { method: 'EQUAL' },
        },
      },
    );
    const specOf = async () =>
      (
        await data<{ costSharingKey: { current: { spec: Record<string, unknown> } } }>(
          browser.app(),
          token,
          'query ($id: ID!) { costSharingKey(id: $id) { current { spec } } }',
          { id: key.id },
        )
      ).costSharingKey.current.spec;

    await browser.signIn(PERSONAS.owner);
    await page().getByRole('menuitem', { name: 'Fordelingsnøkler' }).click();
    await page().getByRole('cell', { name: 'Nettlesertest – drift av veiviseren' }).click();
    const preview = page().getByTestId('key-preview');
    // The owner's own initiative is previewed, for its latest cost year (2025: demo-costs.seeder.ts); in
    // 2026 it has no costs, so the API asks for a total next to that field.
    const initiative = preview.getByRole('combobox', { name: 'Initiativ' });
    await initiative.waitFor();
    expect(
      await eventually(async () => (await initiative.inputValue()).slice(0, 16), 'DEMO-LIV-BEDRIFT'),
    ).toBe('DEMO-LIV-BEDRIFT');
    const year = preview.getByRole('spinbutton', { name: 'År' });
    expect(await eventually(() => year.inputValue(), '2025')).toBe('2025');
    await year.fill('2026');
    await preview
      .getByText(/oppgi en totalsum for å forhåndsvise fordelingen/)
      .first()
      .waitFor();

    await preview.getByRole('textbox', { name: 'Totalsum (kr)' }).fill('1 000');
    const total = page().getByTestId('preview-total');
    await total.filter({ hasText: /Totalt 1\s000,00\skr på 2 deltakere/ }).waitFor();
    const table = page().getByTestId('key-preview-result-table');
    await table.getByRole('row', { name: /Skatteetaten\s+500,00\skr/ }).waitFor();
    await table.getByRole('row', { name: /Digitaliseringsdirektoratet\s+500,00\skr/ }).waitFor();
    await preview.locator('.recharts-bar-rectangle').first().waitFor();
    // The calculation behind each line, in Norwegian like the rest of the page.
    await preview.getByRole('button', { name: 'Vis utregningen' }).click();
    await table
      .getByText(/Lik fordeling på 2: 1\s000,00 kr × 1 \/ 2 = 500,00 kr/)
      .first()
      .waitFor();

    // Agreed shares instead: the editor asks for one percentage per paying participant.
    await page().getByRole('combobox', { name: 'Metode' }).click();
    await page().getByRole('option', { name: 'Avtalte prosentandeler' }).click();
    await page().getByRole('textbox', { name: 'Andel for Skatteetaten (%)' }).fill('70');
    // Shares that do not add up to 100: the API's message appears where the shares are.
    await page()
      .getByTestId('problem-spec.shares')
      .filter({ hasText: /må til sammen bli nøyaktig 100/ })
      .waitFor();
    await page()
      .getByTestId('shares-sum')
      .filter({ hasText: /Sum: 70,0000\s% \(må være 100 %\)/ })
      .waitFor();
    await page().getByRole('textbox', { name: 'Andel for Digitaliseringsdirektoratet (%)' }).fill('30');
    await table.getByRole('row', { name: /Skatteetaten\s+700,00\skr/ }).waitFor();
    await table.getByRole('row', { name: /Digitaliseringsdirektoratet\s+300,00\skr/ }).waitFor();
    await page().getByTestId('problem-spec.shares').waitFor({ state: 'detached' });

    // Nothing is stored until Save.
    expect(await specOf()).toEqual({ method: 'EQUAL' });
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'key-editor-preview-nb');

    await page().getByRole('button', { name: 'Lagre' }).click();
    await page().getByText('Elementet er oppdatert').waitFor();
    const saved = await specOf();
    expect(saved.method).toBe('FIXED_SHARES');
    expect(Object.values(saved.shares as Record<string, string>).sort()).toEqual(['30', '70']);
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows the initiative’s tabs, each accessible', async () => {
    await browser.signIn(PERSONAS.owner);
    await page().getByRole('menuitem', { name: 'Initiativer' }).click();
    // Exactly the list's code cell: the first page names the initiative too (its overdue report's row).
    await page().getByRole('cell', { name: 'DEMO-LIV-BEDRIFT', exact: true }).click();
    const tabs: [string, string, () => Promise<unknown>][] = [
      ['Oversikt', 'initiative-overview-nb', () => page().getByText('Sum finansiering').waitFor()],
      ['Deltakere', 'initiative-participants-nb', () => page().getByText('Legg til en deltaker').waitFor()],
      [
        'Kostnader',
        'initiative-costs-nb',
        // The demo's cost items 2021–2025 (44.5 MNOK planned: demo-costs.seeder.ts).
        () => page().getByRole('cell', { name: 'Drift av piloten', exact: true }).waitFor(),
      ],
      // The funding plan: a table per year with status chips, or its empty state.
      [
        'Finansieringsplan',
        'initiative-funding-plan-nb',
        () =>
          page()
            .getByTestId('funding-plan-table')
            .or(page().getByText('Ingen finansiering eller kostnader er registrert.'))
            .waitFor(),
      ],
      [
        'Kostnadsdeling og fordeling',
        'initiative-cost-sharing-nb',
        () => page().getByText('Initiativet har ingen fordelingsnøkkel.').waitFor(),
      ],
      ['Gevinster', 'initiative-benefits-nb', () => page().getByTestId('benefits-map').waitFor()],
      // Issue 16: the period status and the benefits' status reports as timelines.
      [
        'Statusrapporter',
        'initiative-status-reports-nb',
        () => page().getByTestId('benefit-report-timeline').waitFor(),
      ],
      [
        'Samfunnsøkonomi',
        'initiative-economics-nb',
        () => page().getByTestId('economics-chart').locator('.recharts-line').first().waitFor(),
      ],
      // The initiative's whole history: the measurement recorded above is a change to its benefit.
      [
        'Endringslogg',
        'initiative-history-nb',
        // Issue 17: the operation as a sentence naming the person and the measurement, no operation code.
        () =>
          page()
            .getByRole('cell', { name: /^Ola Prosjekteier registrerte en måling: Måling / })
            .first()
            .waitFor(),
      ],
    ];
    for (const [tab, name, ready] of tabs) {
      await page().getByRole('tab', { name: tab }).click();
      await ready();
      expect(await seriousViolations(page())).toEqual([]);
      await screenshot(page(), name);
    }
    // An entry opens to its changed fields in words (issue 17: no longer followed by their stored names).
    await page()
      .getByRole('cell', { name: /^Ola Prosjekteier registrerte en måling: Måling / })
      .first()
      .click();
    await page().getByRole('cell', { name: 'Verdi', exact: true }).waitFor();
    await page().getByRole('cell', { name: 'Kilde', exact: true }).waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
  it('adds a participant and a cost, chooses a key, enters its drivers and allocates the costs', async () => {
    await browser.signIn(PERSONAS.owner);
    await page().getByRole('menuitem', { name: 'Initiativer' }).click();
    // Exactly the list's code cell: the first page names the initiative too (its overdue report's row).
    await page().getByRole('cell', { name: 'DEMO-LIV-BEDRIFT', exact: true }).click();

    await page().getByRole('tab', { name: 'Deltakere' }).click();
    await page()
      .getByRole('combobox', { name: /^Organisasjon/ })
      .fill('Oslo');
    // Issue 17: the organisation picker names a municipality «Oslo kommune» (organisationDisplayName).
    await page().getByRole('option', { name: 'Oslo kommune', exact: true }).click();
    await page().getByRole('button', { name: 'Legg til', exact: true }).click();
    await page().getByText('Deltakeren er lagt til').waitFor();
    await page()
      .getByRole('row', { name: /Oslo kommune\s+Kommune/ })
      .waitFor();

    await page().getByRole('tab', { name: 'Kostnader' }).click();
    await page().getByRole('button', { name: 'Ny kostnadspost' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Beskrivelse/ }).fill('Drift av veiviseren');
    await dialog.getByRole('textbox', { name: /^Planlagt/ }).fill('1 200 000');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page().getByText('Kostnadsposten er lagt til').waitFor();
    // The demo's 44,500,000.00 planned for 2021–2025 (3 + 10 + 14 + 10 + 7.5 MNOK) + 1,200,000.00.
    await page()
      .getByTestId('cost-totals')
      .filter({ hasText: /Sum planlagt 45\s700\s000,00\skr/ })
      .waitFor();

    await page().getByRole('tab', { name: 'Kostnadsdeling og fordeling' }).click();
    await page().getByRole('combobox', { name: 'Fordelingsnøkkel' }).click();
    await page()
      .getByRole('option', { name: /Postkasse/ })
      .click();
    await page().getByRole('button', { name: 'Bruk nøkkelen' }).click();
    await page().getByText('Fordelingsnøkkelen er valgt').waitFor();
    // The key divides by letters sent: the owner enters each paying participant's figure.
    const drivers = page().getByTestId('drivers-letters');
    await drivers.getByRole('textbox', { name: 'Skatteetaten' }).fill('3 000 000');
    await drivers.getByRole('textbox', { name: 'Digitaliseringsdirektoratet' }).fill('1 000 000');
    await drivers.getByRole('textbox', { name: 'Oslo' }).fill('2 000 000');
    await drivers.getByRole('button', { name: 'Lagre grunnlaget' }).click();
    await page().getByText('Fordelingsgrunnlaget er lagret').waitFor();
    const preview = page().getByTestId('allocation-preview-table');
    await preview.getByRole('row', { name: /Skatteetaten\s+600\s000,00\skr/ }).waitFor();
    await preview.getByRole('row', { name: /Oslo\s+400\s000,00\skr/ }).waitFor();

    await page()
      .getByRole('button', { name: /^Fordel kostnadene for \d{4}$/ })
      .click();
    await page().getByRole('button', { name: 'Bekreft' }).click();
    await page()
      .getByText(/^Kostnadene for \d{4} er fordelt$/)
      .waitFor();
    await page()
      .getByTestId('allocation-line-totals')
      .filter({ hasText: /^3 linjer, sum planlagt 1\s200\s000,00\skr/ })
      .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'initiative-allocated-nb');
    expect(browser.pageErrors).toEqual([]);
  });
});
