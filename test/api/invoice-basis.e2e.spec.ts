/**
 * Issue 21: the owner's invoice basis (fakturagrunnlag) of an allocation run, and the credit-and-reissue
 * basis of a superseding run. The demo's DEMO-DIGIFIN-FIKS 2024 run: KS's DigiFin share, 20 kr per
 * inhabitant (1 January 2024) for each of the 357 municipalities, 111,004,060.00 in all.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';
import { aSignedInUser } from './support/users.js';

/** NOK decimal strings ("1234.50" or "1234,50") summed in øre, exactly. */
function ore(amounts: readonly string[]): bigint {
  return amounts.reduce((sum, amount) => {
    const negative = amount.startsWith('-');
    const [whole, fraction = ''] = amount.replace('-', '').replace(',', '.').split('.');
    const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
    return sum + (negative ? -value : value);
  }, 0n);
}

const BASIS = `query($r: ID!) { invoiceBasis(runId: $r) {
  runId year total supersededRunId
  rows { organisationId orgNumber name invoiceAddress amount periodFrom periodTo initiativeCode key explanation reference }
  difference { total previousTotal rows { orgNumber previous current difference } } } }`;

describe('invoice basis (issue 21)', () => {
  let t: TestApp;
  let owner: Gql & { token: string };
  let bergenOfficer: Gql & { token: string };
  let initiativeId: string;
  let runId: string;
  let org: Record<'ks' | 'bergen', string>;

  const download = async (path: string, token: string) => {
    const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await response.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    org = await organisationIds(t.gql, { ks: '971032146', bergen: '964338531' });
    owner = await aSignedInUser(t, { organisationId: org.ks, roles: ['INITIATIVE_OWNER'] });
    bergenOfficer = await t.as('okonomi.bergen@demo.gevinst.no');
    [{ id: initiativeId }] = await t.db.query(`SELECT id FROM initiatives WHERE code = 'DEMO-DIGIFIN-FIKS'`);
    const runs = await owner(
      `query($i: ID!) { allocationRuns(initiativeId: $i, year: 2024) { id status plannedTotal } }`,
      {
        i: initiativeId,
      },
    );
    expect(runs.errors).toBeUndefined();
    const current = runs.data.allocationRuns.filter((r: { status: string }) => r.status === 'CURRENT');
    expect(current).toHaveLength(1);
    expect(current[0].plannedTotal).toBe('111004060.00');
    runId = current[0].id;
  });
  afterAll(async () => t?.close());

  it('gives the owner one line per paying municipality, 357 lines summing to the run’s total', async () => {
    // Bergen's finance officer keeps its invoice address; the owner's basis carries it.
    const set = await bergenOfficer(
      `mutation($o: ID!, $a: String) { setInvoiceAddress(organisationId: $o, address: $a) {
         organisationId invoiceAddress userErrors { code reason field message } } }`,
      { o: org.bergen, a: ' Bergen kommune, Fakturamottak, Postboks 7700, 5020 Bergen ' },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setInvoiceAddress).toEqual({
      organisationId: org.bergen,
      invoiceAddress: 'Bergen kommune, Fakturamottak, Postboks 7700, 5020 Bergen',
      userErrors: [],
    });
    // Too long: a userError (English here), and the address stays as it was.
    const tooLong = await bergenOfficer(
      `mutation($o: ID!, $a: String) { setInvoiceAddress(organisationId: $o, address: $a) {
         invoiceAddress userErrors { code reason field message } } }`,
      { o: org.bergen, a: 'x'.repeat(5000) },
      { 'accept-language': 'en' },
    );
    expect(tooLong.data.setInvoiceAddress).toEqual({
      invoiceAddress: null,
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          reason: 'TOO_LONG',
          field: ['address'],
          message: expect.stringMatching(/at most/),
        },
      ],
    });
    const [stored] = await t.db.query(`SELECT invoice_address FROM organisations WHERE id = $1`, [
      org.bergen,
    ]);
    expect(stored.invoice_address).toBe('Bergen kommune, Fakturamottak, Postboks 7700, 5020 Bergen');

    const res = await owner(BASIS, { r: runId });
    expect(res.errors).toBeUndefined();
    const basis = res.data.invoiceBasis;
    expect(basis.rows).toHaveLength(357);
    expect(basis.total).toBe('111004060.00');
    expect(ore(basis.rows.map((r: { amount: string }) => r.amount))).toBe(11100406000n);
    expect(new Set(basis.rows.map((r: { orgNumber: string }) => r.orgNumber)).size).toBe(357);
    expect(basis.supersededRunId).toBeNull();
    expect(basis.difference).toBeNull();
    const bergen = basis.rows.find((r: { orgNumber: string }) => r.orgNumber === '964338531');
    expect(bergen).toMatchObject({
      name: expect.stringContaining('Bergen'),
      invoiceAddress: 'Bergen kommune, Fakturamottak, Postboks 7700, 5020 Bergen',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      initiativeCode: 'DEMO-DIGIFIN-FIKS',
      key: '[Demo] DigiFin – 20 kr per innbygger v1',
    });
    expect(bergen.reference).toMatch(new RegExp(`^${runId}/\\d+$`));
    expect(bergen.explanation).toMatch(/innbygger/);
  });

  it('downloads the basis as CSV and XLSX with the documented columns', async () => {
    const csv = await download(`/api/exports/invoice-basis.csv?runId=${runId}&dialect=rfc4180`, owner.token);
    expect(csv.status).toBe(200);
    const records: Record<string, string>[] = parse(csv.body.toString('utf8'), { columns: true });
    expect(Object.keys(records[0])).toEqual([
      'organisation_number',
      'organisation',
      'invoice_address',
      'amount',
      'period_from',
      'period_to',
      'initiative_code',
      'initiative',
      'key',
      'explanation_nb',
      'reference',
    ]);
    expect(records).toHaveLength(357);
    expect(ore(records.map((r) => r.amount))).toBe(11100406000n);

    const nb = await download(`/api/exports/invoice-basis.csv?runId=${runId}`, owner.token);
    const nbText = nb.body.toString('utf8');
    expect(nbText.startsWith('\uFEFFOrganisasjonsnummer;Organisasjon;Fakturaadresse;Beløp;')).toBe(true);

    const xlsx = await download(`/api/exports/invoice-basis.xlsx?runId=${runId}`, owner.token);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Fakturagrunnlag')!;
    expect(sheet.rowCount).toBe(358);
    expect(sheet.getRow(1).getCell(4).value).toBe('Beløp');
    let sum = 0n;
    for (let row = 2; row <= sheet.rowCount; row++)
      sum += BigInt(Math.round(Number(sheet.getRow(row).getCell(4).value) * 100));
    expect(sum).toBe(11100406000n);
  });

  it('is not for a participant: Bergen’s finance officer is refused', async () => {
    expect(errorCode(await bergenOfficer(BASIS, { r: runId }))).toBe('FORBIDDEN');
    const file = await download(`/api/exports/invoice-basis.csv?runId=${runId}`, bergenOfficer.token);
    expect(file.status).toBe(403);
  });

  it('gives a superseding run a credit-and-reissue basis summing to the difference of the totals', async () => {
    // The key goes from 20 to 21 kr per inhabitant: 5,550,203 inhabitants × 21.00 = 116,554,263.00,
    // 5,550,203.00 more than the first run.
    const key = await owner(`query($i: ID!) { initiative(id: $i) { costSharingKey { id version } } }`, {
      i: initiativeId,
    });
    expect(key.errors).toBeUndefined();
    const { id, version } = key.data.initiative.costSharingKey;
    const updated = await owner(
      `mutation($i: UpdateCostSharingKeyInput!) { updateCostSharingKey(input: $i) { id } }`,
      { i: { id, version, spec: { method: 'PER_UNIT', driver: 'population', rate: '21.00' } } },
    );
    expect(updated.errors).toBeUndefined();
    const rerun = await owner(
      `mutation($i: ID!, $s: ID) { runAllocation(initiativeId: $i, year: 2024, supersedes: $s,
         reconciliation: SET_COST_ITEM_FROM_KEY) { id plannedTotal } }`,
      { i: initiativeId, s: runId },
    );
    expect(rerun.errors).toBeUndefined();
    expect(rerun.data.runAllocation.plannedTotal).toBe('116554263.00');
    const newRunId = rerun.data.runAllocation.id;

    const res = await owner(BASIS, { r: newRunId });
    expect(res.errors).toBeUndefined();
    const basis = res.data.invoiceBasis;
    expect(basis.supersededRunId).toBe(runId);
    expect(basis.total).toBe('116554263.00');
    expect(basis.difference.previousTotal).toBe('111004060.00');
    expect(basis.difference.total).toBe('5550203.00');
    const rows = basis.difference.rows as { difference: string }[];
    expect(ore(rows.map((r) => r.difference))).toBe(ore(['116554263.00']) - ore(['111004060.00']));

    const csv = await download(
      `/api/exports/invoice-basis.csv?runId=${newRunId}&difference=true&dialect=rfc4180`,
      owner.token,
    );
    expect(csv.status).toBe(200);
    const records: Record<string, string>[] = parse(csv.body.toString('utf8'), { columns: true });
    expect(ore(records.map((r) => r.difference))).toBe(555020300n);

    // The first run's basis stays what it was: immutable like the run.
    const old = await owner(BASIS, { r: runId });
    expect(old.data.invoiceBasis.total).toBe('111004060.00');
  });
});
