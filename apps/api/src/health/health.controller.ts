import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';

const DB_CHECK_TIMEOUT_MS = 2000;

@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 with `{ status: "ok" }` when the database answers; 503 with the reason when it does not. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${DB_CHECK_TIMEOUT_MS} ms`)),
            DB_CHECK_TIMEOUT_MS,
          );
        }),
      ]);
      res.status(HttpStatus.OK).json({
        status: 'ok',
        database: { status: 'up', driver: this.driverName(), latencyMs: Date.now() - started },
      });
    } catch (error) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'error',
        database: { status: 'down', driver: this.driverName(), error: (error as Error).message },
      });
    } finally {
      clearTimeout(timer);
    }
  }

  private driverName(): string {
    const options = this.db.options as { driver?: unknown };
    return options.driver ? 'pglite' : 'postgres';
  }
}
