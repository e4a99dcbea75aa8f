import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { exportSocket } from './read-into-socket.js';

/** Exports streamed by COPY at once; more wait for nothing and use the batch path instead. */
const MAX_COPY_EXPORTS = 4;
/**
 * Connections for them: an export takes a second one (a second COPY stream, csv-copy.ts) only while each
 * export that may still start can have one.
 */
const MAX_COPY_CONNECTIONS = 6;

/** The connections of one export, to be given back together. */
export interface ExportLease {
  readonly connections: readonly pg.PoolClient[];
  /**
   * Gives them back: reusable after a COPY that completed; otherwise (broken) closed, so that the server
   * stops what they were doing.
   */
  release(broken: boolean): void;
}

/**
 * Connections for exports streamed by COPY on a PostgreSQL server. A COPY of every line runs as long as
 * the client keeps reading, so it cannot share the application pool, whose connections cancel a
 * statement after 30 seconds: these have no statement timeout, and a client that goes away takes its
 * connections with it (released as broken, so the server stops the COPY). None on the embedded database.
 * An export gets EXPORT_COPY_STREAMS connections (default 2) when that many are free, else one.
 */
@Injectable()
export class ExportConnections implements OnModuleDestroy {
  private readonly logger = new Logger(ExportConnections.name);
  private readonly pool: pg.Pool | null;
  private readonly streams: number;
  /** Exports and connections given out and not yet given back. */
  private exports = 0;
  private connections = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.streams = config.database.type === 'postgres' ? config.database.exportCopyStreams : 1;
    this.pool =
      config.database.type === 'postgres'
        ? new pg.Pool({
            connectionString: config.database.url,
            max: MAX_COPY_CONNECTIONS,
            idleTimeoutMillis: 10_000,
            connectionTimeoutMillis: 5_000,
            // JIT compilation of the record expressions costs more than it saves on a stream of lines. A part
            // of a two-stream export waits in its transaction while the other part's blocks are written.
            options: '-c jit=off -c idle_in_transaction_session_timeout=0',
            // Sockets that read into one buffer of their own (read-into-socket.ts).
            stream: exportSocket,
          })
        : null;
    // An idle connection that breaks (the server restarts) must not take the process down.
    this.pool?.on('error', (error) => this.logger.warn(`Export connection lost: ${error.message}`));
  }

  /**
   * Connections for a COPY export (one, or up to EXPORT_COPY_STREAMS), or null when COPY is not available
   * or MAX_COPY_EXPORTS are running. Fails as pg fails when not even one connection can be made.
   */
  async acquire(): Promise<ExportLease | null> {
    if (!this.pool || this.exports >= MAX_COPY_EXPORTS) return null;
    const count = copyStreamsFor(this.streams, this.exports, this.connections);
    this.exports++;
    this.connections += count;
    const made = await Promise.allSettled(Array.from({ length: count }, () => this.pool!.connect()));
    const connections = made.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    this.connections -= count - connections.length;
    if (!connections.length) {
      this.exports--;
      throw (made[0] as PromiseRejectedResult).reason;
    }
    for (const result of made)
      if (result.status === 'rejected')
        this.logger.warn(`Export connection not made, one stream instead: ${String(result.reason)}`);
    let released = false;
    return {
      connections,
      release: (broken) => {
        if (released) return;
        released = true;
        this.exports--;
        this.connections -= connections.length;
        for (const connection of connections) connection.release(broken || undefined);
      },
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }
}

/**
 * How many connections the next export gets: `streams` while every export that may start after it can
 * still have one, else one (exports and connections: those running).
 */
export function copyStreamsFor(streams: number, exports: number, connections: number): number {
  const spare = MAX_COPY_CONNECTIONS - connections - (MAX_COPY_EXPORTS - exports);
  return Math.max(1, Math.min(streams, 1 + spare));
}
