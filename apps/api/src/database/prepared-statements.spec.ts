import pg from 'pg';
import { dataSourceOptions } from './data-source-options.js';
import { StatementNames, unusableAfter } from './prepared-statements.js';

const policy = { minUses: 2, maxTexts: 3, maxPerConnection: 200, maxLength: 40, maxParameters: 4 };

describe('StatementNames', () => {
  it('names a text from its minUses-th use on, always by the same name', () => {
    const names = new StatementNames({ ...policy, minUses: 3 });
    expect(names.nameFor('SELECT $1', 1)).toBeNull();
    expect(names.nameFor('SELECT $1', 1)).toBeNull();
    const name = names.nameFor('SELECT $1', 1);
    expect(name).toMatch(/^gevinst_\d+$/);
    expect(names.nameFor('SELECT $1', 1)).toBe(name);
  });

  it('never gives one name to two texts', () => {
    const names = new StatementNames({ ...policy, minUses: 1 });
    const a = names.nameFor('SELECT $1', 1);
    const b = names.nameFor('SELECT $1::int', 1);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a).not.toBe(b);
  });

  it('leaves texts longer than maxLength, or with more than maxParameters, unnamed and uncounted', () => {
    const names = new StatementNames({ ...policy, minUses: 1 });
    const long = `SELECT $1 ${'x'.repeat(40)}`;
    expect(names.nameFor(long, 1)).toBeNull();
    expect(names.nameFor(long, 1)).toBeNull();
    const list = 'SELECT 1 WHERE 1 IN ($1, $2, $3, $4, $5)';
    expect(names.nameFor(list, 5)).toBeNull();
    expect(names.nameFor(list, 5)).toBeNull();
    expect(names.size).toBe(0);
    expect(names.nameFor('SELECT 1 WHERE 1 IN ($1, $2, $3, $4)', 4)).not.toBeNull();
  });

  it('forgets the unnamed texts when maxTexts are held, and keeps the named ones', () => {
    const names = new StatementNames(policy);
    names.nameFor('A $1', 1);
    const named = names.nameFor('A $1', 1);
    names.nameFor('B $1', 1); // counted once, not named
    names.nameFor('C $1', 1);
    expect(names.size).toBe(3);
    // a fourth text: B and C (unnamed) are forgotten, A keeps its name
    expect(names.nameFor('D $1', 1)).toBeNull();
    expect(names.size).toBe(2);
    expect(names.full).toBe(false);
    expect(names.nameFor('A $1', 1)).toBe(named);
    // B counts from the start again
    expect(names.nameFor('B $1', 1)).toBeNull();
    expect(names.nameFor('B $1', 1)).not.toBeNull();
  });

  it('names no new text once maxTexts are all named, and says so', () => {
    const names = new StatementNames({ ...policy, minUses: 1 });
    for (const text of ['A $1', 'B $1', 'C $1']) expect(names.nameFor(text, 1)).not.toBeNull();
    expect(names.full).toBe(false);
    expect(names.nameFor('D $1', 1)).toBeNull();
    expect(names.nameFor('D $1', 1)).toBeNull();
    expect(names.size).toBe(3);
    expect(names.full).toBe(true);
  });
});

describe('unusableAfter', () => {
  const serverError = (code: string, message: string) => {
    const error = new pg.DatabaseError(message, message.length, 'error');
    error.code = code;
    return error;
  };

  it('gives a statement up after a changed result type, a missing statement, or a failed conversion', () => {
    expect(unusableAfter(serverError('0A000', 'cached plan must not change result type'))).toBe(true);
    // the same error under another lc_messages: known by its routine
    const translated = serverError('0A000', 'zwischengespeicherter Plan darf den Ergebnistyp nicht ändern');
    translated.routine = 'RevalidateCachedQuery';
    expect(unusableAfter(translated)).toBe(true);
    expect(unusableAfter(serverError('26000', 'prepared statement "gevinst_3" does not exist'))).toBe(true);
    expect(unusableAfter(new TypeError('Do not know how to serialize a BigInt'))).toBe(true);
  });

  it('keeps it after the errors of an ordinary execution', () => {
    expect(unusableAfter(serverError('22012', 'division by zero'))).toBe(false);
    expect(unusableAfter(serverError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(unusableAfter(serverError('25P02', 'current transaction is aborted'))).toBe(false);
    expect(unusableAfter(serverError('0A000', 'FOR UPDATE is not allowed with GROUP BY clause'))).toBe(false);
  });
});

describe('DATABASE_PREPARED_STATEMENTS', () => {
  const database = { type: 'postgres' as const, url: 'postgres://u:p@localhost/db', poolSize: 2 };
  const clientOf = (preparedStatements: boolean) =>
    (
      dataSourceOptions({
        ...database,
        preparedStatements,
        statementTimeoutMs: 1000,
        exportCopyStreams: 2,
      }) as {
        extra: { Client?: unknown };
      }
    ).extra.Client;

  it('gives the pool the preparing client when on, and pg’s own when off', () => {
    expect(clientOf(true)).toEqual(expect.any(Function));
    expect(Object.getPrototypeOf(clientOf(true))).toBe(pg.Client);
    expect(clientOf(false)).toBeUndefined();
  });
});
