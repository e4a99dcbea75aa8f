import type { NestExpressApplication } from '@nestjs/platform-express';
import { ExportConnections } from '../../../apps/api/src/export/export-connections.js';

/**
 * Counts the CSV downloads the app streams by COPY (a connection from the export pool; none on the
 * embedded database, which writes the file by batches), so a test can say which path it exercised.
 */
export function countCopyDownloads(app: NestExpressApplication): { readonly count: number } {
  const counter = { count: 0 };
  const connections = app.get(ExportConnections);
  const acquire = connections.acquire.bind(connections);
  connections.acquire = async () => {
    const connection = await acquire();
    if (connection) counter.count++;
    return connection;
  };
  return counter;
}
