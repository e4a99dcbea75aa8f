import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './app-config.js';

describe('configuration', () => {
  it('defaults to the embedded database in ./.data/pglite with demo mode on, port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ type: 'pglite', dataDir: './.data/pglite' });
    expect(config.demo).toBe(true);
  });

  it('uses the server in DATABASE_URL, with demo mode off unless asked for', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/gevinst' });
    expect(config.database).toMatchObject({ type: 'postgres', url: 'postgres://u:p@localhost:5432/gevinst' });
    expect(config.demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', GEVINST_DEMO: 'true' }).demo).toBe(true);
  });

  it('refuses bad values and names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', GEVINST_DEMO: 'maybe' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgres/);
    }
  });

  it('runs one process per core on a PostgreSQL server, WEB_CONCURRENCY where given, always 1 on PGlite', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db' }).processes).toBe(availableParallelism());
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', WEB_CONCURRENCY: '3' }).processes).toBe(3);
    expect(loadConfig({ WEB_CONCURRENCY: '3' }).processes).toBe(1);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://h/db', WEB_CONCURRENCY: '0' })).toThrow(
      /WEB_CONCURRENCY/,
    );
  });

  it('compiles repeated queries unless GRAPHQL_COMPILED_EXECUTION=false', () => {
    expect(loadConfig({}).compiledExecution).toBe(true);
    expect(loadConfig({ GRAPHQL_COMPILED_EXECUTION: 'false' }).compiledExecution).toBe(false);
    expect(() => loadConfig({ GRAPHQL_COMPILED_EXECUTION: 'sometimes' })).toThrow(
      /GRAPHQL_COMPILED_EXECUTION/,
    );
  });

  it('records deprecated-field usage by default every 30 s for 400 days, and refuses values out of range', () => {
    expect(loadConfig({}).deprecatedUsage).toEqual({ recording: true, flushSeconds: 30, retentionDays: 400 });
    expect(
      loadConfig({
        DEPRECATED_USAGE_RECORDING: 'false',
        DEPRECATED_USAGE_FLUSH_SECONDS: '5',
        DEPRECATED_USAGE_RETENTION_DAYS: '30',
      }).deprecatedUsage,
    ).toEqual({ recording: false, flushSeconds: 5, retentionDays: 30 });
    expect(() => loadConfig({ DEPRECATED_USAGE_FLUSH_SECONDS: '0' })).toThrow(
      /DEPRECATED_USAGE_FLUSH_SECONDS/,
    );
    expect(() => loadConfig({ DEPRECATED_USAGE_RETENTION_DAYS: 'forever' })).toThrow(
      /DEPRECATED_USAGE_RETENTION_DAYS/,
    );
  });
});
