import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';

interface QueryStats {
  count: number;
}

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
 */
export class CountingQueryLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');

  constructor(private readonly slowQueryMs = 1000) {}

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const stats = storage.getStore();
    if (stats) stats.count++;
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
