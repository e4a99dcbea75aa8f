import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { anAllocationRun } from './support/allocations.js';
import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, TEST_ADMIN, type TestApp, startTestApp } from './support/test-app.js';

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  text: string;
  json: any;
}

const BOM = '\uFEFF';

/** Code-like tokens (issue 17): UPPER_CASE codes, camelCase names, UUIDs. */
const CODE_LIKE =
  /\b[A-Z]{2,}(?:_[A-Z]+)+\b|\b(?:CENTRAL|LOCAL|REGIONAL)\b|\b[a-z]+[A-Z][A-Za-z]*\b|[0-9a-f]{8}-[0-9a-f]{4}-/;

/** A cell of the nb CSV as Excel shows it: ="0301" is the text 0301. */
function excelText(cell: string): string {
  const formula = /^="(\d+)"$/.exec(cell);
  return formula ? formula[1] : cell;
}

/** Total of NOK decimal strings ("1234.50" or "1234,50") in øre, exactly. */
function ore(amounts: string[]): bigint {
  return amounts.reduce((sum, amount) => {
    const [whole, fraction = ''] = amount.replace(',', '.').split('.');
    return sum + BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  }, 0n);
}

/** A workbook cell as text for assertions; dates (whose clock depends on the time zone) as DATE. */
function cellText(value: unknown): string {
  if (value instanceof Date) return 'DATE';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value ? JSON.stringify(value) : '';
}

/** Total of workbook numbers in øre: each cell holds a value with at most two decimals. */
function oreOfNumbers(values: number[]): bigint {
  return values.reduce((sum, value) => sum + BigInt(Math.round(value * 100)), 0n);
}

describe('allocation exports (CSV and XLSX over HTTP)', () => {
  let t: TestApp;
  const org: Record<string, string> = {};
  let digifin: string;
  let runId: string;
  let adminToken: string;

  const download = async (
    path: string,
    credential: { token?: string; cookie?: string } = { token: adminToken },
  ): Promise<Download> => {
    const headers: Record<string, string> = {};
    if (credential.token) headers.authorization = `Bearer ${credential.token}`;
    if (credential.cookie) headers.cookie = credential.cookie;
    const response = await fetch(`${t.url}${path}`, { headers });
    const body = Buffer.from(await response.arrayBuffer());
    const text = body.toString('utf8');
    const isJson = response.headers.get('content-type')?.startsWith('application/json');
    return {
      status: response.status,
      headers: response.headers,
      body,
      text,
      json: isJson ? JSON.parse(text) : null,
    };
  };

  const graphqlLines = async (client: Gql, filter: Record<string, unknown>) => {
    const res = await client(
      `query($f: AllocationFilter) { allocations(filter: $f, limit: 500) {
        totalCount totalAmount nodes { plannedAmount organisation { orgNumber name } } } }`,
      { f: filter },
    );
    if (res.errors) return { errors: res.errors, totalCount: 0, totalAmount: '0.00', nodes: [] as any[] };
    return res.data.allocations as {
      totalCount: number;
      totalAmount: string;
      nodes: any[];
      errors?: undefined;
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const admin = await t.as(TEST_ADMIN.email, TEST_ADMIN.password);
    adminToken = admin.token;
    Object.assign(
      org,
      await organisationIds(t.gql, {
        ks: '971032146',
        kdd: '972417858',
        oslo: '958935420',
        bergen: '964338531',
        baerum: '935478715',
      }),
    );
    const municipalities = (
      await t.gql(`{ organisations(filter: { kind: [MUNICIPALITY] }, limit: 500) { nodes { id } } }`)
    ).data.organisations.nodes as { id: string }[];
    expect(municipalities).toHaveLength(357);
    digifin = (
      await anInitiative(t.gql, {
        code: 'DIGIFIN-TEST',
        name: 'DigiFin-andel 2024',
        ownerId: org.ks,
        ministryId: org.kdd,
        participants: municipalities.map((m) => ({ organisationId: m.id, role: 'FUNDER' })),
      })
    ).id;
    const key = await aCostSharingKey(t.gql, {
      name: 'DigiFin 20 kr per innbygger',
      ownerOrganisationId: org.ks,
      spec: { method: 'PER_UNIT', driver: 'population', rate: '20.00' },
      populationYear: 2024,
    });
    await aCostItem(t.gql, {
      initiativeId: digifin,
      year: 2024,
      category: 'OPERATION',
      plannedAmount: '111004060.00',
      costSharingKeyId: key.id,
      description: 'DigiFin-andel',
    });
    const run = await anAllocationRun(t.gql, { initiativeId: digifin, year: 2024, supersedes: null });
    expect(run).toMatchObject({ plannedTotal: '111004060.00', lineCount: 357 });
    runId = run.id;
  });
  afterAll(() => t.close());

  it('exports CSV for Norwegian Excel (nb): BOM, semicolons, decimal comma, Norwegian headers, same numbers as the API', async () => {
    const file = await download(`/api/exports/allocations.csv?initiativeId=${digifin}&year=2024`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="fordeling_DIGIFIN-TEST_2024.csv"; filename*=UTF-8''fordeling_DIGIFIN-TEST_2024.csv`,
    );
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      file.text.startsWith(`${BOM}Organisasjonsnummer;Organisasjon;Kommunenummer;Tiltakskode;Tiltak;År;`),
    ).toBe(true);
    const records: Record<string, string>[] = parse(file.text, { bom: true, delimiter: ';', columns: true });
    expect(records).toHaveLength(357); // no totals row
    // Issue 17: the numbers are ="958935420" and ="0301", which Excel evaluates to the text with its
    // leading zeros (a plain 0301 becomes the number 301); `excelText` reads a cell as Excel shows it.
    const oslo = records.find((r) => excelText(r.Organisasjonsnummer) === '958935420')!;
    expect(oslo.Organisasjonsnummer).toBe('="958935420"');
    expect(excelText(oslo.Kommunenummer)).toBe('0301');
    expect(oslo).toMatchObject({
      Organisasjon: 'Oslo',
      Kommunenummer: '="0301"',
      Tiltakskode: 'DIGIFIN-TEST',
      År: '2024',
      Kostnadskategori: 'Drift',
      'Planlagt beløp': '14354200,00',
      'Faktisk beløp': '',
      'Kjøring (id)': runId,
      Status: 'gjeldende',
      Fordelingsnøkkel: 'DigiFin 20 kr per innbygger',
      Nøkkelversjon: '1',
      Befolkningsår: '2024',
    });
    // Andel (%): 14 354 200,00 / 111 004 060,00 = 0.1293109600… → 12,931096 % (exact, at least two decimals)
    expect(oslo['Andel (%)']).toMatch(/^12,931\d*$/);
    expect(records.every((r) => /^\d{1,3},\d{2,8}$/.test(r['Andel (%)']))).toBe(true);
    expect(oslo.Kjørt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(oslo.Forklaring).toMatch(/717[\s\u00a0\u202f]?710/);
    // The Norwegian file explains each line in Norwegian words and number formats, as the run wrote it
    // (issue 17): 717 710 × 20,00 kr = 14 354 200,00 kr.
    expect(oslo.Forklaring).toBe(
      '717\u00a0710 innbyggere × 20,00 kr per innbygger = 14\u00a0354\u00a0200,00 kr.',
    );
    for (const record of records) expect(record.Forklaring).not.toMatch(CODE_LIKE);
    expect(oslo.Forklaring).not.toMatch(/NOK|population/);
    expect(ore(records.map((r) => r['Planlagt beløp']))).toBe(11100406000n);
    // Every line has exactly the amount the GraphQL query gives for that organisation.
    const api = await graphqlLines(t.gql, { initiativeId: digifin, year: 2024 });
    expect(api.totalAmount).toBe('111004060.00');
    expect(
      new Map(records.map((r) => [excelText(r.Organisasjonsnummer), r['Planlagt beløp'].replace(',', '.')])),
    ).toEqual(new Map(api.nodes.map((n) => [n.organisation.orgNumber, n.plannedAmount])));
    // Records end with CRLF and nothing follows the last line.
    expect(file.text.endsWith('\r\n')).toBe(true);
    expect(file.text.split('\r\n').at(-2)).toMatch(/^"=""\d{9}""";/);
  });

  it('exports RFC 4180 CSV for programs: commas, decimal point, CRLF, English headers, no BOM', async () => {
    const file = await download(
      `/api/exports/allocations.csv?dialect=rfc4180&initiativeId=${digifin}&year=2024`,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('filename="allocations_DIGIFIN-TEST_2024.csv"');
    expect(file.text.charCodeAt(0)).not.toBe(0xfeff);
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe(
      'organisation_number,organisation,municipality_number,initiative_code,initiative_name,year,cost_category,' +
        'planned_amount,actual_amount,share,explanation,run_id,run_created_at,run_status,key,key_version,' +
        'population_year,cost_item_id,run_cost_item_amount,run_allocated_total,run_difference,kostra_art,kostra_function',
    );
    expect(lines.at(-1)).toBe('');
    expect(file.text.replace(/\r\n/g, '')).not.toMatch(/\n(?=\d{9},)/); // every record ends with CRLF
    const records: Record<string, string>[] = parse(file.text, { columns: true });
    expect(records).toHaveLength(357);
    const oslo = records.find((r) => r.organisation_number === '958935420')!;
    expect(oslo).toMatchObject({
      planned_amount: '14354200.00',
      cost_category: 'OPERATION',
      run_status: 'CURRENT',
      run_id: runId,
      key_version: '1',
      population_year: '2024',
      municipality_number: '0301',
      // issue 21: the suggested KOSTRA art and function of an operation cost (libs/domain/src/kostra.ts)
      kostra_art: '270',
      kostra_function: '120',
    });
    expect(new Date(oslo.run_created_at).toISOString()).toBe(oslo.run_created_at);
    expect(ore(records.map((r) => r.planned_amount))).toBe(11100406000n);
  });

  it('exports an XLSX workbook with numbers in NOK format, an exact totals row and a sheet that explains it', async () => {
    const file = await download(`/api/exports/allocations.xlsx?initiativeId=${digifin}&year=2024`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(file.headers.get('content-disposition')).toContain('filename="fordeling_DIGIFIN-TEST_2024.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Fordeling', 'Om fordelingen']);

    const sheet = workbook.getWorksheet('Fordeling')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Organisasjonsnummer', 'Organisasjon', 'Kommunenummer']);
    const planned = header.indexOf('Planlagt beløp') + 1;
    const organisation = header.indexOf('Organisasjon') + 1;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(organisation).width).toBeGreaterThan(20);
    const rows: ExcelJS.Row[] = [];
    for (let n = 2; n <= 358; n++) rows.push(sheet.getRow(n));
    const oslo = rows.find((row) => row.getCell(organisation).value === 'Oslo')!;
    expect(oslo.getCell(planned).value).toBe(14354200);
    expect(oslo.getCell(planned).numFmt).toBe('#,##0.00 "kr"');
    expect(oslo.getCell(header.indexOf('Kommunenummer') + 1).value).toBe('0301');
    expect(oslo.getCell(header.indexOf('Kjørt') + 1).value).toBeInstanceOf(Date);
    const values = rows.map((row) => row.getCell(planned).value as number);
    expect(values.every((value) => typeof value === 'number')).toBe(true);
    expect(oreOfNumbers(values)).toBe(11100406000n);
    // A blank row, then the totals: a SUM formula whose cached result is the SQL total to the øre.
    expect(sheet.getRow(359).getCell(1).value).toBeNull();
    const totals = sheet.getRow(360);
    expect(totals.getCell(1).value).toBe('Sum');
    const letter = sheet.getColumn(planned).letter;
    expect(totals.getCell(planned).value).toEqual({
      formula: `SUM(${letter}2:${letter}358)`,
      result: 111004060,
    });

    const about = workbook.getWorksheet('Om fordelingen')!;
    const text: string[] = [];
    about.eachRow((row) => text.push((row.values as unknown[]).slice(1).map(cellText).join(' | ')));
    const all = text.join('\n');
    expect(all).toContain('Tiltak | DIGIFIN-TEST – DigiFin-andel 2024');
    expect(all).toContain('År | 2024');
    expect(all).toContain('Eksportert av | ');
    expect(all).toContain('admin@test.gevinst.no');
    expect(all).toContain('Antall linjer | 357');
    expect(all).toContain('Sum planlagt beløp | 111004060');
    const runRow = text.find((line) => line.includes(runId))!;
    expect(runRow).toBeDefined();
    // initiative, year, run, time, who ran it, status, key, version, method, population year
    expect(runRow).toContain(
      'DIGIFIN-TEST | DigiFin-andel 2024 | 2024 | ' + runId + ' | DATE | admin@test.gevinst.no | gjeldende',
    );
    expect(runRow).toContain('DigiFin 20 kr per innbygger | 1 | Sats per enhet | 2024 | 357 | 111004060');
    // Issue 17: the method in words and the rules as a sentence, no code and no JSON
    expect(runRow).toContain(
      'krever eksakt samsvar | Sats per enhet: 20,00 kr per innbygger (innbyggertall).',
    );
    expect(runRow).not.toMatch(/PER_UNIT|REQUIRE_EXACT|[{}]/);
  });

  it('writes the same Norwegian explanation as the UI query, free of codes, in the CSV and the workbook (issue 17)', async () => {
    const res = await t.gql(
      `query($f: AllocationFilter) { allocations(limit: 500, filter: $f) {
         nodes { nb: explanation(language: NB) organisation { orgNumber } } } }`,
      { f: { initiativeId: digifin, year: 2024 } },
    );
    expect(res.errors).toBeUndefined();
    const ui = new Map<string, string>(
      res.data.allocations.nodes.map((n: { nb: string; organisation: { orgNumber: string } }) => [
        n.organisation.orgNumber,
        n.nb,
      ]),
    );
    expect(ui.size).toBe(357);
    // Bergen: 291 940 inhabitants × 20,00 kr = 5 838 800,00 kr
    expect(ui.get('964338531')).toBe(
      '291\u00a0940 innbyggere × 20,00 kr per innbygger = 5\u00a0838\u00a0800,00 kr.',
    );
    const csv = await download(`/api/exports/allocations.csv?initiativeId=${digifin}&year=2024`);
    const records: Record<string, string>[] = parse(csv.text, { bom: true, delimiter: ';', columns: true });
    for (const record of records)
      expect(record.Forklaring).toBe(ui.get(excelText(record.Organisasjonsnummer)));

    const file = await download(`/api/exports/allocations.xlsx?initiativeId=${digifin}&year=2024`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Fordeling')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    for (let n = 2; n <= 358; n++) {
      const row = sheet.getRow(n);
      const orgNumber = row.getCell(column('Organisasjonsnummer')).value as string;
      // the numbers are text cells: Oslo's 0301 keeps its zero
      expect(typeof orgNumber).toBe('string');
      expect(row.getCell(column('Forklaring')).value).toBe(ui.get(orgNumber));
      expect(row.getCell(column('Andel')).numFmt).toBe('0.00 %');
      expect(row.getCell(column('Forklaring')).value as string).not.toMatch(CODE_LIKE);
    }
    // Blank = not recorded: no line has an actual amount, so «Faktisk beløp» is blank on every line and in
    // the sum row (not 0,00 kr); the planned sum's cached value is the sum of the lines to the øre.
    const totals = sheet.getRow(360);
    expect(totals.getCell(column('Faktisk beløp')).value).toBeNull();
    expect((totals.getCell(column('Planlagt beløp')).value as { result: number }).result).toBe(111004060);
  });

  it('shows a finance officer in Bergen Bergen’s lines and never Oslo’s, by the same rules as the API', async () => {
    const bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    const own = await download(`/api/exports/allocations.csv?organisationId=${org.bergen}&year=2024`, {
      token: bergen.token,
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toContain(
      'filename="fordeling_Bergen-964338531_2024.csv"',
    );
    const records: Record<string, string>[] = parse(own.text, { bom: true, delimiter: ';', columns: true });
    const api = await graphqlLines(bergen, { organisationId: org.bergen, year: 2024 });
    expect(records).toHaveLength(api.totalCount);
    expect(
      records.some((r) => r.Tiltakskode === 'DIGIFIN-TEST' && r['Planlagt beløp'] === '5838800,00'),
    ).toBe(true);
    expect(new Set(records.map((r) => r.Organisasjon))).toEqual(new Set(['Bergen']));
    expect(ore(records.map((r) => r['Planlagt beløp']))).toBe(ore([api.totalAmount]));

    // No filter at all: still only what Bergen may see, never Oslo.
    const everything = await download(`/api/exports/allocations.csv?dialect=rfc4180&includeSuperseded=true`, {
      token: bergen.token,
    });
    const all: Record<string, string>[] = parse(everything.text, { columns: true });
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((r) => r.organisation_number)).not.toContain('958935420');
    const apiAll = await graphqlLines(bergen, { includeSuperseded: true });
    expect(all).toHaveLength(apiAll.totalCount);

    // Asking for Oslo: the API allows it (Bergen owns an initiative) and shows no line; so does the export.
    const osloFromBergen = await graphqlLines(bergen, { organisationId: org.oslo });
    const osloFile = await download(`/api/exports/allocations.csv?organisationId=${org.oslo}`, {
      token: bergen.token,
    });
    expect(osloFromBergen.errors).toBeUndefined();
    expect(osloFile.status).toBe(200);
    expect(parse(osloFile.text, { bom: true, delimiter: ';', columns: true })).toHaveLength(
      osloFromBergen.totalCount,
    );
    expect(osloFile.text).not.toContain('958935420');
    const workbook = await download(`/api/exports/allocations.xlsx?organisationId=${org.oslo}`, {
      token: bergen.token,
    });
    expect(workbook.status).toBe(200);

    // Oslo's finance officer owns nothing: asking for Bergen is FORBIDDEN in both.
    const osloUser = await t.as('okonomi.oslo@demo.gevinst.no');
    const denied = await graphqlLines(osloUser, { organisationId: org.bergen });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const format of ['csv', 'xlsx']) {
      const refused = await download(`/api/exports/allocations.${format}?organisationId=${org.bergen}`, {
        token: osloUser.token,
      });
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ code: 'FORBIDDEN' });
      expect(refused.json.message).toMatch(/organisation/);
    }
    // The admin UI's session cookie works as well as a bearer token.
    const byCookie = await download(`/api/exports/allocations.csv?organisationId=${org.oslo}&year=2024`, {
      cookie: `gevinst_session=${osloUser.token}`,
    });
    expect(byCookie.status).toBe(200);
    const osloRecords: Record<string, string>[] = parse(byCookie.text, {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(osloRecords.find((r) => r.Tiltakskode === 'DIGIFIN-TEST')?.['Planlagt beløp']).toBe('14354200,00');
  });

  it('refuses callers without a credential with 401', async () => {
    for (const format of ['csv', 'xlsx']) {
      const file = await download(`/api/exports/allocations.${format}?year=2024`, {});
      expect(file.status).toBe(401);
      expect(file.json).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const bad = await download(`/api/exports/allocations.csv`, { token: 'gvt_not-a-real-token' });
    expect(bad.status).toBe(401);
    expect(bad.json.message).toMatch(/invalid, expired or revoked/);
  });

  it('answers a bad filter with 400 and a message naming the parameter, never with a file', async () => {
    const cases: [string, string, RegExp][] = [
      ['allocations.csv?organisationId=abc', 'organisationId', /must be an id \(a UUID\)/],
      ['allocations.csv?year=1800', 'year', /between 1990 and 2200 \(got 1800\)/],
      ['allocations.xlsx?year=20x4', 'year', /between 1990 and 2200 \(got "20x4"\)/],
      ['allocations.csv?dialect=excel', 'dialect', /must be "nb" or "rfc4180" \(got "excel"\)/],
      ['allocations.csv?organisation=x', 'organisation', /is not a parameter of allocations.csv/],
      ['allocations.xlsx?dialect=nb', 'dialect', /is not a parameter of allocations.xlsx/],
      ['allocations.csv?year=2024&year=2025', 'year', /more than once/],
      ['allocations.csv?includeSuperseded=maybe', 'includeSuperseded', /true or false/],
      [`allocations.csv?runId=${digifin.slice(0, 8)}`, 'runId', /must be an id/],
    ];
    for (const [path, field, message] of cases) {
      const file = await download(`/api/exports/${path}`);
      expect([path, file.status]).toEqual([path, 400]);
      expect(file.headers.get('content-type')).toMatch(/^application\/json/);
      expect(file.headers.get('content-disposition')).toBeNull();
      expect(file.json).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(file.json.message).toMatch(message);
      expect(file.json.message.startsWith(`${field}: `)).toBe(true);
    }
    const unknown = await download(
      `/api/exports/allocations.csv?organisationId=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
  });

  it('names files by what they hold, ASCII-safe with the UTF-8 name beside it', async () => {
    const file = await download(`/api/exports/allocations.xlsx?organisationId=${org.baerum}&year=2024`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="fordeling_Baerum-935478715_2024.xlsx"; filename*=UTF-8''fordeling_B%C3%A6rum-935478715_2024.xlsx`,
    );
    const byRun = await download(`/api/exports/allocations.csv?dialect=rfc4180&runId=${runId}`);
    expect(byRun.headers.get('content-disposition')).toContain(
      `filename="allocations_DIGIFIN-TEST_run-${runId.slice(0, 8)}_2024.csv"`,
    );
    expect(parse(byRun.text, { columns: true })).toHaveLength(357);
  });
});
