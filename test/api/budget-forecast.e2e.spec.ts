/**
 * Issue 21: Bergen's finance officer's four-year forecast on «Mine fordelinger». Each forecast amount is
 * what a run of that year would allocate to Bergen now (the run's own computation), so an allocation run
 * made with the same data gives the same amount to the øre; the budget workbook has one row per initiative
 * (and KOSTRA pair) and one column per year; an adopted year shows the deviation once the data change.
 */
import ExcelJS from 'exceljs';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

interface Cell {
  year: number;
  amount: string | null;
  status: string;
  populationYears: number[];
  adopted: string | null;
  deviation: string | null;
  problem: string | null;
}
interface Row {
  initiativeId: string;
  initiativeCode: string;
  kostraArt: string;
  kostraFunction: string;
  cells: Cell[];
}

const FORECAST = `query($o: ID!, $s: Int) { budgetForecast(organisationId: $o, startYear: $s) {
  years totals { year amount adopted deviation }
  rows { initiativeId initiativeCode kostraArt kostraFunction
         cells { year amount status populationYears adopted deviation problem } } } }`;

/** NOK decimal string → øre. */
const ore = (amount: string): bigint => {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -value : value;
};

describe('budget forecast (issue 21)', () => {
  let t: TestApp;
  let bergen: Gql & { token: string };
  let bergenId: string;
  let osloId: string;

  const forecast = async (startYear = 2027): Promise<{ years: number[]; rows: Row[]; totals: any[] }> => {
    const res = await bergen(FORECAST, { o: bergenId, s: startYear });
    expect(res.errors).toBeUndefined();
    return res.data.budgetForecast;
  };

  /** Per initiative and year, the sum of its KOSTRA rows' amounts in øre. */
  const perInitiative = (rows: Row[]) => {
    const sums = new Map<string, bigint>();
    for (const row of rows)
      for (const cell of row.cells)
        if (cell.amount !== null) {
          const key = `${row.initiativeId}|${cell.year}`;
          sums.set(key, (sums.get(key) ?? 0n) + ore(cell.amount));
        }
    return sums;
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    ({ bergen: bergenId, oslo: osloId } = await organisationIds(t.gql, {
      bergen: '964338531',
      oslo: '958935420',
    }));
    bergen = await t.as('okonomi.bergen@demo.gevinst.no');
  });
  afterAll(async () => t?.close());

  it('forecasts 2027–2030 per initiative with KOSTRA codes, equal to the øre to runs with the same data', async () => {
    const before = await forecast();
    expect(before.years).toEqual([2027, 2028, 2029, 2030]);
    expect(before.rows.length).toBeGreaterThan(0);
    for (const row of before.rows) {
      expect(row.kostraArt).toMatch(/^\d{3}$/);
      expect(row.kostraFunction).toBe('120');
    }
    const forecastSums = perInitiative(before.rows);
    const toRun = [...forecastSums].filter(([, sum]) => sum !== 0n);
    // The demo plans costs that reach Bergen in these years (HELSESTASJON's operation in 2027, …).
    expect(toRun.length).toBeGreaterThan(0);
    const statusOf = (rows: Row[], key: string) => {
      const [initiativeId, year] = key.split('|');
      return rows.find((r) => r.initiativeId === initiativeId)!.cells.find((c) => c.year === Number(year))!
        .status;
    };
    // Years without a run are forecasts (the demo has run only HELSESTASJON's 2027 of these).
    expect(toRun.filter(([key]) => statusOf(before.rows, key) === 'FORECAST').length).toBeGreaterThan(0);

    // Run every (initiative, year) the forecast has an amount for, as the administrator, and compare.
    for (const [key, sum] of toRun) {
      const [initiativeId, year] = key.split('|');
      const run = await t.gql(
        `mutation($i: ID!, $y: Int!) { runAllocation(initiativeId: $i, year: $y, reconciliation: ACCEPT_DIFFERENCE) { id } }`,
        { i: initiativeId, y: Number(year) },
      );
      expect(run.errors).toBeUndefined();
      const lines = await bergen(
        `query($f: AllocationFilter) { allocations(filter: $f, limit: 500) { totalAmount } }`,
        { f: { runId: run.data.runAllocation.id, organisationId: bergenId } },
      );
      expect(lines.errors).toBeUndefined();
      expect([key, lines.data.allocations.totalAmount]).toEqual([
        key,
        `${sum / 100n}.${String(sum % 100n).padStart(2, '0')}`,
      ]);
    }

    // Now that runs exist, the same years are marked RUN, with the same amounts.
    const after = await forecast();
    expect(perInitiative(after.rows)).toEqual(forecastSums);
    for (const [key] of toRun) expect([key, statusOf(after.rows, key)]).toEqual([key, 'RUN']);
    // The total of each year is the sum of the rows.
    for (const [index, total] of after.totals.entries())
      expect(ore(total.amount)).toBe(
        after.rows.reduce(
          (sum, row) => sum + (row.cells[index].amount ? ore(row.cells[index].amount) : 0n),
          0n,
        ),
      );
  });

  it('exports the budget workbook: one row per initiative and KOSTRA pair, one column per year', async () => {
    const { rows } = await forecast();
    const response = await fetch(
      `${t.url}/api/exports/budget-forecast.xlsx?organisationId=${bergenId}&startYear=2027`,
      {
        headers: { authorization: `Bearer ${bergen.token}` },
      },
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Økonomiplan')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Tiltakskode',
      'Tiltak',
      'KOSTRA art',
      'KOSTRA funksjon',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach((row, index) => {
      const cells = sheet.getRow(index + 2);
      expect([cells.getCell(1).value, cells.getCell(3).value, cells.getCell(4).value]).toEqual([
        row.initiativeCode,
        row.kostraArt,
        row.kostraFunction,
      ]);
      row.cells.forEach((cell, year) => {
        const value = cells.getCell(5 + year).value;
        expect(value === null ? null : BigInt(Math.round(Number(value) * 100))).toBe(
          cell.amount === null ? null : ore(cell.amount),
        );
      });
    });
  });

  it('carries the organisation’s own KOSTRA art once the finance officer sets it', async () => {
    const set = await bergen(
      `mutation($o: ID!) { setKostraCode(organisationId: $o, category: OPERATION, art: "375", function: "120") { kostraCodes { category art function own } userErrors { code } } }`,
      { o: bergenId },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setKostraCode.userErrors).toEqual([]);
    const operation = set.data.setKostraCode.kostraCodes.find(
      (c: { category: string }) => c.category === 'OPERATION',
    );
    expect(operation).toEqual({
      category: 'OPERATION',
      art: '375',
      function: '120',
      own: true,
    });
    const audits = async () =>
      (await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE operation = 'setKostraCode'`))[0]
        .n;
    const auditedBefore = await audits();
    const bad = await bergen(
      `mutation($o: ID!) { setKostraCode(organisationId: $o, category: OPERATION, art: "27", function: "1x0") {
         kostraCodes { art } userErrors { code reason field message } } }`,
      { o: bergenId },
      { 'accept-language': 'nb' },
    );
    expect(bad.errors).toBeUndefined();
    // Every problem of the input, each with its own field.
    expect(bad.data.setKostraCode).toEqual({
      kostraCodes: null,
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          reason: 'KOSTRA_CODE_FORMAT',
          field: ['art'],
          message: 'en KOSTRA-kode har tre sifre (for eksempel 270), ikke "27"',
        },
        {
          code: 'BAD_USER_INPUT',
          reason: 'KOSTRA_CODE_FORMAT',
          field: ['function'],
          message: 'en KOSTRA-kode har tre sifre (for eksempel 270), ikke "1x0"',
        },
      ],
    });
    expect(await audits()).toBe(auditedBefore);
    const stillOwn = await bergen(`query($o: ID!) { kostraCodes(organisationId: $o) { category art } }`, {
      o: bergenId,
    });
    expect(stillOwn.data.kostraCodes).toContainEqual({ category: 'OPERATION', art: '375' });
    // Not Bergen's organisation: a top-level FORBIDDEN, as before.
    const oslo = await bergen(
      `mutation($o: ID!) { setKostraCode(organisationId: $o, category: OPERATION, art: "270", function: "120") { userErrors { code } } }`,
      { o: osloId },
    );
    expect(errorCode(oslo)).toBe('FORBIDDEN');
    expect(oslo.data).toBeNull();
    const { rows } = await forecast();
    expect(rows.some((r) => r.kostraArt === '375')).toBe(true);
  });

  it('marks a year as adopted and shows the deviation after the plan changes', async () => {
    const adopted = await bergen(
      `mutation($o: ID!) { adoptBudgetForecast(organisationId: $o, year: 2027) { budgetForecast { totals { year amount adopted deviation } } userErrors { code } } }`,
      { o: bergenId },
    );
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data.adoptBudgetForecast.userErrors).toEqual([]);
    const [total2027] = adopted.data.adoptBudgetForecast.budgetForecast.totals;
    expect(total2027.adopted).toBe(total2027.amount);
    expect(total2027.deviation).toBe('0.00');
    const audit = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE operation = 'adoptBudgetForecast'`,
    );
    expect(audit[0].n).toBe(1);
    // A year outside the range: a userError on the argument, nothing adopted or audited.
    const refused = await bergen(
      `mutation($o: ID!) { adoptBudgetForecast(organisationId: $o, year: 1800) { budgetForecast { years } userErrors { code reason field } } }`,
      { o: bergenId },
    );
    expect(refused.data.adoptBudgetForecast).toEqual({
      budgetForecast: null,
      userErrors: [{ code: 'BAD_USER_INPUT', reason: 'YEAR_BETWEEN', field: ['year'] }],
    });
    const stored = await t.db.query(
      `SELECT (SELECT count(*)::int FROM audit_events WHERE operation = 'adoptBudgetForecast') AS audits,
              (SELECT count(*)::int FROM budget_adoptions WHERE year = 1800) AS adoptions`,
    );
    expect(stored[0]).toEqual({ audits: 1, adoptions: 0 });

    // HELSESTASJON's 2027 operation grows by 100,000.00: Bergen's share grows, the deviation shows it.
    const items = await t.db.query(
      `SELECT c.id, c.version FROM cost_items c JOIN initiatives i ON i.id = c.initiative_id
        WHERE i.code = 'DEMO-DIGIFIN-HELSESTASJON' AND c.year = 2027 AND c.category = 'OPERATION'`,
    );
    const updated = await t.gql(`mutation($i: UpdateCostItemInput!) { updateCostItem(input: $i) { id } }`, {
      i: { id: items[0].id, version: items[0].version, plannedAmount: '600000.00' },
    });
    expect(updated.errors).toBeUndefined();
    const after = await forecast();
    const helse = after.rows.filter((r) => r.initiativeCode === 'DEMO-DIGIFIN-HELSESTASJON');
    const cell = helse[0].cells[0];
    expect(cell.adopted).not.toBeNull();
    expect(ore(cell.deviation!)).toBeGreaterThan(0n);
    // deviation = forecast (all of the initiative's KOSTRA rows) − adopted, exactly
    const forecastOre = helse.reduce((sum, row) => sum + ore(row.cells[0].amount!), 0n);
    expect(ore(cell.deviation!)).toBe(forecastOre - ore(cell.adopted!));
  });

  it('is Bergen’s own: Oslo’s finance officer is refused', async () => {
    const oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    expect(errorCode(await oslo(FORECAST, { o: bergenId, s: 2027 }))).toBe('FORBIDDEN');
  });
});
