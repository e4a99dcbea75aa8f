import type { Response } from 'express';
import { EventEmitter } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type pg from 'pg';
import { AppError } from '../common/errors.js';
import type { AllocationQueryService } from '../allocation/allocation-query.service.js';
import type { AllocationExportRepository } from './allocation-export.repository.js';
import { OutputBlocks } from './copy-binary.js';
import type { ExportConnections, ExportLease } from './export-connections.js';
import { AllocationExportService, MAX_XLSX_LINES, type PreparedExport } from './allocation-export.service.js';

function serviceWith(totalCount: number) {
  const query = {
    totals: () => Promise.resolve({ totalCount, totalPlannedAmount: '0.00', totalActualAmount: '0.00' }),
  } as unknown as AllocationQueryService;
  return new AllocationExportService({} as AllocationExportRepository, query);
}

const prepared = (subject: Partial<PreparedExport['subject']>, filter: PreparedExport['filter'] = {}) =>
  ({
    actor: {},
    filter,
    query: {},
    subject: { organisation: null, initiative: null, run: null, ...subject },
  }) as unknown as PreparedExport;

describe('AllocationExportService', () => {
  it('refuses a workbook with more lines than a worksheet holds before sending anything', async () => {
    const calls: string[] = [];
    const res = {
      setHeader: (name: string) => calls.push(name),
      status: () => calls.push('status'),
    } as unknown as Response;
    const refusal = serviceWith(MAX_XLSX_LINES + 1)
      .writeXlsx(res, prepared({}))
      .catch((error: unknown) => error);
    const error = (await refusal) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
    expect(error.message).toMatch(
      /matches 1048574 lines, more than a worksheet holds .* use allocations\.csv/,
    );
    expect(calls).toEqual([]);
  });

  it('names files by organisation, initiative, run and year', () => {
    const service = serviceWith(0);
    expect(service.fileName(prepared({}), 'fordeling', 'nb', 'xlsx')).toBe('fordeling_alle.xlsx');
    expect(service.fileName(prepared({}, { includeSuperseded: true }), 'allocations', 'en', 'csv')).toBe(
      'allocations_all_with-superseded.csv',
    );
    expect(
      service.fileName(
        prepared(
          {
            organisation: { name: 'Nord-Aurdal', orgNumber: '961381096' },
            initiative: { code: 'EID 2026', name: 'x' },
          },
          { year: 2026 },
        ),
        'fordeling',
        'nb',
        'csv',
      ),
    ).toBe('fordeling_Nord-Aurdal-961381096_EID-2026_2026.csv');
    expect(
      service.fileName(
        prepared({
          run: {
            id: 'd1953ad1-949b-41c1-b496-3bd3a80927aa',
            initiativeCode: 'DIGIFIN',
            year: 2024,
            status: 'CURRENT',
          },
        }),
        'fordeling',
        'nb',
        'csv',
      ),
    ).toBe('fordeling_DIGIFIN_kjoring-d1953ad1_2024.csv');
  });

  it('survives an export connection that breaks during a COPY: the download fails, the connection is closed, the process lives', async () => {
    // pg fails the COPY stream and then emits 'error' on the client (an EventEmitter throws an 'error'
    // nobody listens to: in production, the process would stop)
    const connection = Object.assign(new EventEmitter(), {
      released: [] as unknown[],
      release(broken?: unknown) {
        this.released.push(broken);
      },
    });
    const records = new Readable({ objectMode: true, read() {} });
    const repository = {
      copyCsvRecords: () =>
        Promise.resolve({ streams: [records], output: new OutputBlocks(), finish: () => Promise.resolve() }),
    } as unknown as AllocationExportRepository;
    const lease: ExportLease = {
      connections: [connection as unknown as pg.PoolClient],
      release: (broken) => connection.release(broken),
    };
    const connections = { acquire: () => Promise.resolve(lease) } as unknown as ExportConnections;
    const service = new AllocationExportService(repository, {} as AllocationQueryService, connections);
    const res = Object.assign(new PassThrough(), { status: () => res, setHeader: () => res });
    const received: Buffer[] = [];
    res.on('data', (chunk: Buffer) => received.push(chunk));
    const writing = service.writeCsv(res as unknown as Response, prepared({}), 'rfc4180');
    records.push({ block: 0, data: Buffer.from('a,1\r\n') });
    await new Promise((resolve) => setImmediate(resolve));
    const lost = new Error('Connection terminated unexpectedly');
    records.destroy(lost);
    expect(() => connection.emit('error', lost)).not.toThrow();
    await expect(writing).rejects.toBe(lost);
    expect(connection.released).toEqual([true]);
    expect(connection.listenerCount('error')).toBe(0);
    expect(Buffer.concat(received).toString()).toContain('a,1\r\n');
  });
});
