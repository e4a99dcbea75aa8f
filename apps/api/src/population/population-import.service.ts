import { Injectable } from '@nestjs/common';
import { LIMITS, Role, canManageReferenceData, isYearIn, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import type { AuditChange } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, badInput, forbidden } from '../common/errors.js';
import { todayInNorway } from '../common/today.js';
import type { PopulationChangeModel } from './models/population-change.model.js';
import type { PopulationImportMunicipalityModel } from './models/population-import-municipality.model.js';
import type { PopulationImportReportModel } from './models/population-import-report.model.js';
import { type ParsedPopulation, parsePopulationCsv } from './population-import.parser.js';
import { type MunicipalityRow, PopulationRepository } from './population.repository.js';

/** Larger than a year of table 07459 broken down by sex and single years of age (about 3 MB). */
export const MAX_CSV_LENGTH = 20_000_000;

export interface PopulationImportOptions {
  dryRun?: boolean;
  /** Where the file came from, added to the stored source (e.g. the file name). */
  origin?: string;
}

/**
 * Imports population figures (1 January of a year) for the municipalities from Statistics Norway's
 * table 07459: parses the file, matches municipality numbers with the reference data and stores the
 * year's figure of every matched municipality — added, or replaced — in one transaction with an audit
 * event. Other years are never touched; municipalities absent from the file keep what they had. A dry
 * run reports the same without storing anything. Serves the `importPopulation` mutation and the
 * `import:population` command (which acts as SYSTEM, actor null).
 */
@Injectable()
export class PopulationImportService {
  constructor(
    private readonly populations: PopulationRepository,
    private readonly mutations: Mutations,
  ) {}

  async import(
    actor: Actor | null,
    csv: string,
    year: number,
    options: PopulationImportOptions = {},
  ): Promise<PopulationImportReportModel> {
    const dryRun = options.dryRun ?? false;
    new InputProblems()
      .check(
        'year',
        isYearIn(year, LIMITS.populationYear)
          ? null
          : msg('YEAR_BETWEEN', { ...LIMITS.populationYear, got: String(year) }),
      )
      .check(
        'csv',
        csv.length > MAX_CSV_LENGTH ? msg('CSV_TOO_LONG', { length: csv.length, max: MAX_CSV_LENGTH }) : null,
      )
      .throwIfAny();
    const parsed = parsePopulationCsv(csv, year);
    const source = `SSB table 07459${options.origin ? `, ${options.origin}` : ''}, imported ${todayInNorway()}`;

    return this.mutations.mutate(actor, {
      load: async () => {
        const municipalities = await this.populations.municipalities();
        // Locked for the import, so a parallel import of the same year waits (not for a dry run).
        const current = await this.populations.municipalFigures(year, !dryRun);
        return reportOf(parsed, municipalities, current, { year, dryRun, source });
      },
      authorise: ({ report, unknown }) => {
        // Administrators (the guard checks the role first, with the same words); null: the command line.
        if (actor && !canManageReferenceData(actor))
          throw forbidden(msg('NEEDS_ROLE', { roles: [Role.ADMIN] }));
        if (!report.matched)
          throw badInput('csv', msg('CSV_NO_FIGURE', { year, unknown: unknown.slice(0, 10) }));
      },
      apply: async ({ report }) => {
        if (!dryRun && report.changes.length)
          await this.populations.upsertFigures(
            year,
            source,
            report.changes.map((change) => ({ organisationId: change.organisationId, value: change.after })),
          );
        return report;
      },
      audit: (_state, report) => (dryRun ? null : auditOf(report)),
    });
  }
}

/**
 * What the import would do: each figure of the file matched with a municipality by number, compared with
 * the year's stored figure (added, changed or unchanged), and what the file lacks.
 */
function reportOf(
  parsed: ParsedPopulation,
  municipalities: MunicipalityRow[],
  current: Map<string, number>,
  { year, dryRun, source }: { year: number; dryRun: boolean; source: string },
): { report: PopulationImportReportModel; unknown: string[] } {
  const byNumber = new Map(municipalities.map((m) => [m.municipality_number, m]));
  const changes: PopulationChangeModel[] = [];
  const unknown: string[] = [];
  const found = new Set<string>();
  let unchanged = 0;
  for (const figure of parsed.figures) {
    const municipality = byNumber.get(figure.municipalityNumber);
    if (!municipality) {
      unknown.push(figure.municipalityNumber);
      continue;
    }
    found.add(municipality.id);
    const before = current.get(municipality.id);
    if (before === figure.value) {
      unchanged++;
      continue;
    }
    changes.push({
      organisationId: municipality.id,
      municipalityNumber: municipality.municipality_number,
      name: municipality.name,
      before: before ?? null,
      after: figure.value,
    });
  }
  const problems = [...parsed.problems];
  for (const gap of parsed.gaps) {
    // A number Gevinst does not know without a figure is one of SSB's former municipalities: ignored.
    if (byNumber.has(gap.municipalityNumber))
      problems.push({
        line: gap.line,
        message: `${gap.municipalityNumber} ${gap.name}: ${gap.reason} for ${year}: not imported`,
      });
  }
  const missing: PopulationImportMunicipalityModel[] = municipalities
    .filter((m) => !found.has(m.id))
    .map((m) => ({ organisationId: m.id, municipalityNumber: m.municipality_number, name: m.name }));
  const report: PopulationImportReportModel = {
    year,
    dryRun,
    source,
    rows: parsed.rows,
    matched: found.size,
    added: changes.filter((change) => change.before === null).length,
    changed: changes.filter((change) => change.before !== null).length,
    unchanged,
    changes,
    unknownMunicipalityNumbers: unknown,
    missingMunicipalities: missing,
    problems,
  };
  return { report, unknown };
}

/** The import's audit event: the figures it replaced and the ones it stored. */
function auditOf(report: PopulationImportReportModel): AuditChange {
  const { changes, year, source } = report;
  return {
    operation: 'importPopulation',
    entityType: 'OrganisationPopulation',
    entityId: `municipalities:${year}`,
    ownerOrganisationId: null,
    before: {
      year,
      figures: changes
        .filter((change) => change.before !== null)
        .map((change) => ({ municipalityNumber: change.municipalityNumber, value: change.before })),
    },
    after: {
      year,
      source,
      rows: report.rows,
      matched: report.matched,
      added: report.added,
      changed: report.changed,
      unchanged: report.unchanged,
      figures: changes.map((change) => ({
        municipalityNumber: change.municipalityNumber,
        value: change.after,
      })),
      unknownMunicipalityNumbers: report.unknownMunicipalityNumbers,
      missingMunicipalityNumbers: report.missingMunicipalities.map((m) => m.municipalityNumber),
    },
  };
}
