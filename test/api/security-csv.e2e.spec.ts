import { parse } from 'csv-parse/sync';
import { anAllocationRun } from './support/allocations.js';
import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { TEST_ADMIN, type TestApp, startTestApp } from './support/test-app.js';
import { countCopyDownloads } from './support/copy-counter.js';

/**
 * Issue 12, finding 5 (CSV formula injection): an owner could plant `=HYPERLINK(…)` in an initiative name
 * and the `rfc4180` file wrote it as it was. Every text cell starting with =, +, -, @, tab or CR now gets
 * an apostrophe first, in both dialects, on both paths (COPY on a PostgreSQL server, csvRecords on the
 * embedded database); amounts, negative ones included, stay numbers.
 */
describe('security: CSV formula cells are guarded in both dialects and on the COPY path', () => {
  let t: TestApp;
  let token: string;
  let copies: { readonly count: number };
  /** Initiative code → the name as stored. */
  const names: Record<string, string> = {
    'CSV-GUARD-EQ': '=HYPERLINK("http://x","y")',
    'CSV-GUARD-PLUS': '+HYPERLINK("http://x","y")',
    'CSV-GUARD-MINUS': "-2+3+cmd|' /C calc'!A0",
    'CSV-GUARD-AT': "@SUM(1+1)*cmd|' /C calc'!A0",
    'CSV-GUARD-TAB': '\t=HYPERLINK("http://x","y")',
    'CSV-GUARD-CR': '\r=HYPERLINK("http://x","y")',
    'CSV-GUARD-PLAIN': 'Vanlig navn = ikke formel',
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    token = (await t.as(TEST_ADMIN.email, TEST_ADMIN.password)).token;
    copies = countCopyDownloads(t.app);
    const { oslo, bergen, kdd } = await organisationIds(t.gql, {
      oslo: '958935420',
      bergen: '964338531',
      kdd: '972417858',
    });
    const key = await aCostSharingKey(t.gql, {
      name: 'Likt',
      ownerOrganisationId: oslo,
      spec: { method: 'EQUAL' },
    });
    for (const [code, name] of Object.entries(names)) {
      // The API trims names, so a leading tab or CR cannot come in through it: those are written to the
      // table directly below (data from an import or from before), which is what the guard must cover.
      const { id } = await anInitiative(t.gql, {
        code,
        name: name.trim(),
        ownerId: oslo,
        ministryId: kdd,
        costSharingKeyId: key.id,
        participants: [{ organisationId: bergen, role: 'PARTNER' }],
      });
      if (name !== name.trim())
        await t.db.query(`UPDATE initiatives SET name = $1 WHERE id = $2`, [name, id]);
      await aCostItem(t.gql, {
        initiativeId: id,
        year: 2025,
        category: 'DEVELOPMENT',
        plannedAmount: '1000.00',
      });
      await anAllocationRun(t.gql, { initiativeId: id, year: 2025 });
    }
  });
  afterAll(() => t.close());

  it.each([
    ['nb', ';', 'Tiltakskode', 'Tiltak'],
    ['rfc4180', ',', 'initiative_code', 'initiative_name'],
  ] as const)(
    'guards every formula start in the %s dialect',
    async (dialect, delimiter, codeColumn, nameColumn) => {
      const response = await fetch(`${t.url}/api/exports/allocations.csv?dialect=${dialect}&year=2025`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
      const records = parse<Record<string, string>>(text, { bom: true, delimiter, columns: true });
      const seen = new Set<string>();
      for (const record of records) {
        const stored = names[record[codeColumn]];
        if (stored === undefined) continue;
        seen.add(record[codeColumn]);
        expect(record[nameColumn]).toBe(stored === names['CSV-GUARD-PLAIN'] ? stored : `'${stored}`);
      }
      expect([...seen].sort()).toEqual(Object.keys(names).sort());
      // No cell of the file starts a formula (the apostrophe comes first), whatever its column, except
      // the nb dialect's organisation and municipality numbers: ="0301", which Gevinst writes itself from
      // a stored value of digits only, so that Excel keeps the leading zero (issue 17, docs/security.md).
      const identifiers = dialect === 'nb' ? ['Organisasjonsnummer', 'Kommunenummer'] : [];
      for (const record of records)
        for (const [column, cell] of Object.entries(record)) {
          if (identifiers.includes(column) && /^="\d+"$/.test(cell)) continue;
          expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
        }
      // On a PostgreSQL server the file came from COPY, on the embedded database from csvRecords.
      expect(copies.count > 0).toBe(Boolean(process.env.DATABASE_URL));
    },
  );
});
