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
import type { PriceIndexImportReportModel } from '../price-index/models/price-index-import-report.model.js';
import { PriceIndexImportService } from '../price-index/price-index-import.service.js';
import { PriceIndexRepository } from '../price-index/price-index.repository.js';
import { runImport } from './run-import.js';

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

await runImport({
  usage: 'Usage: npm run import:cpi -- <file> [--dry-run] [--json]',
  stringOptions: [],
  run: ({ uow, mutations, content, origin }, args) =>
    new PriceIndexImportService(new PriceIndexRepository(uow), mutations).import(null, content, {
      dryRun: args.dryRun,
      origin,
    }),
  describe,
});
