import type { NestExpressApplication } from '@nestjs/platform-express';
import { AllocationExportRepository } from '../../../apps/api/src/export/allocation-export.repository.js';
import { ExportConnections } from '../../../apps/api/src/export/export-connections.js';

/**
 * Counts the CSV downloads the app streams by COPY (connections from the export pool; none on the
 * embedded database, which writes the file by batches), so a test can say which path it exercised, with
 * how many connections (`streams`) and how many COPY streams (`copies`) each.
 */
export function countCopyDownloads(app: NestExpressApplication): {
  readonly count: number;
  readonly streams: readonly number[];
  readonly copies: readonly number[];
} {
  const counter = { count: 0, streams: [] as number[], copies: [] as number[] };
  const connections = app.get(ExportConnections);
  const acquire = connections.acquire.bind(connections);
  connections.acquire = async () => {
    const lease = await acquire();
    if (lease) {
      counter.count++;
      counter.streams.push(lease.connections.length);
    }
    return lease;
  };
  // and how many COPY streams each ran (fewer than connections when the second could not take its locks)
  const repository = app.get(AllocationExportRepository);
  const copyCsvRecords = repository.copyCsvRecords.bind(repository);
  repository.copyCsvRecords = async (...args) => {
    const copy = await copyCsvRecords(...args);
    counter.copies.push(copy.streams.length);
    return copy;
  };
  return counter;
}

/** Has the app's exports use `streams` COPY streams when they can (EXPORT_COPY_STREAMS, read at start). */
export function useCopyStreams(app: NestExpressApplication, streams: 1 | 2): void {
  // the setting as ExportConnections read it at start (a private field)
  const connections: object = app.get(ExportConnections);
  Object.assign(connections, { streams });
}
