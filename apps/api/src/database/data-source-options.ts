import { Logger } from '@nestjs/common';
import { types as pgTypes } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { pgliteDriver } from './pglite-pool.js';
import { DEFAULT_PREPARED_STATEMENT_POLICY, preparingClient } from './prepared-statements.js';
import { CountingQueryLogger } from './query-counter.js';
import { pgTypeOverrides } from './type-parsers.js';

/** Logged the first time each cap of the prepared statements is reached (the rest run unnamed). */
function warnCap(what: 'connection' | 'process'): void {
  const { maxPerConnection, maxTexts } = DEFAULT_PREPARED_STATEMENT_POLICY;
  new Logger('Database').warn(
    what === 'connection'
      ? `A connection holds ${maxPerConnection} prepared statements; further texts run unnamed on it`
      : `The process counts ${maxTexts} statement texts, all prepared; new texts run unnamed`,
  );
}

/**
 * One set of options for both databases: a PostgreSQL server when DATABASE_URL is set, otherwise the
 * embedded PGlite. Same entities, same migrations, same code paths; schema changes only by migration.
 */
export function dataSourceOptions(
  database: DatabaseConfig,
  limits: { maxStatementsPerRequest?: number } = {},
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    logger: new CountingQueryLogger({ maxStatements: limits.maxStatementsPerRequest }),
    maxQueryExecutionTime: 1000,
  };
  if (database.type === 'postgres') {
    return {
      ...common,
      url: database.url,
      poolSize: database.poolSize,
      connectTimeoutMS: 5000,
      extra: {
        // Repeated statements parsed and planned once per connection (prepared-statements.ts).
        ...(database.preparedStatements
          ? { Client: preparingClient(DEFAULT_PREPARED_STATEMENT_POLICY, warnCap) }
          : {}),
        types: pgTypeOverrides((oid, format) => pgTypes.getTypeParser(oid, format as 'text' | undefined)),
        // A statement that runs longer than STATEMENT_TIMEOUT_MS is cancelled by the server rather than left
        // hanging (PGlite, single-threaded, cannot cancel: there the statement cap bounds a request). The
        // client gives up 5 s later should the server not answer at all. The export pool has none: COPY
        // streams for as long as the client reads (export-connections.ts).
        statement_timeout: database.statementTimeoutMs,
        query_timeout: database.statementTimeoutMs + 5_000,
      },
    };
  }
  return { ...common, driver: pgliteDriver(database.dataDir), poolSize: 1 };
}
