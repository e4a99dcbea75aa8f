import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { exportSocket } from './read-into-socket.js';

/** Exports streamed by COPY at once; more wait for nothing and use the batch path instead. */
const MAX_COPY_EXPORTS = 4;

/**
 * Connections for exports streamed by COPY on a PostgreSQL server. A COPY of every line runs as long as
 * the client keeps reading, so it cannot share the application pool, whose connections cancel a
 * statement after 30 seconds: these have no statement timeout, and a client that goes away takes its
 * connection with it (released as broken, so the server stops the COPY). None on the embedded database.
 */
@Injectable()
export class ExportConnections implements OnModuleDestroy {
  private readonly logger = new Logger(ExportConnections.name);
  private readonly pool: pg.Pool | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool =
      config.database.type === 'postgres'
        ? new pg.Pool({
            connectionString: config.database.url,
            max: MAX_COPY_EXPORTS,
            idleTimeoutMillis: 10_000,
            connectionTimeoutMillis: 5_000,
            // JIT compilation of the record expressions costs more than it saves on a stream of lines.
            options: '-c jit=off',
            // Sockets that read into one buffer of their own (read-into-socket.ts).
            stream: exportSocket,
          })
        : null;
    // An idle connection that breaks (the server restarts) must not take the process down.
    this.pool?.on('error', (error) => this.logger.warn(`Export connection lost: ${error.message}`));
  }

  /** A connection for a COPY export, or null when COPY is not available or all are busy. */
  async acquire(): Promise<pg.PoolClient | null> {
    if (!this.pool) return null;
    if (this.pool.totalCount >= MAX_COPY_EXPORTS && this.pool.idleCount === 0) return null;
    return this.pool.connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }
}
