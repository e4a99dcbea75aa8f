import { PGlitePool, asPgResult } from './pglite-pool.js';

describe('PGlite pool adapter', () => {
  it('reports the command and affected rows as pg does', () => {
    expect(asPgResult('  update x set a = 1', { rows: [], fields: [], affectedRows: 3 })).toMatchObject({
      command: 'UPDATE',
      rowCount: 3,
    });
    expect(asPgResult('SELECT 1', { rows: [{ a: 1 }], fields: [] })).toMatchObject({
      command: 'SELECT',
      rowCount: 1,
    });
  });

  it('lends its one connection to one caller at a time, so transactions never interleave', async () => {
    const pool = new PGlitePool('memory://');
    await pool.query('CREATE TABLE t (n int)');
    const connect = () =>
      new Promise<() => void>((resolve, reject) =>
        pool.connect((error, _client, release) => (error ? reject(error) : resolve(release))),
      );
    const order: string[] = [];
    const releaseFirst = await connect();
    await pool.query('BEGIN');
    await pool.query('INSERT INTO t VALUES (1)');
    const second = connect().then((release) => {
      order.push('second acquired');
      return release;
    });
    await new Promise((r) => setTimeout(r, 20));
    order.push('first rolls back');
    await pool.query('ROLLBACK');
    releaseFirst();
    const releaseSecond = await second;
    const rows = (await pool.query('SELECT count(*)::int AS n FROM t')).rows as { n: number }[];
    releaseSecond();
    expect(order).toEqual(['first rolls back', 'second acquired']);
    expect(rows[0].n).toBe(0);
    // Types come back as from pg: numeric, bigint and date as strings.
    const typed = (await pool.query(`SELECT 1.50::numeric AS a, 5::int8 AS b, DATE '2024-01-01' AS c`))
      .rows[0];
    expect(typed).toEqual({ a: '1.50', b: '5', c: '2024-01-01' });
    await pool.end();
  });
});
