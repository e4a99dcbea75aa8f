/**
 * Imports consumer price index years (SSB table 03014, annual average, 2015 = 100) from a CSV:
 *   npm run import:cpi -- <file> [--dry-run] [--json]
 * (`npm run build` first). The file has a year column ("year" or "år") and an index column
 * ("cpi_2015_100", as data/reference/cpi.csv, or SSB's "Konsumprisindeks (2015=100)"). Adds or replaces
 * the years in the file only and prints what changed and the lines left out; --dry-run stores nothing.
 * Uses DATABASE_URL, or the embedded database in PGLITE_DIR: stop the server first when it uses the same
 * embedded database. Audited as SYSTEM. Exit code 0 on success, 1 when the file is refused, 2 on a usage
 * mistake.
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { AppError } from '../common/errors.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import type { PriceIndexImportReportModel } from '../price-index/models/price-index-import-report.model.js';
import { PriceIndexImportService } from '../price-index/price-index-import.service.js';
import { PriceIndexRepository } from '../price-index/price-index.repository.js';

const USAGE = 'Usage: npm run import:cpi -- <file> [--dry-run] [--json]';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function describe(report: PriceIndexImportReportModel): string {
  const lines = [
    `${report.dryRun ? 'Dry run (nothing stored)' : 'Imported'}: consumer price index — ${report.source}`,
    `  lines read: ${report.rows}; added: ${report.added}, changed: ${report.changed}, unchanged: ${report.unchanged}`,
  ];
  for (const change of report.changes)
    lines.push(`    ${change.year}: ${change.before ?? '(none)'} → ${change.after}`);
  for (const problem of report.problems)
    lines.push(`  ${problem.line === null ? 'file' : `line ${problem.line}`}: ${problem.message}`);
  return lines.join('\n');
}

function readArguments(): { file: string; dryRun: boolean; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) usage('Name the file');
  if (extra.length) usage(`Only one file, please (got ${parsed.positionals.join(', ')})`);
  if (!existsSync(file)) usage(`No such file: ${file}`);
  return { file, dryRun: parsed.values['dry-run'] ?? false, json: parsed.values.json ?? false };
}

const args = readArguments();
Logger.overrideLogger(['fatal', 'error', 'warn']);
if (existsSync('.env')) process.loadEnvFile('.env');
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const db = new DataSource(dataSourceOptions(config.database));
await db.initialize();
try {
  const uow = new UnitOfWork(db);
  const service = new PriceIndexImportService(
    new PriceIndexRepository(uow),
    new Mutations(uow, new AuditRepository(uow)),
  );
  const report = await service.import(null, readFileSync(args.file, 'utf8'), {
    dryRun: args.dryRun,
    origin: `file ${basename(args.file)}`,
  });
  console.log(args.json ? JSON.stringify(report, null, 2) : describe(report));
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(`Not imported: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
