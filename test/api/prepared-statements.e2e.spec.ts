import { jest } from '@jest/globals';
import pg from 'pg';
import {
  DEFAULT_PREPARED_STATEMENT_POLICY,
  type PreparedStatementPolicy,
  preparingClient,
} from '../../apps/api/src/database/prepared-statements.js';
import { type TestApp, startTestApp } from './support/test-app.js';

interface Connection {
  parsedStatements: Record<string, string>;
  parse(message: { name?: string; text: string }): void;
}

/**
 * Repeated statements with parameters run as named prepared statements on a PostgreSQL server
 * (apps/api/src/database/prepared-statements.ts): parsed and planned once per connection, the answers the
 * same as unnamed. The embedded database has no such protocol state, so this runs on a server only.
 */
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('named prepared statements on a PostgreSQL server', () => {
  const pools: pg.Pool[] = [];
  const clients: pg.PoolClient[] = [];
  const caps: string[] = [];

  /** One connection of its own (pool.query would drop a connection whose statement failed). */
  async function connection(policy: Partial<PreparedStatementPolicy> = {}): Promise<pg.PoolClient> {
    const pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 1,
      Client: preparingClient({ ...DEFAULT_PREPARED_STATEMENT_POLICY, minUses: 2, ...policy }, (what) =>
        caps.push(what),
      ),
    });
    pools.push(pool);
    const client = await pool.connect();
    clients.push(client);
    return client;
  }
  afterAll(async () => {
    for (const client of clients) client.release();
    await Promise.all(pools.map((pool) => pool.end()));
  });

  /** The statements the connection holds. */
  async function held(client: pg.PoolClient): Promise<{ name: string; statement: string }[]> {
    const { rows } = await client.query<{ name: string; statement: string }>(
      `SELECT name, statement FROM pg_prepared_statements ORDER BY prepare_time`,
    );
    return rows;
  }
  const connectionOf = (client: pg.PoolClient) =>
    (client as unknown as { connection: Connection }).connection;

  it('prepares a text with parameters at its second use and answers as before', async () => {
    const client = await connection();
    const text = `SELECT $1::int * 2 AS doubled, $2::text AS label`;
    const first = await client.query(text, [21, 'a']);
    expect(await held(client)).toEqual([]);
    const second = await client.query(text, [4, 'b']);
    const third = await client.query(text, [5, 'c']);
    expect([first.rows, second.rows, third.rows]).toEqual([
      [{ doubled: 42, label: 'a' }],
      [{ doubled: 8, label: 'b' }],
      [{ doubled: 10, label: 'c' }],
    ]);
    expect(third.fields.map((f) => f.name)).toEqual(['doubled', 'label']);
    const statements = await held(client);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ name: expect.stringMatching(/^gevinst_\d+$/), statement: text });
  });

  it('never prepares a text without parameters (it may hold several commands)', async () => {
    const client = await connection();
    for (let i = 0; i < 3; i++) await client.query(`SELECT 1; SELECT 2`);
    expect(await held(client)).toEqual([]);
  });

  it('answers through a callback as through a promise', async () => {
    const client = await connection();
    const text = `SELECT $1::int + 1 AS next`;
    for (let i = 0; i < 3; i++) {
      const rows = await new Promise((resolve, reject) =>
        client.query(text, [i], (error, result) => (error ? reject(error) : resolve(result.rows))),
      );
      expect(rows).toEqual([{ next: i + 1 }]);
    }
    expect((await held(client)).map((s) => s.statement)).toEqual([text]);
  });

  it('keeps a statement through a rollback and after a failed execution', async () => {
    const client = await connection();
    const text = `SELECT 10 / $1::int AS q`;
    await client.query(text, [1]);
    await client.query('BEGIN');
    await client.query(text, [2]);
    await client.query('ROLLBACK');
    await expect(client.query(text, [0])).rejects.toThrow(/division by zero/);
    expect((await client.query(text, [5])).rows).toEqual([{ q: 2 }]);
    expect((await held(client)).map((s) => s.statement)).toEqual([text]);
  });

  it('sends a statement that failed to parse again, and fails as an unnamed one would', async () => {
    const client = await connection();
    const parse = jest.spyOn(connectionOf(client), 'parse');
    const text = `SELECT $1::int FROM no_such_table`;
    for (let i = 0; i < 4; i++) await expect(client.query(text, [1])).rejects.toThrow(/no_such_table/);
    // Named from the second use: each of the three named attempts sent its parse again.
    const named = parse.mock.calls.filter(([message]) => message.text === text && message.name);
    expect(named).toHaveLength(3);
    expect(await held(client)).toEqual([]);
    expect((await client.query(`SELECT $1::int AS one`, [1])).rows).toEqual([{ one: 1 }]);
  });

  it('frees the slot of a statement whose parse failed', async () => {
    const client = await connection({ maxPerConnection: 1 });
    for (let i = 0; i < 3; i++)
      await expect(client.query(`SELECT $1::int FROM no_such_table`, [1])).rejects.toThrow(/no_such_table/);
    for (let i = 0; i < 3; i++) await client.query(`SELECT $1::int AS b`, [i]);
    expect((await held(client)).map((s) => s.statement)).toEqual([`SELECT $1::int AS b`]);
  });

  it('runs texts beyond maxPerConnection unnamed, with the same answers, and says so', async () => {
    const client = await connection({ maxPerConnection: 1 });
    for (let i = 0; i < 3; i++) await client.query(`SELECT $1::int AS a`, [i]);
    for (let i = 0; i < 3; i++)
      expect((await client.query(`SELECT $1::int + 1 AS next`, [i])).rows).toEqual([{ next: i + 1 }]);
    expect((await held(client)).map((s) => s.statement)).toEqual([`SELECT $1::int AS a`]);
    expect(caps).toContain('connection');
  });

  it('fails once when a table change alters a statement’s result type, then answers unnamed', async () => {
    const client = await connection();
    await client.query(`CREATE TEMPORARY TABLE changing (a int)`);
    await client.query(`INSERT INTO changing VALUES (7)`);
    const text = `SELECT * FROM changing WHERE $1::int = 1`;
    for (let i = 0; i < 3; i++) expect((await client.query(text, [1])).rows).toEqual([{ a: 7 }]);
    await client.query(`ALTER TABLE changing ALTER COLUMN a TYPE text`);
    await expect(client.query(text, [1])).rejects.toThrow(/cached plan must not change result type/);
    for (let i = 0; i < 2; i++) expect((await client.query(text, [1])).rows).toEqual([{ a: '7' }]);
  });

  it('answers a text again after a parameter could not be converted', async () => {
    const client = await connection();
    const text = `SELECT $1::text AS value`;
    for (let i = 0; i < 3; i++) await client.query(text, ['x']);
    const unconvertible = {
      toPostgres() {
        throw new Error('cannot convert');
      },
    };
    await expect(client.query(text, [unconvertible])).rejects.toThrow(/cannot convert/);
    for (let i = 0; i < 2; i++) expect((await client.query(text, ['y'])).rows).toEqual([{ value: 'y' }]);
    // The same through a callback.
    const other = `SELECT $1::text AS other`;
    for (let i = 0; i < 3; i++) await client.query(other, ['x']);
    const error = await new Promise<Error | null>((resolve) =>
      client.query(other, [unconvertible], (e: Error | null) => resolve(e)),
    );
    expect(error?.message).toMatch(/cannot convert/);
    for (let i = 0; i < 2; i++) expect((await client.query(other, ['z'])).rows).toEqual([{ other: 'z' }]);
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
    for (let i = 0; i < 5; i++) answers.push(await t.gql(query));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(answers[0].data);
    }
    // The statements the requests repeated (the session check, the page) are held by the connections of
    // the API's pool that ran them.
    const pool = (t.db.driver as unknown as { master: { _clients: { connection: Connection }[] } }).master;
    const held = pool._clients.flatMap((client) => Object.values(client.connection.parsedStatements));
    expect(held.some((text) => text.includes('UPDATE sessions'))).toBe(true);
    expect(held.some((text) => text.includes('"initiatives"'))).toBe(true);
  });
});
