import { types as pgTypes } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { pgliteDriver } from './pglite-pool.js';
import { CountingQueryLogger } from './query-counter.js';
import { pgTypeOverrides } from './type-parsers.js';

/**
 * One set of options for both databases: a PostgreSQL server when DATABASE_URL is set, otherwise the
 * embedded PGlite. Same entities, same migrations, same code paths; schema changes only by migration.
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    logger: new CountingQueryLogger(),
    maxQueryExecutionTime: 1000,
  };
  if (database.type === 'postgres') {
    return {
      ...common,
      url: database.url,
      poolSize: database.poolSize,
      connectTimeoutMS: 5000,
      extra: {
        types: pgTypeOverrides((oid, format) => pgTypes.getTypeParser(oid, format as 'text' | undefined)),
        // A statement that runs longer than this is cancelled rather than left hanging.
        statement_timeout: 30_000,
        query_timeout: 35_000,
      },
    };
  }
  return { ...common, driver: pgliteDriver(database.dataDir), poolSize: 1 };
}
