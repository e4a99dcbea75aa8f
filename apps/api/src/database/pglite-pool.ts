import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite, type Results } from '@electric-sql/pglite';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { TYPE_OIDS } from './type-parsers.js';

type Callback<T> = (error: Error | null, result: T) => void;

/** What TypeORM's postgres driver reads from a `pg` query result. */
export interface PgLikeResult {
  command: string;
  rowCount: number;
  rows: unknown[];
  fields: Results['fields'];
}

/**
 * PGlite reports no command tag or `rowCount`, which TypeORM reads to report affected rows (optimistic
 * locking depends on it). Adds them so both drivers behave alike.
 */
export function asPgResult(sql: string, result: Results): PgLikeResult {
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return {
    command,
    rowCount: result.affectedRows ?? result.rows.length,
    rows: result.rows,
    fields: result.fields,
  };
}

/**
 * A `pg.Pool` look-alike over one embedded PGlite database, for TypeORM's postgres driver.
 *
 * PGlite is a single connection. The pool lends it to one query runner at a time (like a `pg` pool of
 * size one), so concurrent transactions never interleave their statements: a BEGIN from one request and
 * an INSERT from another cannot end up in the same transaction, and a rollback undoes only its own work.
 * (The `typeorm-pglite` package hands the one connection to every caller at once and reports no affected
 * rows, which is why Gevinst has this adapter.) Values come back in the same shapes as from `pg`.
 */
export class PGlitePool extends EventEmitter {
  private readonly db: Promise<PGlite>;
  private tail: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    super();
    const inMemory = dataDir.startsWith('memory://');
    const directory = inMemory ? dataDir : resolve(dataDir);
    if (!inMemory) mkdirSync(directory, { recursive: true });
    this.db = PGlite.create({
      dataDir: directory,
      extensions: { uuid_ossp },
      parsers: {
        [TYPE_OIDS.INT8]: (value: string) => value,
        [TYPE_OIDS.NUMERIC]: (value: string) => value,
        [TYPE_OIDS.DATE]: (value: string) => value,
      },
    });
    // Surfaces a failed start on the first connect rather than as an unhandled rejection.
    this.db.catch(() => undefined);
  }

  /** Lends the connection; the caller must call `release` (TypeORM does when its query runner ends). */
  connect(
    callback: (error: Error | null, client: PGlitePool | null, release: (error?: unknown) => void) => void,
  ) {
    let unlock!: () => void;
    const held = new Promise<void>((resolveHeld) => (unlock = resolveHeld));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    previous
      .then(() => this.db)
      .then(
        () => {
          let released = false;
          callback(null, this, () => {
            if (!released) {
              released = true;
              unlock();
            }
          });
        },
        (error: unknown) => {
          unlock();
          callback(error instanceof Error ? error : new Error(String(error)), null, () => undefined);
        },
      );
  }

  /** Runs one statement (with parameters) or a script of statements (without), returning the last result. */
  query(sql: string, parameters?: unknown[] | Callback<PgLikeResult>, callback?: Callback<PgLikeResult>) {
    const cb = typeof parameters === 'function' ? parameters : callback;
    const params = typeof parameters === 'function' ? undefined : parameters;
    const run = async (): Promise<PgLikeResult> => {
      const db = await this.db;
      if (params && params.length) return asPgResult(sql, await db.query(sql, params));
      const results = await db.exec(sql);
      return asPgResult(sql, results[results.length - 1] ?? { rows: [], fields: [] });
    };
    const promise = run();
    if (cb)
      promise.then(
        (result) => cb(null, result),
        (error: Error) => cb(error, undefined as never),
      );
    return promise;
  }

  /** Closes the database (TypeORM calls this on destroy). */
  end(callback?: (error: Error | null) => void): Promise<void> {
    const closing = this.db.then((db) => (db.closed ? undefined : db.close()));
    if (callback)
      closing.then(
        () => callback(null),
        (error: Error) => callback(error),
      );
    return closing;
  }
}

/** The TypeORM `driver` object for an embedded PGlite database in `dataDir` (`memory://` for none). */
export function pgliteDriver(dataDir: string): { Pool: new () => PGlitePool } {
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super(dataDir);
      }
    },
  };
}
