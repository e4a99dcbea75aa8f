import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';

/** The health check's one statement, and which database answers it. */
@Injectable()
export class HealthRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Resolves when the database answers a trivial statement. */
  async ping(): Promise<void> {
    await this.uow.manager().query('SELECT 1');
  }

  /** 'pglite' (embedded) or 'postgres' (a server). */
  driverName(): 'pglite' | 'postgres' {
    const options = this.uow.manager().connection.options as { driver?: unknown };
    return options.driver ? 'pglite' : 'postgres';
  }
}
