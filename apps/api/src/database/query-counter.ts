import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as NestLogger } from '@nestjs/common';
import { msg } from '@gevinst/domain';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { edgeError } from '../common/edge-error.js';

interface QueryStats {
  count: number;
}

/** Transaction control is counted but never refused, so that a refused request can still roll back. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

const storage = new AsyncLocalStorage<QueryStats>();

/** Counts the SQL statements issued while `fn` (and everything it awaits) runs. */
export function withQueryCount<T>(fn: () => T): T {
  return storage.run({ count: 0 }, fn);
}

/** The number of statements issued so far in the current request, or undefined outside one. */
export function currentQueryCount(): number | undefined {
  return storage.getStore()?.count;
}

/**
 * TypeORM logger that counts statements per request (for the `X-Query-Count` header used by tests and
 * benchmarks to prove there is no N+1) and logs slow queries and errors through Nest's logger.
 *
 * With `maxStatements`, it is also the cap on statements per request (MAX_SQL_STATEMENTS_PER_REQUEST):
 * TypeORM calls `logQuery` before it sends a statement, so throwing here stops the statement from being
 * sent; every statement of the request after the cap fails with TOO_COMPLEX (transaction control excepted).
 */
export class CountingQueryLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');
  private readonly slowQueryMs: number;
  private readonly maxStatements: number;

  constructor(options: { slowQueryMs?: number; maxStatements?: number } = {}) {
    this.slowQueryMs = options.slowQueryMs ?? 1000;
    this.maxStatements = options.maxStatements ?? Number.POSITIVE_INFINITY;
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const stats = storage.getStore();
    if (!stats) return;
    stats.count++;
    if (stats.count > this.maxStatements && !TRANSACTION_CONTROL.test(query)) {
      if (stats.count === this.maxStatements + 1) {
        this.logger.warn(`A request reached the cap of ${this.maxStatements} SQL statements and was stopped`);
      }
      throw edgeError('TOO_COMPLEX', msg('TOO_MANY_STATEMENTS'), {
        maxStatements: this.maxStatements,
        http: { status: 400 },
      });
    }
  }

  logQueryError(error: string | Error, query: string): void {
    const message = typeof error === 'string' ? error : error.message;
    this.logger.warn(`Query failed: ${message} — ${truncate(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    if (time >= this.slowQueryMs) this.logger.warn(`Slow query (${time} ms): ${truncate(query)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}

function truncate(query: string): string {
  return query.length > 300 ? `${query.slice(0, 300)}…` : query;
}
