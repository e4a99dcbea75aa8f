/**
 * Database migrations from the command line (they also run on every start):
 *   node dist/apps/api/cli/migrate.js show     lists applied and pending migrations
 *   node dist/apps/api/cli/migrate.js run      applies pending migrations
 *   node dist/apps/api/cli/migrate.js revert   reverts the last applied migration (its `down`)
 * Uses DATABASE_URL, or the embedded database in PGLITE_DIR.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const command = process.argv[2] ?? 'show';
if (!['show', 'run', 'revert'].includes(command)) {
  console.error(`Unknown command "${command}": use show, run or revert`);
  process.exit(2);
}
const config = loadConfig();
const db = new DataSource({ ...dataSourceOptions(config.database), migrationsRun: false });
await db.initialize();
try {
  if (command === 'run') {
    const applied = await db.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Nothing to apply');
  } else if (command === 'revert') {
    await db.undoLastMigration({ transaction: 'each' });
    console.log('Reverted the last migration');
  } else {
    const pending = await db.showMigrations();
    const executed: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY id');
    console.log(`Applied: ${executed.map((m) => m.name).join(', ') || 'none'}`);
    console.log(pending ? 'There are pending migrations' : 'No pending migrations');
  }
} finally {
  await db.destroy();
}
