import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * The consumer price index (SSB 03014, 2015 = 100): seeded with the reference data, imported for later
 * years like population (dry run, per-line problems, one audit event), and used by economics to bring
 * actual costs to the price-base year.
 */
describe('the consumer price index', () => {
  let t: TestApp;
  let admin: Gql;
  let reader: Gql;
  const IMPORT = `mutation($csv: String!, $dry: Boolean) { importPriceIndex(csv: $csv, dryRun: $dry) {
    dryRun rows added changed unchanged changes { year before after } problems { line message } } }`;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.as('admin@demo.gevinst.no');
    reader = await t.as('integrator@demo.gevinst.no');
  });
  afterAll(() => t.close());

  it('is seeded from data/reference/cpi.csv', async () => {
    const res = await reader(`{ priceIndex { year value source } }`);
    expect(res.errors).toBeUndefined();
    const years = res.data.priceIndex.map((row: any) => [row.year, row.value]);
    expect(years[0]).toEqual([2015, '100']);
    expect(years.at(-1)).toEqual([2024, '133.6']);
    expect(res.data.priceIndex[0].source).toMatch(/SSB table 03014/);
  });

  it('imports a later year after a dry run, reports bad lines, audits, and refuses non-administrators', async () => {
    const csv = [
      '"år";"Konsumprisindeks (2015=100)"',
      '"2024";"133,6"',
      '"2025";"136,9"',
      '"2026";".."',
    ].join('\n');
    const dry = await admin(IMPORT, { csv, dry: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importPriceIndex).toMatchObject({
      dryRun: true,
      rows: 3,
      added: 1,
      changed: 0,
      unchanged: 1,
      changes: [{ year: 2025, before: null, after: '136.9' }],
      problems: [{ line: 4 }],
    });
    expect((await reader(`{ priceIndex { year } }`)).data.priceIndex.at(-1).year).toBe(2024);
    expect(errorCode(await reader(IMPORT, { csv }))).toBe('FORBIDDEN');
    const stored = await admin(IMPORT, { csv });
    expect(stored.data.importPriceIndex).toMatchObject({ dryRun: false, added: 1 });
    expect((await reader(`{ priceIndex { year value } }`)).data.priceIndex.at(-1)).toEqual({
      year: 2025,
      value: '136.9',
    });
    const audit = await admin(
      `{ auditEvents(filter: { entityType: PriceIndex, entityId: "price-index" }, limit: 5) { nodes { operation } } }`,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data.auditEvents.nodes.map((n: any) => n.operation)).toEqual(['importPriceIndex']);
    const refused = await admin(IMPORT, { csv: 'a;b\n1;2' });
    expect(refused.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'csv', reason: 'CPI_NO_COLUMNS' }),
    ]);
  });
});
