/**
 * Co-financing calls and applications (issue 15): the demo call, a new call with three applications ranked
 * by NPV per budget krone (the figures equal to each initiative's `economics`), the XLSX for the board,
 * eligibility findings with a stated exception, approval writing the funding plan, bad input and access.
 * Rules: libs/domain/src/co-financing.ts (docs/funding-schemes.md).
 */
import ExcelJS from 'exceljs';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';
import { organisationIds } from './support/organisations.js';
import { anInitiative } from './support/initiatives.js';

let t: TestApp;
let scheme: Gql & { token: string };
let owner: Gql & { token: string };
let nav: Record<string, string>;
const ids: Record<string, string> = {};

const APPLICATION = `id version status category totalCost requestedGrant requestedByYear { year amount }
  ksConsulted ksConsultedOn decisionNote decidedByName decidedAt
  exceptions { code reason recordedByName }
  applicant { name kind } partners { name kind }
  eligibility { eligible errorCount exceptedCount maxGrant npv findings { code severity params message exceptionReason } }
  economics { npv npvPerBudgetKrone presentValueNetPublicSpending fromYear toYear priceBaseYear sensitivity { npv } }
  initiative { code }`;

const find = async (code: string) =>
  (
    await t.gql(`{ initiatives(filter: { search: "${code}" }) { nodes { id code } } }`)
  ).data.initiatives.nodes.find((node: { code: string }) => node.code === code).id as string;

const economicsOf = async (id: string) =>
  (
    await t.gql(
      `query($id: ID!) { initiative(id: $id) { economics { npv npvPerBudgetKrone presentValueNetPublicSpending fromYear toYear priceBaseYear } } }`,
      { id },
    )
  ).data.initiative.economics;

const fundingOf = async (id: string) =>
  (
    await t.gql(
      `query($id: ID!) { initiative(id: $id) { fundingSources { year scheme plannedAmount receivedAmount } } }`,
      {
        id,
      },
    )
  ).data.initiative.fundingSources as {
    year: number;
    scheme: string;
    plannedAmount: string;
    receivedAmount: string | null;
  }[];

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
  scheme = await t.as('sekretariat@demo.gevinst.no');
  owner = await t.as('eier@demo.gevinst.no');
  nav = await organisationIds(t.gql, {
    oslo: '958935420',
    kdd: '972417858',
    aid: '983887457',
    brreg: '974760673',
  });
  for (const code of [
    'DEMO-MEDFIN-TOLK',
    'DEMO-LIV-JOBB',
    'DEMO-FELLES-POSTKASSE',
    'DEMO-LIV-BEDRIFT',
    'DEMO-LIV-DODSFALL',
  ])
    ids[code] = await find(code);
});
afterAll(async () => t?.close());

describe('the demo call «Medfinansieringsordningen 2024»', () => {
  it('has three applications, DEMO-MEDFIN-TOLK approved with its grant in the funding plan', async () => {
    const res = await scheme(
      `{ coFinancingCalls { id year title status ruleSet { id categories { category maxGrantPercent maxGrant } }
         applications { status initiative { code } requestedGrant decidedAt } } }`,
    );
    expect(res.errors).toBeUndefined();
    const call = res.data.coFinancingCalls.find((c: { year: number }) => c.year === 2024);
    expect(call).toMatchObject({
      title: 'Medfinansieringsordningen 2024',
      status: 'CLOSED',
      ruleSet: { id: 'MEDFIN-2023' },
    });
    ids.demoCall = call.id;
    expect(
      call.applications.map((a: { initiative: { code: string }; status: string; requestedGrant: string }) => [
        a.initiative.code,
        a.status,
        a.requestedGrant,
      ]),
    ).toEqual([
      // 7 + 7 = 14 MNOK; 7.5 + 7.5 = 15 MNOK; 10 + 8 = 18 MNOK.
      ['DEMO-MEDFIN-TOLK', 'APPROVED', '14000000.00'],
      ['DEMO-LIV-JOBB', 'SUBMITTED', '15000000.00'],
      ['DEMO-FELLES-POSTKASSE', 'SUBMITTED', '18000000.00'],
    ]);
    // The plan's CO_FINANCING sources are the grant by year, received as before (demo-portfolio.ts).
    expect((await fundingOf(ids['DEMO-MEDFIN-TOLK'])).filter((s) => s.scheme === 'CO_FINANCING')).toEqual([
      { year: 2024, scheme: 'CO_FINANCING', plannedAmount: '7000000.00', receivedAmount: '7000000.00' },
      { year: 2025, scheme: 'CO_FINANCING', plannedAmount: '7000000.00', receivedAmount: '7000000.00' },
    ]);
  });

  it('ranks the three by NPV per budget krone with the figures of each initiative’s economics', async () => {
    const res = await scheme(
      `query($c: ID!) { coFinancingRanking(callId: $c) { rank initiativeCode applicantName npv budgetKroner npvPerBudgetKrone fromYear toYear priceBaseYear eligible } }`,
      { c: ids.demoCall },
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data.coFinancingRanking;
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const economics = await economicsOf(ids[row.initiativeCode]);
      expect([
        row.initiativeCode,
        row.npv,
        row.budgetKroner,
        row.npvPerBudgetKrone,
        row.fromYear,
        row.toYear,
        row.priceBaseYear,
      ]).toEqual([
        row.initiativeCode,
        economics.npv,
        economics.presentValueNetPublicSpending,
        economics.npvPerBudgetKrone,
        economics.fromYear,
        economics.toYear,
        economics.priceBaseYear,
      ]);
    }
    const ratios = rows.map((row: { npvPerBudgetKrone: string | null }) => row.npvPerBudgetKrone);
    const sorted = [...ratios].sort((a, b) => (a === null ? 1 : b === null ? -1 : Number(b) - Number(a)));
    expect(ratios).toEqual(sorted);
    expect(rows.map((row: { rank: number }) => row.rank)).toEqual([1, 2, 3]);
  });
});

describe('a new call with three applications', () => {
  const grantYears = (amounts: Record<number, string>) =>
    Object.entries(amounts).map(([year, amount]) => ({ year: Number(year), amount }));
  const create = (gql: Gql, initiativeId: string, fields: Record<string, unknown>) =>
    gql(
      `mutation($i: CreateCoFinancingApplicationInput!) { createCoFinancingApplication(input: $i) { ${APPLICATION} } }`,
      { i: { callId: ids.call, initiativeId, ksConsulted: false, ...fields } },
    );

  it('opens a call with the rule set in force for its year, and refuses a year without rules or a second call', async () => {
    const res = await scheme(
      `mutation { createCoFinancingCall(input: { year: 2021, title: "Medfinansieringsordningen 2021", deadline: "2021-03-01" }) {
        id version status ruleSet { id fromYear toYear categories { category minTotalCost maxTotalCost maxGrantPercent maxGrant } } } }`,
    );
    expect(res.errors).toBeUndefined();
    ids.call = res.data.createCoFinancingCall.id;
    expect(res.data.createCoFinancingCall).toMatchObject({
      status: 'OPEN',
      ruleSet: {
        id: 'MEDFIN-2020',
        fromYear: 2020,
        toYear: 2022,
        categories: [
          {
            category: 'CATEGORY_1',
            minTotalCost: '5000000.00',
            maxTotalCost: '50000000.00',
            maxGrantPercent: 50,
            maxGrant: '15000000.00',
          },
          {
            category: 'CATEGORY_2',
            minTotalCost: null,
            maxTotalCost: '100000000.00',
            maxGrantPercent: 85,
            maxGrant: null,
          },
        ],
      },
    });
    const twice = await scheme(
      `mutation { createCoFinancingCall(input: { year: 2021, title: "Igjen", deadline: "2021-03-01" }) { id } }`,
    );
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].extensions).toMatchObject({
      problems: [{ field: 'year', reason: 'MEDFIN_CALL_YEAR_TAKEN' }],
    });
    const early = await scheme(
      `mutation { createCoFinancingCall(input: { year: 2019, title: "", deadline: "2019-03-01" }) { id } }`,
    );
    expect(
      early.errors![0].extensions!.problems.map((p: { field: string; reason: string }) => [
        p.field,
        p.reason,
      ]),
    ).toEqual([
      ['title', 'REQUIRED'],
      ['year', 'MEDFIN_NO_RULE_SET'],
    ]);
    expect(
      errorCode(
        await owner(
          `mutation { createCoFinancingCall(input: { year: 2030, title: "x", deadline: "2030-01-01" }) { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('drafts applications for the owner, refusing bad input clearly and losing nothing', async () => {
    // The owner persona (Brønnøysundregistrene) owns DEMO-LIV-BEDRIFT.
    const bad = await create(owner, ids['DEMO-LIV-BEDRIFT'], {
      category: 'CATEGORY_1',
      totalCost: '0',
      requestedGrant: '0.00',
      requestedByYear: grantYears({ 2021: '1.00', 2022: '1.00' }),
      ksConsulted: true,
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(
      bad.errors![0].extensions!.problems.map((p: { field: string; reason: string }) => [p.field, p.reason]),
    ).toEqual([
      ['totalCost', 'POSITIVE_AMOUNT'],
      ['requestedGrant', 'POSITIVE_AMOUNT'],
      // 1.00 + 1.00 = 2.00 ≠ 0.00.
      ['requestedByYear', 'MEDFIN_BY_YEAR_SUM'],
      ['ksConsultedOn', 'REQUIRED'],
    ]);
    const sum = await create(owner, ids['DEMO-LIV-BEDRIFT'], {
      category: 'CATEGORY_1',
      totalCost: '39000000.00',
      requestedGrant: '15000000.00',
      requestedByYear: grantYears({ 2021: '8000000.00', 2022: '6999999.99' }),
    });
    expect(sum.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({
        field: 'requestedByYear',
        reason: 'MEDFIN_BY_YEAR_SUM',
        params: { sum: '14999999.99', requested: '15000000.00' },
      }),
    ]);
    expect(
      Number(
        (await t.db.query(`SELECT count(*) FROM co_financing_applications WHERE call_id = $1`, [ids.call]))[0]
          .count,
      ),
    ).toBe(0);
    // Someone else's initiative: FORBIDDEN.
    const foreign = await create(owner, ids['DEMO-LIV-JOBB'], {
      category: 'CATEGORY_1',
      totalCost: '42000000.00',
      requestedGrant: '1.00',
      requestedByYear: grantYears({ 2021: '1.00' }),
    });
    expect(errorCode(foreign)).toBe('FORBIDDEN');

    // The form's preview: the findings without saving anything.
    const preview = await owner(
      `query($i: CreateCoFinancingApplicationInput!) { coFinancingEligibilityPreview(input: $i) { eligible maxGrant findings { code severity params } } }`,
      {
        i: {
          callId: ids.call,
          initiativeId: ids['DEMO-LIV-BEDRIFT'],
          category: 'CATEGORY_1',
          totalCost: '4999999.99',
          requestedGrant: '2000000.00',
          requestedByYear: grantYears({ 2021: '2000000.00' }),
          ksConsulted: false,
        },
      },
    );
    expect(preview.errors).toBeUndefined();
    // 4 999 999.99 < 5 000 000.00; 50 % of it rounded down to øre is 2 499 999.99.
    expect(preview.data.coFinancingEligibilityPreview).toMatchObject({
      eligible: false,
      maxGrant: '2499999.99',
    });
    expect(preview.data.coFinancingEligibilityPreview.findings).toContainEqual({
      code: 'MEDFIN_COST_BELOW_MIN',
      severity: 'ERROR',
      params: { category: 'CATEGORY_1', min: '5000000.00', got: '4999999.99' },
    });
    expect(
      Number(
        (await t.db.query(`SELECT count(*) FROM co_financing_applications WHERE call_id = $1`, [ids.call]))[0]
          .count,
      ),
    ).toBe(0);

    // DEMO-LIV-BEDRIFT: 15 000 000.01 > the 15 MNOK cap (50 % of 39 MNOK would be 19.5 MNOK).
    const bedrift = await create(owner, ids['DEMO-LIV-BEDRIFT'], {
      category: 'CATEGORY_1',
      totalCost: '39000000.00',
      requestedGrant: '15000000.01',
      requestedByYear: grantYears({ 2021: '8000000.00', 2022: '7000000.01' }),
    });
    expect(bedrift.errors).toBeUndefined();
    ids.bedriftApp = bedrift.data.createCoFinancingApplication.id;
    expect(bedrift.data.createCoFinancingApplication).toMatchObject({
      status: 'DRAFT',
      applicant: { name: 'Brønnøysundregistrene', kind: 'STATE_AGENCY' },
      eligibility: { maxGrant: '15000000.00' },
    });
    const findings = bedrift.data.createCoFinancingApplication.eligibility.findings;
    expect(findings.find((f: { code: string }) => f.code === 'MEDFIN_GRANT_ABOVE_CAP')).toEqual({
      code: 'MEDFIN_GRANT_ABOVE_CAP',
      severity: 'ERROR',
      params: { category: 'CATEGORY_1', max: '15000000.00', got: '15000000.01' },
      message: 'The requested grant 15,000,000.01 NOK is above the category 1 cap of 15,000,000.00 NOK',
      exceptionReason: null,
    });
    // The application carries the initiative's own analysis.
    const economics = await economicsOf(ids['DEMO-LIV-BEDRIFT']);
    expect(bedrift.data.createCoFinancingApplication.economics).toMatchObject({
      npv: economics.npv,
      npvPerBudgetKrone: economics.npvPerBudgetKrone,
    });
    expect(bedrift.data.createCoFinancingApplication.eligibility.npv).toBe(economics.npv);

    // The administrator drafts the other two (administrators may act for any owner).
    const dodsfall = await create(t.gql, ids['DEMO-LIV-DODSFALL'], {
      category: 'CATEGORY_2',
      totalCost: '59000000.00',
      requestedGrant: '45000000.00',
      requestedByYear: grantYears({
        2021: '14000000.00',
        2022: '16000000.00',
        2023: '12000000.00',
        2024: '3000000.00',
      }),
    });
    expect(dodsfall.errors).toBeUndefined();
    ids.dodsfallApp = dodsfall.data.createCoFinancingApplication.id;
    const jobb = await create(t.gql, ids['DEMO-LIV-JOBB'], {
      category: 'CATEGORY_1',
      totalCost: '42000000.00',
      requestedGrant: '15000000.00',
      requestedByYear: grantYears({ 2026: '7500000.00', 2027: '7500000.00' }),
    });
    expect(jobb.errors).toBeUndefined();
    ids.jobbApp = jobb.data.createCoFinancingApplication.id;
    // Oslo and Trondheim are partners of DEMO-LIV-JOBB and KS was not consulted: an error, named.
    const ks = jobb.data.createCoFinancingApplication.eligibility.findings.find(
      (f: { code: string }) => f.code === 'MEDFIN_KS_NOT_CONSULTED',
    );
    expect(ks).toMatchObject({
      severity: 'ERROR',
      params: { count: 2, names: expect.arrayContaining(['Oslo', 'Trondheim']) },
    });
    const again = await create(t.gql, ids['DEMO-LIV-JOBB'], {
      category: 'CATEGORY_1',
      totalCost: '1.00',
      requestedGrant: '1.00',
      requestedByYear: grantYears({ 2026: '1.00' }),
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('submits, and the ranking orders the three by NPV per budget krone with their economics figures', async () => {
    for (const [gql, id] of [
      [owner, ids.bedriftApp],
      [t.gql, ids.dodsfallApp],
      [t.gql, ids.jobbApp],
    ] as const) {
      const current = (await gql(`query($id: ID!) { coFinancingApplication(id: $id) { version } }`, { id }))
        .data.coFinancingApplication;
      const res = await gql(
        `mutation($i: CoFinancingApplicationActionInput!) { submitCoFinancingApplication(input: $i) { status submittedAt } }`,
        { i: { id, version: current.version } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.submitCoFinancingApplication.status).toBe('SUBMITTED');
    }
    const res = await scheme(
      `query($c: ID!) { coFinancingRanking(callId: $c) { rank initiativeCode npv budgetKroner npvPerBudgetKrone fromYear toYear priceBaseYear eligible errorCount findingCodes } }`,
      { c: ids.call },
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data.coFinancingRanking;
    const expected = await Promise.all(
      ['DEMO-LIV-BEDRIFT', 'DEMO-LIV-DODSFALL', 'DEMO-LIV-JOBB'].map(async (code) => ({
        code,
        ...(await economicsOf(ids[code])),
      })),
    );
    // The order by hand: NPV per budget krone highest first (none last), then NPV, then code.
    expected.sort((a, b) => {
      if (a.npvPerBudgetKrone === null || b.npvPerBudgetKrone === null)
        return a.npvPerBudgetKrone === b.npvPerBudgetKrone ? 0 : a.npvPerBudgetKrone === null ? 1 : -1;
      return Number(b.npvPerBudgetKrone) - Number(a.npvPerBudgetKrone) || Number(b.npv) - Number(a.npv);
    });
    expect(
      rows.map((r: Record<string, unknown>) => [
        r.rank,
        r.initiativeCode,
        r.npv,
        r.budgetKroner,
        r.npvPerBudgetKrone,
        r.fromYear,
        r.toYear,
        r.priceBaseYear,
      ]),
    ).toEqual(
      expected.map((e, index) => [
        index + 1,
        e.code,
        e.npv,
        e.presentValueNetPublicSpending,
        e.npvPerBudgetKrone,
        e.fromYear,
        e.toYear,
        e.priceBaseYear,
      ]),
    );
    ids.ranking = JSON.stringify(rows);
  });

  it('exports the ranking to XLSX with the same figures, for the secretariat only', async () => {
    const rows = JSON.parse(ids.ranking);
    const file = await download(`/api/exports/co-financing-calls/${ids.call}/ranking.xlsx`, scheme.token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('medfinansiering-rangering-2021.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Rangering')!;
    expect(sheet.getRow(1).getCell(11).value).toBe('Netto nåverdi per budsjettkrone');
    expect(sheet.getRow(2).getCell(9).numFmt).toBe('#,##0.00 "kr"');
    rows.forEach((row: Record<string, string | number | null>, index: number) => {
      const cells = sheet.getRow(index + 2);
      expect([
        cells.getCell(1).value,
        cells.getCell(2).value,
        cells.getCell(9).value,
        cells.getCell(10).value,
        cells.getCell(11).value,
        cells.getCell(12).value,
        cells.getCell(13).value,
        cells.getCell(14).value,
      ]).toEqual([
        row.rank,
        row.initiativeCode,
        Number(row.npv),
        Number(row.budgetKroner),
        row.npvPerBudgetKrone === null ? null : Number(row.npvPerBudgetKrone),
        row.fromYear,
        row.toYear,
        row.priceBaseYear,
      ]);
    });
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(workbook.getWorksheet('Regler')!.getRow(1).getCell(1).value).toBe(
      'Medfinansieringsordningen 2021',
    );
    expect(
      (await download(`/api/exports/co-financing-calls/${ids.call}/ranking.xlsx`, owner.token)).status,
    ).toBe(403);
    expect(
      (
        await download(
          `/api/exports/co-financing-calls/00000000-0000-4000-8000-000000000000/ranking.xlsx`,
          scheme.token,
        )
      ).status,
    ).toBe(404);
    expect(
      errorCode(await owner(`query($c: ID!) { coFinancingRanking(callId: $c) { rank } }`, { c: ids.call })),
    ).toBe('FORBIDDEN');
  });

  it('refuses approval while a finding is an error, accepts a stated exception, then approves into the funding plan', async () => {
    const version = async (id: string) =>
      (await scheme(`query($id: ID!) { coFinancingApplication(id: $id) { version } }`, { id })).data
        .coFinancingApplication.version as number;
    const approve = (gql: Gql, id: string, v: number) =>
      gql(
        `mutation($i: CoFinancingApplicationActionInput!) { approveCoFinancingApplication(input: $i) { ${APPLICATION} } }`,
        { i: { id, version: v, note: 'Innvilget av styret' } },
      );
    const before = await fundingOf(ids['DEMO-LIV-BEDRIFT']);
    const refused = await approve(scheme, ids.bedriftApp, await version(ids.bedriftApp));
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'MEDFIN_NOT_ELIGIBLE' });
    expect(refused.errors![0].extensions!.findings).toContain('MEDFIN_GRANT_ABOVE_CAP');
    expect(await fundingOf(ids['DEMO-LIV-BEDRIFT'])).toEqual(before);
    // The owner may not approve or record exceptions.
    expect(errorCode(await approve(owner, ids.bedriftApp, await version(ids.bedriftApp)))).toBe('FORBIDDEN');

    const except = (code: string, reason: string, v: number, gql: Gql = scheme) =>
      gql(
        `mutation($i: RecordCoFinancingExceptionInput!) { recordCoFinancingException(input: $i) { ${APPLICATION} } }`,
        { i: { id: ids.bedriftApp, version: v, code, reason } },
      );
    expect(errorCode(await except('MEDFIN_GRANT_ABOVE_CAP', 'x', await version(ids.bedriftApp), owner))).toBe(
      'FORBIDDEN',
    );
    // The finding code is the enum CoFinancingFindingCode: an unknown one is refused before the mutation runs.
    expect(errorCode(await except('NOPE', 'x', await version(ids.bedriftApp)))).toBe('BAD_USER_INPUT');
    const blank = await except('MEDFIN_GRANT_ABOVE_CAP', ' ', await version(ids.bedriftApp));
    expect(
      blank.errors![0].extensions!.problems.map((p: { field: string; reason: string }) => [
        p.field,
        p.reason,
      ]),
    ).toEqual([['reason', 'REQUIRED']]);
    const notExceptable = await except('MEDFIN_APPLICANT_KIND', 'Nei', await version(ids.bedriftApp));
    expect(notExceptable.errors![0].extensions!.problems[0]).toMatchObject({
      field: 'code',
      reason: 'MEDFIN_NOT_EXCEPTABLE',
    });

    let current = (
      await scheme(`query($id: ID!) { coFinancingApplication(id: $id) { ${APPLICATION} } }`, {
        id: ids.bedriftApp,
      })
    ).data.coFinancingApplication;
    for (const finding of current.eligibility.findings.filter(
      (f: { severity: string }) => f.severity === 'ERROR',
    )) {
      const res = await except(finding.code, `Styret godtok avviket (${finding.code})`, current.version);
      expect(res.errors).toBeUndefined();
      current = res.data.recordCoFinancingException;
    }
    expect(current.eligibility).toMatchObject({ eligible: true, errorCount: 0 });
    const excepted = current.eligibility.findings.find(
      (f: { code: string }) => f.code === 'MEDFIN_GRANT_ABOVE_CAP',
    );
    expect(excepted).toMatchObject({
      severity: 'EXCEPTED',
      exceptionReason: 'Styret godtok avviket (MEDFIN_GRANT_ABOVE_CAP)',
    });
    expect(current.exceptions[0]).toMatchObject({ recordedByName: expect.any(String) });

    const approved = await approve(scheme, ids.bedriftApp, current.version);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveCoFinancingApplication).toMatchObject({
      status: 'APPROVED',
      decisionNote: 'Innvilget av styret',
    });
    expect(approved.data.approveCoFinancingApplication.decidedAt).toBeTruthy();
    // The funding plan: the grant's years (2021: 8 000 000.00, 2022: 7 000 000.01) replace the year's
    // CO_FINANCING source (2022 had one from the demo plan) or are added (2021, at the end); the demo plan's
    // other CO_FINANCING years (2023, 2024) and every other source stay as they were.
    const after = await fundingOf(ids['DEMO-LIV-BEDRIFT']);
    const co = after.filter((s) => s.scheme === 'CO_FINANCING');
    const coBefore = before.filter((s) => s.scheme === 'CO_FINANCING');
    expect(coBefore.map((s) => s.year)).toContain(2022);
    expect(coBefore.map((s) => s.year)).not.toContain(2021);
    expect(co.map((s) => [s.year, s.plannedAmount])).toEqual([
      ...coBefore.map((s) => [s.year, s.year === 2022 ? '7000000.01' : s.plannedAmount]),
      [2021, '8000000.00'],
    ]);
    expect(after.filter((s) => s.scheme !== 'CO_FINANCING')).toEqual(
      before.filter((s) => s.scheme !== 'CO_FINANCING'),
    );
    // Decided once: a second approval is a CONFLICT.
    expect(
      errorCode(await approve(scheme, ids.bedriftApp, approved.data.approveCoFinancingApplication.version)),
    ).toBe('CONFLICT');
    // Audited with before and after.
    const audit = await t.db.query(
      `SELECT operation, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, id`,
      [ids.bedriftApp],
    );
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(
      expect.arrayContaining([
        'createCoFinancingApplication',
        'submitCoFinancingApplication',
        'recordCoFinancingException',
        'approveCoFinancingApplication',
      ]),
    );
    const approval = audit.find(
      (a: { operation: string }) => a.operation === 'approveCoFinancingApplication',
    );
    expect(approval.after.status).toBe('APPROVED');
    expect(
      approval.after.fundingSources.filter((s: { scheme: string }) => s.scheme === 'CO_FINANCING'),
    ).toHaveLength(co.length);
    expect(approval.after.benefitPlanFrozen).toBe(true);

    // The approval froze the binding benefits plan: a version in force, equal to the live benefits.
    const PLAN = `query($id: ID!) { initiative(id: $id) {
      benefitPlanInForce { versionNumber status }
      benefitPlanDeviations { benefitId kind field targetDate from to reason }
      benefits { id version title targets { date value } realisation(asOf: "2026-07-01") { percent rag } }
    } }`;
    const frozen = (await t.gql(PLAN, { id: ids['DEMO-LIV-BEDRIFT'] })).data.initiative;
    expect(frozen.benefitPlanInForce).toMatchObject({ status: 'APPROVED' });
    expect(frozen.benefitPlanDeviations).toEqual([]);
    // A later target change (by the owner, with a reason) is a deviation and leaves the realisation measured
    // against the frozen plan as it was.
    const measured = frozen.benefits.find(
      (b: { targets: unknown[]; realisation: { percent: string | null } }) =>
        b.targets.length > 0 && b.realisation.percent !== null,
    );
    expect(measured).toBeDefined();
    const last = measured.targets.at(-1);
    const changed = await owner(
      `mutation($i: UpdateBenefitInput!) { updateBenefit(input: $i) { version } }`,
      {
        i: {
          id: measured.id,
          version: measured.version,
          targets: measured.targets.map((target: { date: string; value: string }) =>
            target === last ? { date: target.date, value: String(Number(target.value) * 2) } : target,
          ),
          changeReason: 'Målet justeres etter tilsagnet',
        },
      },
    );
    expect(changed.errors).toBeUndefined();
    const later = (await t.gql(PLAN, { id: ids['DEMO-LIV-BEDRIFT'] })).data.initiative;
    expect(later.benefitPlanInForce).toEqual(frozen.benefitPlanInForce);
    expect(later.benefitPlanDeviations).toEqual([
      expect.objectContaining({
        benefitId: measured.id,
        kind: 'FIELD_CHANGED',
        field: 'target',
        targetDate: last.date,
        reason: 'Målet justeres etter tilsagnet',
      }),
    ]);
    expect(later.benefits.find((b: { id: string }) => b.id === measured.id).realisation).toEqual(
      measured.realisation,
    );
  });

  it('rejects with a note (required), and lets no one change a decided application', async () => {
    const v = (
      await scheme(`query($id: ID!) { coFinancingApplication(id: $id) { version } }`, { id: ids.jobbApp })
    ).data.coFinancingApplication.version;
    const reject = (note: string) =>
      scheme(
        `mutation($i: CoFinancingApplicationActionInput!) { rejectCoFinancingApplication(input: $i) { status decisionNote } }`,
        {
          i: { id: ids.jobbApp, version: v, note },
        },
      );
    expect((await reject('  ')).errors![0].extensions!.problems[0]).toMatchObject({
      field: 'note',
      reason: 'REQUIRED',
    });
    const rejected = await reject('KS er ikke konsultert');
    expect(rejected.data.rejectCoFinancingApplication).toEqual({
      status: 'REJECTED',
      decisionNote: 'KS er ikke konsultert',
    });
  });

  it('shows an applicant that is a municipality as an error that cannot be excepted', async () => {
    const initiative = await anInitiative(t.gql, { ownerId: nav.oslo, ministryId: nav.kdd });
    const res = await create(t.gql, initiative.id, {
      category: 'CATEGORY_2',
      totalCost: '10000000.00',
      requestedGrant: '8500000.00',
      requestedByYear: grantYears({ 2022: '8500000.00' }),
    });
    expect(res.errors).toBeUndefined();
    const findings = res.data.createCoFinancingApplication.eligibility.findings;
    expect(findings.map((f: { code: string }) => f.code)).toEqual([
      'MEDFIN_LOCAL_ONLY_PARTNER',
      'MEDFIN_NOT_PROFITABLE',
    ]);
    // Without costs or benefits the NPV is 0.00: not profitable.
    expect(findings[1].params).toEqual({ npv: '0.00' });
    const nb = await t.gql(
      `query($id: ID!) { coFinancingApplication(id: $id) { eligibility { findings { message } } } }`,
      { id: res.data.createCoFinancingApplication.id },
      { 'accept-language': 'nb' },
    );
    expect(nb.data.coFinancingApplication.eligibility.findings[0].message).toBe(
      'Kommuner og fylkeskommuner kan bare være partnere: Oslo er en kommune og kan ikke søke',
    );
  });

  it('lets the owner read only their own applications, and closes the call to new ones', async () => {
    const call = await owner(
      `query($c: ID!) { coFinancingCall(id: $c) { applications { initiative { code } } } }`,
      { c: ids.call },
    );
    expect(
      call.data.coFinancingCall.applications.map((a: { initiative: { code: string } }) => a.initiative.code),
    ).toEqual(['DEMO-LIV-BEDRIFT']);
    expect(
      errorCode(
        await owner(`query($id: ID!) { coFinancingApplication(id: $id) { id } }`, { id: ids.jobbApp }),
      ),
    ).toBe('FORBIDDEN');
    const v = (await scheme(`query($c: ID!) { coFinancingCall(id: $c) { version } }`, { c: ids.call })).data
      .coFinancingCall.version;
    const closed = await scheme(
      `mutation($i: UpdateCoFinancingCallInput!) { updateCoFinancingCall(input: $i) { status } }`,
      {
        i: { id: ids.call, version: v, status: 'CLOSED' },
      },
    );
    expect(closed.data.updateCoFinancingCall.status).toBe('CLOSED');
    const late = await create(t.gql, ids['DEMO-MEDFIN-TOLK'], {
      category: 'CATEGORY_1',
      totalCost: '28000000.00',
      requestedGrant: '1.00',
      requestedByYear: grantYears({ 2022: '1.00' }),
    });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].extensions!.reason).toBe('MEDFIN_CALL_CLOSED');
  });
});
