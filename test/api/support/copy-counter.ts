import type { NestExpressApplication } from '@nestjs/platform-express';
import { ExportConnections } from '../../../apps/api/src/export/export-connections.js';

/**
 * Counts the CSV downloads the app streams by COPY (connections from the export pool; none on the
 * embedded database, which writes the file by batches), so a test can say which path it exercised, and
 * with how many streams (connections) each.
 */
export function countCopyDownloads(app: NestExpressApplication): {
  readonly count: number;
  readonly streams: readonly number[];
} {
  const counter = { count: 0, streams: [] as number[] };
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
  return counter;
}

/** Has the app's exports use `streams` COPY streams when they can (EXPORT_COPY_STREAMS, read at start). */
export function useCopyStreams(app: NestExpressApplication, streams: 1 | 2): void {
  // the setting as ExportConnections read it at start (a private field)
  const connections: object = app.get(ExportConnections);
  Object.assign(connections, { streams });
}
