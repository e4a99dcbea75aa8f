import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { HealthRepository } from './health.repository.js';

const DB_CHECK_TIMEOUT_MS = 2000;

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly database: HealthRepository) {}

  /** 200 with `{ status: "ok" }` when the database answers; 503 with the reason when it does not. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.database.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${DB_CHECK_TIMEOUT_MS} ms`)),
            DB_CHECK_TIMEOUT_MS,
          );
        }),
      ]);
      res.status(HttpStatus.OK).json({
        status: 'ok',
        database: { status: 'up', driver: this.database.driverName(), latencyMs: Date.now() - started },
      });
    } catch (error) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'error',
        database: { status: 'down', driver: this.database.driverName(), error: (error as Error).message },
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
