import { Injectable, Optional } from '@nestjs/common';
import { type CostSharingKeySpec, Role, hasRole, isAdmin, msg } from '@gevinst/domain';
import type { Response } from 'express';
import type { SelectQueryBuilder } from 'typeorm';
import { AllocationQueryService } from '../allocation/allocation-query.service.js';
import type { AllocationLineEntity } from '../allocation/allocation-line.entity.js';
import type { AllocationFilter } from '../allocation/dto/allocation-filter.input.js';
import type { Actor } from '../auth/actor.js';
import { badInput, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { fixedShareIds, writeAllocationWorkbook, type WorkbookAbout } from './allocation-workbook.js';
import { attachmentDisposition, fileNamePart } from './content-disposition.js';
import { AllocationExportRepository } from './allocation-export.repository.js';
import { CSV_DIALECTS, type CsvDialect, type CsvDialectName, csvHeader, csvRecords } from './csv-dialect.js';
import { mergeBlocks } from './block-merge.js';
import { ExportConnections, type ExportLease } from './export-connections.js';
import type { ExportLanguage } from './export-columns.js';
import { runStatusNb } from './export-labels.js';
import { writeChunk } from './write-chunk.js';

/** Lines read per keyset batch: large enough to be quick, small enough to keep memory flat. */
const BATCH_SIZE = 5000;

/** What the filter points at, by name: for the file name and the workbook's notes. */
export interface ExportSubject {
  organisation: { name: string; orgNumber: string } | null;
  initiative: { code: string; name: string } | null;
  run: { id: string; initiativeCode: string; year: number; status: string } | null;
}

export interface PreparedExport {
  actor: Actor;
  filter: AllocationFilter;
  query: SelectQueryBuilder<AllocationLineEntity>;
  subject: ExportSubject;
}

/** Excel's 1 048 576 rows, less the header, the blank row and the totals row. */
export const MAX_XLSX_LINES = 1_048_576 - 3;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Allocation lines as files: the CSV dialects and the workbook. The lines, and who may see which, come
 * from AllocationQueryService (the same rules as the GraphQL `allocations` query); this service names
 * the file, streams the lines batch by batch with backpressure and writes the explanations.
 */
@Injectable()
export class AllocationExportService {
  constructor(
    private readonly exportRepository: AllocationExportRepository,
    private readonly allocationQuery: AllocationQueryService,
    @Optional() private readonly connections?: ExportConnections,
  ) {}

  /**
   * Checks the filter (BAD_USER_INPUT naming the parameter), the caller's right to it (FORBIDDEN) and
   * that the organisation, initiative and run it names exist (NOT_FOUND), before any byte is sent.
   */
  async prepare(actor: Actor, filter: AllocationFilter): Promise<PreparedExport> {
    this.allocationQuery.validateFilter(filter, '');
    const query = await this.allocationQuery.scoped(actor, filter);
    return { actor, filter, query, subject: await this.subjectOf(filter) };
  }

  async writeCsv(res: Response, prepared: PreparedExport, dialectName: CsvDialectName): Promise<void> {
    const dialect = CSV_DIALECTS[dialectName];
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      attachmentDisposition(this.fileName(prepared, dialect.fileBaseName, dialect.language, 'csv')),
    );
    res.setHeader('Cache-Control', 'no-store');
    const lease = await this.connections?.acquire();
    if (lease) return this.copyCsv(res, prepared, dialect, lease);
    // The header goes out with the first batch, so an error in the first query can still be answered
    // with JSON; after that an error aborts the download (see ExportErrorFilter).
    let pending = csvHeader(dialect);
    for await (const batch of this.allocationQuery.exportBatches(prepared.query, BATCH_SIZE)) {
      if (!(await writeChunk(res, pending + csvRecords(batch, dialect)))) return;
      pending = '';
    }
    if (pending && !(await writeChunk(res, pending))) return;
    res.end();
  }

  /**
   * On a PostgreSQL server: the records written by the database and streamed with COPY (see csv-copy.ts),
   * in one snapshot, by one statement or by two on two connections whose blocks are written in id order
   * (mergeBlocks). As with the batches, the header goes out with the first chunk, so an error before any
   * line is answered with JSON.
   */
  private async copyCsv(
    res: Response,
    prepared: PreparedExport,
    dialect: CsvDialect,
    lease: ExportLease,
  ): Promise<void> {
    let pending: Buffer | null = Buffer.from(csvHeader(dialect));
    let reusable = false;
    // A connection that breaks during the export (the server restarts) fails the COPY stream, which pg
    // tells first; pg then also emits 'error' on the client, which must not take the process down.
    for (const connection of lease.connections) connection.on('error', ignoreError);
    try {
      const copy = await this.exportRepository.copyCsvRecords(lease.connections, prepared.query, dialect);
      // Once written (the write's callback), a segment's buffer goes back to be filled again.
      const { output } = copy;
      for await (const { data } of mergeBlocks(copy.streams)) {
        const out = pending ? Buffer.concat([pending, data]) : data;
        if (pending) output.give(data);
        pending = null;
        // A client that went away leaves the COPY unfinished: its connections are closed, not reused.
        if (!(await writeChunk(res, out, () => output.give(out)))) return;
      }
      // Read-only transactions: every line has been read. Should COMMIT fail, the connections are closed
      // and the file is still whole.
      reusable = await copy.finish().then(
        () => true,
        () => false,
      );
      if (pending && !(await writeChunk(res, pending))) return;
      res.end();
    } finally {
      for (const connection of lease.connections) connection.off('error', ignoreError);
      lease.release(!reusable);
    }
  }

  async writeXlsx(res: Response, prepared: PreparedExport): Promise<void> {
    const { totalCount } = await this.allocationQuery.totals(prepared.query);
    if (totalCount > MAX_XLSX_LINES)
      throw badInput(
        'filter',
        msg('TOO_MANY_LINES_FOR_WORKSHEET', { lines: totalCount, max: MAX_XLSX_LINES }),
      );
    res.status(200);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader(
      'Content-Disposition',
      attachmentDisposition(this.fileName(prepared, 'fordeling', 'nb', 'xlsx')),
    );
    res.setHeader('Cache-Control', 'no-store');
    const exportedAt = new Date();
    const finished = await writeAllocationWorkbook(
      res,
      this.allocationQuery.exportBatches(prepared.query, BATCH_SIZE),
      () => this.about(prepared, exportedAt),
    );
    if (!finished && !res.destroyed) res.destroy();
  }

  /** "fordeling_Bergen-964338531_2024.csv", "allocations_DIGIFIN-TEST_2024.csv", "fordeling_alle.xlsx". */
  fileName(prepared: PreparedExport, baseName: string, language: ExportLanguage, extension: string): string {
    const { filter, subject } = prepared;
    const parts = [baseName];
    if (subject.organisation) parts.push(`${subject.organisation.name}-${subject.organisation.orgNumber}`);
    if (subject.initiative) parts.push(subject.initiative.code);
    else if (subject.run) parts.push(subject.run.initiativeCode);
    if (subject.run) parts.push(`${language === 'nb' ? 'kjoring' : 'run'}-${subject.run.id.slice(0, 8)}`);
    if (!subject.organisation && !subject.initiative && !subject.run)
      parts.push(language === 'nb' ? 'alle' : 'all');
    const year = filter.year ?? subject.run?.year;
    if (year !== undefined && year !== null) parts.push(String(year));
    if (filter.includeSuperseded && !subject.run)
      parts.push(language === 'nb' ? 'med-erstattede' : 'with-superseded');
    return `${parts.map(fileNamePart).filter(Boolean).join('_')}.${extension}`;
  }

  private async subjectOf(filter: AllocationFilter): Promise<ExportSubject> {
    const subject: ExportSubject = { organisation: null, initiative: null, run: null };
    if (filter.organisationId) {
      const row = await this.exportRepository.organisation(filter.organisationId);
      if (!row) throw notFoundField('organisationId', 'Organisation', filter.organisationId);
      subject.organisation = { name: row.name, orgNumber: row.org_number };
    }
    if (filter.initiativeId) {
      const row = await this.exportRepository.initiative(filter.initiativeId);
      if (!row) throw notFoundField('initiativeId', 'Initiative', filter.initiativeId);
      subject.initiative = { code: row.code, name: row.name };
    }
    if (filter.runId) {
      const row = await this.exportRepository.run(filter.runId);
      if (!row) throw notFoundField('runId', 'Allocation run', filter.runId);
      subject.run = { id: row.id, initiativeCode: row.code, year: Number(row.year), status: row.status };
    }
    return subject;
  }

  private async about(prepared: PreparedExport, exportedAt: Date): Promise<WorkbookAbout> {
    const { actor, filter, subject } = prepared;
    const organisationName = await this.exportRepository.organisationName(actor.organisationId);
    const via = actor.kind === 'API_TOKEN' ? ', med API-token' : '';
    const runs = await this.allocationQuery.exportRuns(prepared.query);
    const shareIds = new Set<string>();
    for (const run of runs) {
      try {
        for (const id of fixedShareIds(JSON.parse(run.key_spec) as CostSharingKeySpec))
          if (isUuid(id)) shareIds.add(id);
      } catch {
        // a spec that is not JSON is shown as it is (allocation-workbook.ts)
      }
    }
    return {
      filter: [
        [
          'Organisasjon',
          subject.organisation
            ? `${subject.organisation.name} (${subject.organisation.orgNumber})`
            : 'Alle du har tilgang til',
        ],
        ['Tiltak', subject.initiative ? `${subject.initiative.code} – ${subject.initiative.name}` : 'Alle'],
        ['År', filter.year === undefined || filter.year === null ? 'Alle' : String(filter.year)],
        [
          'Kjøring',
          subject.run
            ? `${subject.run.id} (${subject.run.initiativeCode} ${subject.run.year}, ${runStatusNb(subject.run.status)})`
            : filter.includeSuperseded
              ? 'Gjeldende og erstattede kjøringer'
              : 'Gjeldende kjøringer',
        ],
      ],
      access: accessNote(actor),
      exportedBy: `${actor.name} <${actor.email}>, ${organisationName ?? 'ukjent organisasjon'}${via}`,
      exportedAt,
      runs,
      organisationNames: await this.exportRepository.organisationNames([...shareIds]),
    };
  }
}

/** The listener of a checked-out export connection's 'error' event: the COPY stream has the error. */
function ignoreError(): void {
  // nothing to do: see copyCsv
}

function notFoundField(field: string, entity: string, id: string) {
  const error = notFound(entity, id);
  Object.assign(error.extensions, { field });
  return error;
}

/** Which lines the exporter could see, in words (the rules of AllocationQueryService.scoped). */
function accessNote(actor: Actor): string {
  if (isAdmin(actor)) return 'Administrator: alle linjer som passer til utvalget.';
  return hasRole(actor, Role.PORTFOLIO_REVIEWER)
    ? 'Linjene til din organisasjon, til tiltak den eier og til tiltak departementet har ansvar for.'
    : 'Linjene til din organisasjon og til tiltak den eier.';
}
