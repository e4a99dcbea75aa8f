import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';
import { anApiToken } from './support/users.js';

const run = promisify(execFile);

/** The script of docs/api.md's "Integrating" chapter, exactly as written there. */
function documentedScript(): string {
  const doc = readFileSync(join(process.cwd(), 'docs/api.md'), 'utf8');
  const block =
    /<!-- integration-script:start -->\n```js\n([\s\S]*?)\n```\n<!-- integration-script:end -->/.exec(doc);
  if (!block) throw new Error('docs/api.md has no integration script between its markers');
  return block[1];
}

interface Summary {
  initiatives: number;
  firstRecording: { created: number; unchanged: number; failed: number };
  secondRecording: { created: number; unchanged: number; failed: number };
  firstImport: { created: number; updated: number; unchanged: number };
  secondImport: { created: number; updated: number; unchanged: number };
  importedCount: number;
  feed: { changes: number; measurementsCreated: number; costItemsCreated: number; cursor: string };
  reconciliation: {
    csvLines: number;
    runLines: number;
    csvPlanned: string;
    runPlanned: string;
    costItemsPlanned: string;
  };
}

/**
 * Issue 19: the documented integration script runs against the real application (a node process of its
 * own, with the demo's integration account's API token), and the bulk mutations, externalId upserts and
 * the Idempotency-Key behave as docs/api.md says.
 */
describe('integrating: the documented script, bulk writes and idempotent imports', () => {
  let t: TestApp;
  let integration: Gql;
  let secret: string;
  let folder: string;
  let fiks: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    integration = await t.as('integrasjon@demo.gevinst.no');
    secret = (await anApiToken(integration, { scopes: ['READ', 'WRITE'] })).secret;
    folder = mkdtempSync(join(tmpdir(), 'gevinst-integration-'));
    writeFileSync(join(folder, 'integration.mjs'), documentedScript());
    const res = await t.gql(
      `{ initiatives(limit: 500, filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id code } } }`,
    );
    fiks = res.data.initiatives.nodes.find((node: { code: string }) => node.code === 'DEMO-DIGIFIN-FIKS').id;
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await t.close();
  });

  async function runScript(feedCursor = ''): Promise<Summary> {
    const { stdout } = await run(process.execPath, [join(folder, 'integration.mjs')], {
      env: { ...process.env, GEVINST_URL: t.url, GEVINST_TOKEN: secret, FEED_CURSOR: feedCursor },
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Summary;
  }

  it('runs the script twice: 100 measurements recorded once, cost items imported once, the export reconciled', async () => {
    const recordings = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_events WHERE operation = 'recordMeasurement'`,
        )
      )[0].n;
    const before = await recordings();
    const first = await runScript();
    const total = await t.gql(`{ initiatives(limit: 1) { totalCount } }`);
    expect(first.initiatives).toBe(total.data.initiatives.totalCount);
    expect(first.firstRecording).toEqual({ created: 100, unchanged: 0, failed: 0 });
    expect(first.secondRecording).toEqual({ created: 0, unchanged: 100, failed: 0 });
    expect(first.firstImport).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(first.secondImport).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(first.importedCount).toBe(3);
    // The feed from where it stood at the start: exactly the 100 measurements and 3 cost items it wrote.
    expect(first.feed).toMatchObject({ changes: 103, measurementsCreated: 100, costItemsCreated: 3 });
    expect(first.reconciliation.csvLines).toBe(first.reconciliation.runLines);
    expect(first.reconciliation.csvLines).toBeGreaterThan(300);
    expect(first.reconciliation.csvPlanned).toBe(first.reconciliation.runPlanned);
    expect(first.reconciliation.csvPlanned).toBe(first.reconciliation.costItemsPlanned);

    // A second run of the whole script writes nothing: every measurement and cost item is UNCHANGED.
    const second = await runScript(first.feed.cursor);
    expect(second.firstRecording).toEqual({ created: 0, unchanged: 100, failed: 0 });
    expect(second.firstImport).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(second.importedCount).toBe(3);
    // Followed from the first run's cursor, the feed has nothing new: the second run changed nothing.
    expect(second.feed).toMatchObject({ changes: 0, cursor: first.feed.cursor });
    // Audited once per stored measurement, not per call, and not again for the UNCHANGED ones.
    expect((await recordings()) - before).toBe(100);
  });

  const RECORD = `mutation ($input: [RecordMeasurementInput!]!) {
    recordMeasurements(input: $input) {
      created unchanged failed
      results { index status measurement { id value externalId } error { code reason field message } }
      userErrors { code reason field message }
    }
  }`;

  /** A benefit of DEMO-DIGIFIN-FIKS (baseline 2021-01-01, measured on 2023-12-31: 37 400 000 in Oslo). */
  async function fiksBenefit(): Promise<{ id: string; measurementId: string }> {
    const res = await integration(
      `query ($id: ID!) { initiative(id: $id) { benefits { id title measurements { id date value } } } }`,
      { id: fiks },
    );
    const benefit = res.data.initiative.benefits.find((b: { title: string }) => b.title.includes('Oslo'));
    const measured = benefit.measurements.find((m: { date: string }) => m.date === '2023-12-31');
    return { id: benefit.id, measurementId: measured.id };
  }

  it('reports every item of a bulk call: a refused one with its code, field and message, the others stored', async () => {
    const benefit = await fiksBenefit();
    const res = await integration(
      RECORD,
      {
        input: [
          { benefitId: benefit.id, date: '2023-06-15', value: '36000000', externalId: 'bulk-a' },
          { benefitId: benefit.id, date: '2020-12-31', value: '1' },
          { benefitId: benefit.id, date: '2023-12-31', value: '1' },
          { benefitId: benefit.id, date: '2023-12-31', value: '37400000.000' },
        ],
      },
      { 'accept-language': 'nb' },
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data.recordMeasurements;
    expect([payload.created, payload.unchanged, payload.failed]).toEqual([1, 1, 2]);
    expect(payload.results.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'FAILED',
      'FAILED',
      'UNCHANGED',
    ]);
    expect(payload.results[0].measurement).toMatchObject({ value: '36000000', externalId: 'bulk-a' });
    expect(payload.results[1].error).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MEASURED_BEFORE_BASELINE',
      field: 'date',
      message:
        'date: må være på eller etter nullpunktsdatoen 2021-01-01 (fikk 2020-12-31): nullpunktet er den første målingen, tatt før noen effekt',
    });
    expect(payload.results[2].error).toMatchObject({
      code: 'CONFLICT',
      reason: 'MEASUREMENT_EXISTS',
      field: null,
    });
    expect(payload.results[3].measurement.id).toBe(benefit.measurementId);
    // The refused items left nothing behind; the stored one is there once.
    const stored = await integration(`query ($id: ID!) { benefit(id: $id) { measurements { date } } }`, {
      id: benefit.id,
    });
    const dates = stored.data.benefit.measurements.map((m: { date: string }) => m.date);
    expect(dates.filter((date: string) => date === '2023-06-15')).toHaveLength(1);
    expect(dates).not.toContain('2020-12-31');
  });

  it('answers a CONFLICT on a measurement with the stored value and version', async () => {
    const benefit = await fiksBenefit();
    const res = await integration(
      `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
      { input: { benefitId: benefit.id, date: '2023-12-31', value: '1' } },
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions).toMatchObject({
      reason: 'MEASUREMENT_EXISTS',
      measurementId: benefit.measurementId,
      currentValue: '37400000',
      currentVersion: 1,
      date: '2023-12-31',
    });
  });

  it('refuses more items than MAX_BATCH_SIZE before storing any, and another organisation’s item is FORBIDDEN', async () => {
    const benefit = await fiksBenefit();
    const item = { benefitId: benefit.id, date: '2023-07-15', value: '1' };
    const tooMany = await integration(
      RECORD,
      { input: Array.from({ length: 251 }, () => item) },
      { 'accept-language': 'en' },
    );
    // A whole-call refusal is the payload's userErrors: no results, nothing stored.
    expect(tooMany.errors).toBeUndefined();
    expect(tooMany.data.recordMeasurements).toEqual({
      created: 0,
      unchanged: 0,
      failed: 0,
      results: [],
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          reason: 'TOO_MANY_AT_ONCE',
          field: ['input'],
          message: expect.stringContaining('250'),
        },
      ],
    });
    // A full batch runs within the statement cap and the complexity budget.
    const full = await integration(RECORD, {
      input: Array.from({ length: 250 }, (_, i) => ({
        benefitId: benefit.id,
        date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
        value: String(30000000 - i),
      })),
    });
    expect(full.errors).toBeUndefined();
    expect(full.data.recordMeasurements).toMatchObject({ created: 250, failed: 0 });
    expect(full.queryCount).toBeLessThan(5000);
    // Brønnøysundregistrene's owner may record measurements, but not of KS's initiative.
    const outsider = await t.as('eier@demo.gevinst.no');
    const refused = await outsider(RECORD, { input: [item] });
    expect(refused.data.recordMeasurements.results[0]).toMatchObject({
      status: 'FAILED',
      measurement: null,
      error: { code: 'FORBIDDEN', reason: 'MEASUREMENT_ACCESS' },
    });
    const stored = await integration(`query ($id: ID!) { benefit(id: $id) { measurements { date } } }`, {
      id: benefit.id,
    });
    expect(stored.data.benefit.measurements.map((m: { date: string }) => m.date)).not.toContain('2023-07-15');
  });

  it('upserts cost items by externalId: UPDATED with an audit event, and createCostItem refuses a taken externalId', async () => {
    const IMPORT = `mutation ($input: [ImportCostItemInput!]!) {
      importCostItems(input: $input) { created updated unchanged failed results { status costItem { id plannedAmount version } } }
    }`;
    const item = {
      initiativeId: fiks,
      externalId: 'UPSERT-1',
      year: 2027,
      category: 'OPERATION',
      plannedAmount: '1000.00',
    };
    const created = await integration(IMPORT, { input: [item] });
    const id = created.data.importCostItems.results[0].costItem.id;
    const updated = await integration(IMPORT, { input: [{ ...item, plannedAmount: '1000.01' }] });
    expect(updated.data.importCostItems).toMatchObject({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    expect(updated.data.importCostItems.results[0].costItem).toEqual({
      id,
      plannedAmount: '1000.01',
      version: 2,
    });
    const events = await t.db.query<{ operation: string }[]>(
      `SELECT operation FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(events.map((event) => event.operation)).toEqual(['createCostItem', 'updateCostItem']);
    const duplicate = await integration(
      `mutation ($input: CreateCostItemInput!) { createCostItem(input: $input) { id } }`,
      { input: item },
    );
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors![0].extensions).toMatchObject({
      reason: 'COST_ITEM_EXTERNAL_ID_TAKEN',
      costItemId: id,
      currentVersion: 2,
    });
  });

  it('honours an Idempotency-Key: the retry gets the first answer, another request with the key is refused', async () => {
    const CREATE = `mutation ($input: CreateCostItemInput!) { createCostItem(input: $input) { id plannedAmount } }`;
    const input = { initiativeId: fiks, year: 2028, category: 'OPERATION', plannedAmount: '500.00' };
    const key = { 'idempotency-key': 'retry-7f3c' };
    const first = await integration(CREATE, { input }, key);
    const retry = await integration(CREATE, { input }, key);
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    const items = await integration(
      `query ($id: ID!) { initiative(id: $id) { costItems(year: 2028) { id } } }`,
      {
        id: fiks,
      },
    );
    expect(items.data.initiative.costItems).toHaveLength(1);
    // The key is the caller's: another user's request with it runs on its own.
    const other = await t.gql(CREATE, { input }, key);
    expect(other.data.createCostItem.id).not.toBe(first.data.createCostItem.id);
    const reused = await integration(CREATE, { input: { ...input, plannedAmount: '600.00' } }, key);
    expect(errorCode(reused)).toBe('CONFLICT');
    expect(reused.errors![0].extensions).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED' });
    const invalid = await integration(CREATE, { input }, { 'idempotency-key': 'two words' });
    expect(invalid.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IDEMPOTENCY_KEY_INVALID',
    });
    // Stored in PostgreSQL with its expiry, 24 hours on.
    const [row] = await t.db.query<{ hours: string }[]>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600) AS hours FROM idempotency_keys WHERE key = $1 AND response IS NOT NULL`,
      ['retry-7f3c'],
    );
    expect(Number(row.hours)).toBe(24);
  });
});
