import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, OrganisationKind, isYearIn, msg } from '@gevinst/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { InputProblems, badInput } from '../common/errors.js';
import { todayInNorway } from '../common/today.js';
import type { PopulationChangeModel } from './models/population-change.model.js';
import type { PopulationImportMunicipalityModel } from './models/population-import-municipality.model.js';
import type { PopulationImportReportModel } from './models/population-import-report.model.js';
import { parsePopulationCsv } from './population-import.parser.js';

/** Larger than a year of table 07459 broken down by sex and single years of age (about 3 MB). */
export const MAX_CSV_LENGTH = 20_000_000;

export interface PopulationImportOptions {
  dryRun?: boolean;
  /** Where the file came from, added to the stored source (e.g. the file name). */
  origin?: string;
}

interface MunicipalityRow {
  id: string;
  municipality_number: string;
  name: string;
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
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

    return this.db.transaction(async (em) => {
      const municipalities = await em.query<MunicipalityRow[]>(
        `SELECT id, municipality_number, name FROM organisations
         WHERE kind = $1 AND municipality_number IS NOT NULL ORDER BY municipality_number`,
        [OrganisationKind.MUNICIPALITY],
      );
      const byNumber = new Map(municipalities.map((m) => [m.municipality_number, m]));
      const current = await this.currentFigures(em, year, dryRun);

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
      if (!found.size) {
        throw badInput('csv', msg('CSV_NO_FIGURE', { year, unknown: unknown.slice(0, 10) }));
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
      if (!dryRun) await this.store(em, actor, report);
      return report;
    });
  }

  /** The year's stored figures of the municipalities, locked for the import unless it is a dry run. */
  private async currentFigures(
    em: EntityManager,
    year: number,
    dryRun: boolean,
  ): Promise<Map<string, number>> {
    const rows = await em.query<{ organisation_id: string; value: number }[]>(
      `SELECT p.organisation_id, p.value FROM organisation_populations p
       JOIN organisations o ON o.id = p.organisation_id
       WHERE p.year = $1 AND o.kind = $2 ${dryRun ? '' : 'FOR UPDATE OF p'}`,
      [year, OrganisationKind.MUNICIPALITY],
    );
    return new Map(rows.map((row) => [row.organisation_id, Number(row.value)]));
  }

  private async store(
    em: EntityManager,
    actor: Actor | null,
    report: PopulationImportReportModel,
  ): Promise<void> {
    const { changes, year, source } = report;
    if (changes.length) {
      await em.query(
        `INSERT INTO organisation_populations (organisation_id, year, value, source)
         SELECT organisation_id, $3::int, value, $4::text FROM unnest($1::uuid[], $2::int[]) AS t(organisation_id, value)
         ON CONFLICT (organisation_id, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
        [changes.map((change) => change.organisationId), changes.map((change) => change.after), year, source],
      );
    }
    await this.audit.record(em, actor, {
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
    });
  }
}
