import { Injectable } from '@nestjs/common';
import { Role, canManageReferenceData, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import type { AuditChange } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, badInput, forbidden } from '../common/errors.js';
import { todayInNorway } from '../common/today.js';
import type { PriceIndexImportReportModel } from './models/price-index-import-report.model.js';
import { normalise, parsePriceIndexCsv } from './price-index-import.parser.js';
import { PriceIndexRepository } from './price-index.repository.js';

/** A price index file has a line a year: far less than this. */
export const MAX_CPI_CSV_LENGTH = 1_000_000;

export interface PriceIndexImportOptions {
  dryRun?: boolean;
  /** Where the file came from, added to the stored source (e.g. the file name). */
  origin?: string;
}

/**
 * Imports consumer price index years (SSB table 03014, annual average, 2015 = 100) — the same shape as the
 * population import: the file is parsed and checked, every usable year is added or replaced in one
 * transaction with one audit event (before/after), lines with problems are reported and left out, years
 * not in the file keep what they had, and a dry run reports the same without storing or auditing anything.
 * Serves the `importPriceIndex` mutation (administrators) and `npm run import:cpi` (SYSTEM, actor null).
 */
@Injectable()
export class PriceIndexImportService {
  constructor(
    private readonly index: PriceIndexRepository,
    private readonly mutations: Mutations,
  ) {}

  async import(
    actor: Actor | null,
    csv: string,
    options: PriceIndexImportOptions = {},
  ): Promise<PriceIndexImportReportModel> {
    const dryRun = options.dryRun ?? false;
    new InputProblems()
      .check(
        'csv',
        csv.length > MAX_CPI_CSV_LENGTH
          ? msg('CSV_TOO_LONG', { length: csv.length, max: MAX_CPI_CSV_LENGTH })
          : null,
      )
      .throwIfAny();
    const source = `SSB table 03014${options.origin ? `, ${options.origin}` : ''}, imported ${todayInNorway()}`;

    return this.mutations.mutate(actor, {
      load: async () => {
        // Administrators (the guard checks the role first, with the same words); null: the command line.
        if (actor && !canManageReferenceData(actor)) return null;
        const parsed = parsePriceIndexCsv(csv);
        const current = new Map((await this.index.all(!dryRun)).map((row) => [row.year, row.value]));
        const changes = parsed.years
          .filter((entry) => current.get(entry.year) !== entry.value)
          .map((entry) => ({
            year: entry.year,
            before: current.get(entry.year) ?? null,
            after: entry.value,
          }));
        const report: PriceIndexImportReportModel = {
          dryRun,
          source,
          rows: parsed.rows,
          added: changes.filter((change) => change.before === null).length,
          changed: changes.filter((change) => change.before !== null).length,
          unchanged: parsed.years.length - changes.length,
          changes,
          problems: parsed.problems.map(({ line, message }) => ({ line, message })),
        };
        return { report, usable: parsed.years.length };
      },
      authorise: (state) => {
        if (state === null) throw forbidden(msg('NEEDS_ROLE', { roles: [Role.ADMIN] }));
        if (state.usable === 0) throw badInput('csv', msg('CPI_NO_YEAR'));
      },
      apply: async (state) => {
        const { report } = state!;
        if (!dryRun && report.changes.length)
          await this.index.upsert(
            source,
            report.changes.map((change) => ({ year: change.year, value: normalise(change.after) })),
          );
        return report;
      },
      audit: (_state, report) => (dryRun || report.changes.length === 0 ? null : auditOf(report)),
    });
  }
}

/** The import's audit event: the years it replaced and the ones it stored. */
function auditOf(report: PriceIndexImportReportModel): AuditChange {
  return {
    operation: 'importPriceIndex',
    entityType: 'PriceIndex',
    entityId: 'price-index',
    ownerOrganisationId: null,
    before: {
      years: report.changes
        .filter((change) => change.before !== null)
        .map((change) => ({ year: change.year, value: change.before })),
    },
    after: {
      source: report.source,
      rows: report.rows,
      added: report.added,
      changed: report.changed,
      unchanged: report.unchanged,
      years: report.changes.map((change) => ({ year: change.year, value: change.after })),
    },
  };
}
