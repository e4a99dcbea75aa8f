/**
 * The project owner (Brønnøysundregistrene, owns DEMO-LIV-BEDRIFT) edits the initiative's benefits map
 * — adds, changes and deletes an enabler, adds a dependency, is refused one that would make a cycle
 * (the API's message next to the field) and removes it — and corrects a measurement of a benefit; a
 * portfolio reviewer sees the same map without the editing controls. Checked against the API.
 *
 * This file gets its own app and database (useBrowser), and leaves the map as the demo data has it.
 */
import type { Page } from 'playwright-core';
import {
  data,
  descriptionOf,
  eventually,
  PERSONAS,
  screenshot,
  searchList,
  seriousViolations,
  tokenFor,
  useBrowser,
} from './helpers';

const INITIATIVE = 'DEMO-LIV-BEDRIFT';
const BENEFIT_TITLE = 'Færre manuelle registreringer i Enhetsregisteret';
const ENABLER_TITLE = 'Nettlesertest: API for nyregistreringer';
const ENABLER_OPTION = `${ENABLER_TITLE} (Leveranse)`;
const BENEFIT_OPTION = `${BENEFIT_TITLE} (Gevinst)`;

interface MapData {
  benefitsMap: {
    nodes: { id: string; type: string; title: string; enabler: { description: string } | null }[];
    edges: { id: string; fromId: string; toId: string }[];
  };
}

describe('project owner edits the benefits map and corrects a measurement', () => {
  const browser = useBrowser();
  const page = (): Page => browser.page();

  async function initiativeId(token: string): Promise<string> {
    const result = await data<{ initiatives: { nodes: { id: string; code: string }[] } }>(
      browser.app(),
      token,
      'query ($search: String) { initiatives(filter: { search: $search }) { nodes { id code } } }',
      { search: INITIATIVE },
    );
    const initiative = result.initiatives.nodes.find((node) => node.code === INITIATIVE);
    if (!initiative) throw new Error(`demo initiative ${INITIATIVE} is missing`);
    return initiative.id;
  }

  async function mapOf(token: string, id: string): Promise<MapData['benefitsMap']> {
    return (
      await data<MapData>(
        browser.app(),
        token,
        'query ($id: ID!) { benefitsMap(initiativeId: $id) { nodes { id type title enabler { description } } edges { id fromId toId } } }',
        { id },
      )
    ).benefitsMap;
  }

  async function openBenefitsTab(): Promise<void> {
    await page().getByRole('menuitem', { name: 'Initiativer' }).click();
    // Exactly the list's code cell: the first page names the initiative too (its overdue report's row).
    await page().getByRole('cell', { name: INITIATIVE, exact: true }).click();
    await page().getByRole('tab', { name: 'Gevinster' }).click();
    await page().getByTestId('benefits-map').waitFor();
  }

  async function choose(label: RegExp, option: string): Promise<void> {
    await page().getByRole('combobox', { name: label }).click();
    await page().getByRole('option', { name: option, exact: true }).click();
  }

  it('adds, edits and deletes an enabler, adds a dependency, is refused a cycle and removes the dependency', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.owner);
    const id = await initiativeId(token);
    const before = await mapOf(token, id);
    expect(before.nodes.some((node) => node.title === ENABLER_TITLE)).toBe(false);

    await browser.signIn(PERSONAS.owner);
    await openBenefitsTab();
    const graph = page().getByTestId('benefits-map');
    const arrows = graph.locator('svg path[marker-end]');
    expect(await eventually(() => arrows.count(), before.edges.length)).toBe(before.edges.length);
    const enablers = page().getByTestId('enablers');
    const dependencies = page().getByTestId('dependencies');
    await enablers.getByRole('row', { name: /Veiviser for gründere/ }).waitFor();

    // A new deliverable.
    await page().getByRole('button', { name: 'Ny leveranse eller endring' }).click();
    let dialog = page().getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Tittel/ }).fill(ENABLER_TITLE);
    await dialog.getByRole('textbox', { name: /^Beskrivelse/ }).fill('Et API som tar imot nyregistreringer.');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page().getByText(`«${ENABLER_TITLE}» er lagt til i gevinstkartet`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await enablers.getByRole('row', { name: new RegExp(`${ENABLER_TITLE}\\s+Leveranse`) }).waitFor();
    await graph.getByRole('listitem').filter({ hasText: ENABLER_TITLE }).waitFor();

    // Its description changes (the version read goes with the change).
    await enablers.getByRole('button', { name: `Rediger «${ENABLER_TITLE}»` }).click();
    dialog = page().getByRole('dialog');
    const description = dialog.getByRole('textbox', { name: /^Beskrivelse/ });
    expect(await description.inputValue()).toBe('Et API som tar imot nyregistreringer.');
    await description.fill('Et API som tar imot og kontrollerer nyregistreringer.');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page().getByText(`«${ENABLER_TITLE}» er lagret`).waitFor();
    await enablers.getByRole('row', { name: /tar imot og kontrollerer nyregistreringer/ }).waitFor();
    const enabler = (await mapOf(token, id)).nodes.find((node) => node.title === ENABLER_TITLE);
    expect(enabler?.enabler?.description).toBe('Et API som tar imot og kontrollerer nyregistreringer.');

    // The benefit depends on the new deliverable: in the list, in the graph and in the API.
    await choose(/^Fra/, ENABLER_OPTION);
    await choose(/^Til/, BENEFIT_OPTION);
    await page().getByRole('button', { name: 'Legg til avhengigheten' }).click();
    await page().getByText('Avhengigheten er lagt til').waitFor();
    const row = dependencies.getByRole('row', {
      name: new RegExp(`${ENABLER_TITLE} \\(Leveranse\\)\\s+${BENEFIT_TITLE} \\(Gevinst\\)`),
    });
    await row.waitFor();
    expect(await eventually(() => arrows.count(), before.edges.length + 1)).toBe(before.edges.length + 1);
    await graph
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${BENEFIT_TITLE} \\(Gevinst\\) – avhenger av .*${ENABLER_TITLE}`) })
      .waitFor();
    const added = (await mapOf(token, id)).edges.filter((edge) => edge.fromId === enabler?.id);
    expect(added).toHaveLength(1);

    // The other way round would be a cycle: the API refuses it, and says so next to "Til".
    await choose(/^Fra/, BENEFIT_OPTION);
    await choose(/^Til/, ENABLER_OPTION);
    await page().getByRole('button', { name: 'Legg til avhengigheten' }).click();
    const to = page().getByRole('combobox', { name: /^Til/ });
    expect(
      await eventually(async () => /ville gitt en sirkulær avhengighet/.test(await descriptionOf(to)), true),
    ).toBe(true);
    expect(await descriptionOf(to)).toContain(`«${ENABLER_TITLE}» → «${BENEFIT_TITLE}» → «${ENABLER_TITLE}»`);
    expect((await mapOf(token, id)).edges).toHaveLength(before.edges.length + 1);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'benefits-map-editor-cycle-nb');

    // Remove the dependency again.
    await dependencies
      .getByRole('button', { name: `Fjern avhengigheten «${ENABLER_TITLE}» → «${BENEFIT_TITLE}»` })
      .click();
    await page().getByText(`Avhengigheten «${ENABLER_TITLE}» → «${BENEFIT_TITLE}» er fjernet`).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await eventually(() => arrows.count(), before.edges.length)).toBe(before.edges.length);
    expect((await mapOf(token, id)).edges).toEqual(before.edges);

    // Delete the deliverable, after confirming.
    await enablers.getByRole('button', { name: `Slett «${ENABLER_TITLE}»` }).click();
    const confirm = page().getByRole('dialog');
    await confirm.getByText(`«${ENABLER_TITLE}» fjernes fra gevinstkartet. Dette kan ikke angres.`).waitFor();
    await confirm.getByRole('button', { name: 'Bekreft' }).click();
    await page().getByText(`«${ENABLER_TITLE}» er slettet`).waitFor();
    await enablers.getByRole('row', { name: new RegExp(ENABLER_TITLE) }).waitFor({ state: 'detached' });
    await graph.getByRole('listitem').filter({ hasText: ENABLER_TITLE }).waitFor({ state: 'detached' });
    const after = await mapOf(token, id);
    expect(after.nodes.map((node) => node.id)).toEqual(before.nodes.map((node) => node.id));
    expect(after.edges).toEqual(before.edges);
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows a portfolio reviewer the map and its lists without editing controls', async () => {
    await browser.signIn(PERSONAS.reviewer);
    await openBenefitsTab();
    const enablers = page().getByTestId('enablers');
    await enablers.getByRole('row', { name: /Veiviser for gründere\s+Leveranse/ }).waitFor();
    await page()
      .getByTestId('dependencies')
      .getByRole('row', {
        name: /Veiviser for gründere \(Leveranse\)\s+Mindre tid på registrering for gründere/,
      })
      .waitFor();
    const editor = page().getByTestId('benefits-map-editor');
    expect(await editor.getByRole('button').count()).toBe(0);
    expect(await editor.getByRole('combobox').count()).toBe(0);
    expect(await page().getByRole('button', { name: 'Ny leveranse eller endring' }).count()).toBe(0);
    expect(await seriousViolations(page())).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('corrects a measurement and sees the corrected value, the previous one and the new status', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.owner);
    await browser.signIn(PERSONAS.owner);
    await page().getByRole('menuitem', { name: 'Gevinster' }).click();
    await searchList(page(), 'manuelle registreringer');
    await page().getByRole('cell', { name: BENEFIT_TITLE }).click();
    const panel = page().getByTestId('realisation-panel');
    await panel.locator('[data-rag="AMBER"]').waitFor();
    await page()
      .getByTestId('realisation-latest')
      .filter({ hasText: /^24\s000\stimer \(30\.06\.2026\)/ })
      .waitFor();

    const table = page().getByTestId('measurements');
    await table.getByRole('button', { name: 'Korriger målingen fra 30.06.2026', exact: true }).click();
    const dialog = page().getByRole('dialog', { name: 'Korriger målingen fra 30.06.2026' });
    const value = dialog.getByRole('textbox', { name: /^Riktig verdi \(timer\)/ });
    const reason = dialog.getByRole('textbox', { name: /^Årsak til korrigeringen/ });
    expect((await value.inputValue()).replace(/\s/g, ' ')).toBe('24 000');
    // The reason is required.
    await dialog.getByRole('button', { name: 'Lagre korrigeringen' }).click();
    expect(await eventually(async () => /Må fylles ut/.test(await descriptionOf(reason)), true)).toBe(true);
    // An unchanged value is refused by the API, next to the value.
    await reason.fill('Dobbeltelte timer i uttrekket for første halvår');
    await dialog.getByRole('button', { name: 'Lagre korrigeringen' }).click();
    expect(
      await eventually(
        async () => /er verdien som allerede er registrert/.test(await descriptionOf(value)),
        true,
      ),
    ).toBe(true);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'measurement-correction-dialog-nb');

    await value.fill('20 000');
    await dialog.getByRole('button', { name: 'Lagre korrigeringen' }).click();
    await page().getByText('Målingen fra 30.06.2026 er korrigert').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // The table, the figures and the status follow: 20 000 hours is 28 000 of 30 000 saved, GREEN.
    const row = table.getByRole('row', { name: /^30\.06\.2026\s+20\s000/ });
    await row.waitFor();
    await row.getByText(/^Korrigert fra 24\s000 timer \(versjon 1\)$/).waitFor();
    await row.getByText('Årsak: Dobbeltelte timer i uttrekket for første halvår').waitFor();
    await page()
      .getByTestId('realisation-latest')
      .filter({ hasText: /^20\s000\stimer \(30\.06\.2026\)/ })
      .waitFor();
    await panel.locator('[data-rag="GREEN"]').waitFor();

    const { benefits } = await data<{
      benefits: {
        nodes: {
          title: string;
          realisation: { rag: string; latestValue: string };
          measurements: {
            date: string;
            value: string;
            revision: number;
            isCurrent: boolean;
            correctionReason: string | null;
          }[];
        }[];
      };
    }>(
      browser.app(),
      token,
      `query ($search: String) { benefits(filter: { search: $search }) { nodes { title realisation { rag latestValue }
        measurements(includeSuperseded: true) { date value revision isCurrent correctionReason } } } }`,
      { search: BENEFIT_TITLE },
    );
    const benefit = benefits.nodes.find((node) => node.title === BENEFIT_TITLE);
    expect(benefit?.realisation).toEqual({ rag: 'GREEN', latestValue: '20000' });
    expect(
      benefit?.measurements.filter((m) => m.date === '2026-06-30').sort((a, b) => a.revision - b.revision),
    ).toEqual([
      { date: '2026-06-30', value: '24000', revision: 1, isCurrent: false, correctionReason: null },
      {
        date: '2026-06-30',
        value: '20000',
        revision: 2,
        isCurrent: true,
        correctionReason: 'Dobbeltelte timer i uttrekket for første halvår',
      },
    ]);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'measurement-corrected-nb');
    expect(browser.pageErrors).toEqual([]);
  });
});
