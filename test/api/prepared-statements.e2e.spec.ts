import pg from 'pg';
import {
  DEFAULT_PREPARED_STATEMENT_POLICY,
  preparingClient,
} from '../../apps/api/src/database/prepared-statements.js';
import { type TestApp, startTestApp } from './support/test-app.js';

interface PoolClient {
  connection: { parsedStatements: Record<string, string> };
}

/**
 * Repeated statements with parameters run as named prepared statements on a PostgreSQL server
 * (apps/api/src/database/prepared-statements.ts): parsed and planned once per connection, the answers the
 * same as unnamed. The embedded database has no such protocol state, so this runs on a server only.
 */
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('named prepared statements on a PostgreSQL server', () => {
  // One connection for the whole suite (pool.query would drop a connection whose statement failed).
  let pool: pg.Pool;
  let client: pg.PoolClient;
  const policy = { ...DEFAULT_PREPARED_STATEMENT_POLICY, maxPerConnection: 2 };

  beforeAll(async () => {
    pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 1,
      Client: preparingClient(policy),
    });
    client = await pool.connect();
  });
  afterAll(async () => {
    client.release();
    await pool.end();
  });

  /** The statements the connection holds. */
  async function held(): Promise<{ name: string; statement: string }[]> {
    const { rows } = await client.query<{ name: string; statement: string }>(
      `SELECT name, statement FROM pg_prepared_statements ORDER BY prepare_time`,
    );
    return rows;
  }

  it('prepares a text with parameters at its second use and answers as before', async () => {
    const text = `SELECT $1::int * 2 AS doubled, $2::text AS label`;
    const first = await client.query(text, [21, 'a']);
    expect(await held()).toEqual([]);
    const second = await client.query(text, [4, 'b']);
    const third = await client.query(text, [5, 'c']);
    expect([first.rows, second.rows, third.rows]).toEqual([
      [{ doubled: 42, label: 'a' }],
      [{ doubled: 8, label: 'b' }],
      [{ doubled: 10, label: 'c' }],
    ]);
    expect(third.fields.map((f) => f.name)).toEqual(['doubled', 'label']);
    const statements = await held();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ name: expect.stringMatching(/^gevinst_\d+$/), statement: text });
  });

  it('never prepares a text without parameters (it may hold several commands)', async () => {
    const before = (await held()).length;
    for (let i = 0; i < 3; i++) await client.query(`SELECT 1; SELECT 2`);
    expect((await held()).length).toBe(before);
  });

  it('keeps a statement through a rollback and after a failed execution', async () => {
    const text = `SELECT 10 / $1::int AS q`;
    await client.query(text, [1]);
    await client.query('BEGIN');
    await client.query(text, [2]);
    await client.query('ROLLBACK');
    await expect(client.query(text, [0])).rejects.toThrow(/division by zero/);
    expect((await client.query(text, [5])).rows).toEqual([{ q: 2 }]);
    expect((await held()).map((s) => s.statement)).toContain(text);
  });

  it('sends a statement that failed to parse again, and fails as an unnamed one would', async () => {
    const text = `SELECT $1::int FROM no_such_table`;
    for (let i = 0; i < 3; i++) await expect(client.query(text, [1])).rejects.toThrow(/no_such_table/);
    expect((await held()).map((s) => s.statement)).not.toContain(text);
    expect((await client.query(`SELECT $1::int AS one`, [1])).rows).toEqual([{ one: 1 }]);
  });

  it('runs texts beyond maxPerConnection unnamed, with the same answers', async () => {
    // Two statements are held already (the first test's and the rollback test's): the cap of two is reached.
    for (let i = 0; i < 3; i++)
      expect((await client.query(`SELECT $1::int + 1 AS next`, [i])).rows).toEqual([{ next: i + 1 }]);
    const statements = await held();
    expect(statements).toHaveLength(2);
    expect(statements.map((s) => s.statement)).not.toContain(`SELECT $1::int + 1 AS next`);
  });
});

onServer('the API on a PostgreSQL server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  it('answers repeated requests the same from prepared statements', async () => {
    const query = `query { initiatives(limit: 5, sort: { field: CODE, direction: ASC }) {
      totalCount nodes { id code owner { name } participants { role organisation { name } } } } }`;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await t.gql(query));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(answers[0].data);
    }
    // The statements the requests repeated (the session check, the page) are held by the connections of
    // the API's pool that ran them.
    const pool = (t.db.driver as unknown as { master: { _clients: PoolClient[] } }).master;
    const held = pool._clients.flatMap((client) => Object.values(client.connection.parsedStatements));
    expect(held.some((text) => text.includes('UPDATE sessions'))).toBe(true);
    expect(held.some((text) => text.includes('"initiatives"'))).toBe(true);
  });
});
