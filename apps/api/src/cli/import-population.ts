/**
 * Imports the municipalities' population for one year from Statistics Norway's table 07459 (CSV):
 *   npm run import:population -- <file> --year <year> [--dry-run] [--json]
 * (`npm run build` first). Adds or replaces that year's figures only and prints what changed, unknown
 * municipality numbers and municipalities missing from the file; --dry-run stores nothing. Uses
 * DATABASE_URL, or the embedded database in PGLITE_DIR: stop the server first when it uses the same
 * embedded database (only one process may open it). Audited as SYSTEM. Exit code 0 on success,
 * 1 when the file or the year is refused, 2 on a usage mistake.
 */
import type { PopulationImportReportModel } from '../population/models/population-import-report.model.js';
import { PopulationImportService } from '../population/population-import.service.js';
import { PopulationRepository } from '../population/population.repository.js';
import { runImport } from './run-import.js';

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

await runImport({
  usage: 'Usage: npm run import:population -- <file> --year <year> [--dry-run] [--json]',
  stringOptions: ['year'],
  checkOptions: ({ year }) => (year && /^\d{4}$/.test(year) ? null : '--year must be a year such as 2025'),
  run: ({ uow, mutations, content, origin }, args) =>
    new PopulationImportService(new PopulationRepository(uow), mutations).import(
      null,
      content,
      Number(args.options.year),
      { dryRun: args.dryRun, origin },
    ),
  describe,
});
