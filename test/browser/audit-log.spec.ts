/**
 * The audit log reads as words (issue 17): the administrator opens «Endringslogg» after the project owner
 * has recorded and corrected a measurement, and sees who (by name), what (as a sentence naming the
 * measurement and its benefit) and the changed fields in words, in Norwegian and in English — no UUID, no
 * e-mail address as the name, no camelCase field name, no ENUM_CODE anywhere in the table.
 */
import type { Page } from 'playwright-core';
import { PERSONAS, data, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const ENUM_CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;

/** The visible text of the audit table, without the e-mail tooltips (they show only on hover). */
const tableText = (page: Page) => page.locator('table').first().innerText();

function expectNoCodes(text: string): void {
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(EMAIL);
  expect(text.match(CAMEL)).toBeNull();
  expect(text.match(ENUM_CODE)).toBeNull();
}

describe('the audit log in words', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('names the measurement, the person and the fields, in Norwegian and English, with no codes', async () => {
    const owner = await tokenFor(browser.app(), PERSONAS.owner);
    const { initiatives } = await data<{ initiatives: { nodes: { id: string; code: string }[] } }>(
      browser.app(),
      owner,
      '{ initiatives(limit: 200) { nodes { id code } } }',
    );
    const initiativeId = initiatives.nodes.find((node) => node.code === 'DEMO-LIV-BEDRIFT')!.id;
    const { initiative } = await data<{ initiative: { benefits: { id: string; title: string }[] } }>(
      browser.app(),
      owner,
      'query($id: ID!) { initiative(id: $id) { benefits { id title } } }',
      { id: initiativeId },
    );
    const benefitId = initiative.benefits.find(
      (b) => b.title === 'Mindre tid på registrering for gründere',
    )!.id;
    const { recordMeasurement } = await data<{ recordMeasurement: { id: string } }>(
      browser.app(),
      owner,
      'mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }',
      { input: { benefitId, date: '2026-06-30', value: '41.5' } },
    );
    await data(
      browser.app(),
      owner,
      'mutation($input: CorrectMeasurementInput!) { correctMeasurement(input: $input) { id } }',
      {
        input: {
          measurementId: recordMeasurement.id,
          value: '40.25',
          reason: 'Uttrekket manglet to avdelinger',
        },
      },
    );

    await browser.signIn(PERSONAS.admin);
    await page().getByRole('menuitem', { name: 'Endringslogg' }).click();
    // The correction's row (the administrator's own sign-in is newer): the sentence, the person's organisation.
    const correction = page()
      .getByRole('row')
      .filter({
        hasText:
          'Ola Prosjekteier korrigerte en måling: Måling 30.06.2026 for Mindre tid på registrering for gründere',
      })
      .first();
    await correction.waitFor();
    await correction.getByText('Brønnøysundregistrene').waitFor();
    await correction.click();
    await page().getByRole('cell', { name: 'Begrunnelse for korrigeringen' }).waitFor();
    await page().getByRole('cell', { name: 'Uttrekket manglet to avdelinger' }).waitFor();
    await page().getByRole('cell', { name: '40,25', exact: true }).waitFor();
    expectNoCodes(await tableText(page()));
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'audit-log-words-nb');

    // Filters by words: the operation by its label, the person by name (the API takes their id).
    await page().getByRole('button', { name: 'Legg til filter' }).click();
    await page().getByRole('menuitemcheckbox', { name: 'Handling' }).click();
    await page().getByRole('combobox', { name: 'Handling' }).click();
    await page().getByRole('option', { name: 'Korrigerte en måling' }).click();
    await page().getByRole('button', { name: 'Legg til filter' }).click();
    await page().getByRole('menuitemcheckbox', { name: 'Person' }).click();
    await page().getByRole('combobox', { name: 'Person' }).fill('Ola');
    await page().getByRole('option', { name: 'Ola Prosjekteier' }).click();
    await page().getByText('1–1 av 1').waitFor();
    expect(await page().locator('table tbody tr').first().innerText()).toContain(
      'Ola Prosjekteier korrigerte en måling',
    );
    expectNoCodes(await tableText(page()));

    await page().getByRole('button', { name: 'Språk: Norsk bokmål' }).click();
    await page().getByRole('menuitem', { name: 'English' }).click();
    await page()
      .getByText(
        'Ola Prosjekteier corrected a measurement: Measurement 30.06.2026 for Mindre tid på registrering for gründere',
      )
      .first()
      .waitFor();
    await page().getByRole('cell', { name: 'Reason for the correction' }).waitFor();
    expectNoCodes(await tableText(page()));
    await screenshot(page(), 'audit-log-words-en');
    expect(browser.pageErrors).toEqual([]);
  });
});
