/**
 * Imports the municipalities' population for one year from Statistics Norway's table 07459 (CSV):
 *   npm run import:population -- <file> --year <year> [--dry-run] [--json]
 * (`npm run build` first). Adds or replaces that year's figures only and prints what changed, unknown
 * municipality numbers and municipalities missing from the file; --dry-run stores nothing. Uses
 * DATABASE_URL, or the embedded database in PGLITE_DIR: stop the server first when it uses the same
 * embedded database (only one process may open it). Audited as SYSTEM. Exit code 0 on success,
 * 1 when the file or the year is refused, 2 on a usage mistake.
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { AppError } from '../common/errors.js';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import type { PopulationImportReportModel } from '../population/models/population-import-report.model.js';
import { PopulationImportService } from '../population/population-import.service.js';
import { PopulationRepository } from '../population/population.repository.js';

const USAGE = 'Usage: npm run import:population -- <file> --year <year> [--dry-run] [--json]';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function describe(report: PopulationImportReportModel): string {
  const lines = [
    `${report.dryRun ? 'Dry run (nothing stored)' : 'Imported'}: population 1 January ${report.year} — ${report.source}`,
    `  rows read for ${report.year}: ${report.rows}; municipalities matched: ${report.matched}`,
    `  added: ${report.added}, changed: ${report.changed}, unchanged: ${report.unchanged}`,
  ];
  for (const change of report.changes)
    lines.push(
      `    ${change.municipalityNumber} ${change.name}: ${change.before ?? '(none)'} → ${change.after}`,
    );
  if (report.unknownMunicipalityNumbers.length)
    lines.push(
      `  unknown municipality numbers (not imported): ${report.unknownMunicipalityNumbers.join(', ')}`,
    );
  if (report.missingMunicipalities.length)
    lines.push(
      `  municipalities without a figure in the file (${report.missingMunicipalities.length}, left as they were): ` +
        report.missingMunicipalities.map((m) => `${m.municipalityNumber} ${m.name}`).join(', '),
    );
  for (const problem of report.problems)
    lines.push(`  ${problem.line === null ? 'file' : `line ${problem.line}`}: ${problem.message}`);
  return lines.join('\n');
}

function readArguments(): { file: string; year: number; dryRun: boolean; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { year: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) usage('Name the file');
  if (extra.length) usage(`Only one file, please (got ${parsed.positionals.join(', ')})`);
  const year = parsed.values.year;
  if (!year || !/^\d{4}$/.test(year)) usage('--year must be a year such as 2025');
  if (!existsSync(file)) usage(`No such file: ${file}`);
  return {
    file,
    year: Number(year),
    dryRun: parsed.values['dry-run'] ?? false,
    json: parsed.values.json ?? false,
  };
}

const args = readArguments();
// The report goes to stdout; only warnings and errors from the database layer go to stderr.
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
  const service = new PopulationImportService(
    new PopulationRepository(uow),
    new Mutations(uow, new AuditRepository(uow)),
  );
  const report = await service.import(null, readFileSync(args.file, 'utf8'), args.year, {
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
