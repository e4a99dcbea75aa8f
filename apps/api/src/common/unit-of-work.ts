import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { serialiseQueries } from './serial-queries.js';

/**
 * The database work of one request, for the repositories: `manager()` is the transaction's EntityManager
 * inside `transaction(...)` and the pool's outside it, so a repository never takes a manager as an
 * argument and a service never sees one. The transaction travels with the async call chain
 * (AsyncLocalStorage), as the query counter's request does.
 *
 * This and the repositories are the only code that holds the DataSource.
 */
@Injectable()
export class UnitOfWork {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The EntityManager repositories use now: the open transaction's, or the pool's. */
  manager(): EntityManager {
    return this.current.getStore() ?? this.db.manager;
  }

  /** True inside `transaction(...)`. */
  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Inside an
   * open transaction it joins it (one commit for the whole change). Statements asked for concurrently
   * inside it (batch loaders resolving sibling fields) go to its one connection one at a time.
   */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    return this.db.transaction((em) => {
      if (em.queryRunner) serialiseQueries(em.queryRunner);
      return this.current.run(em, work);
    });
  }

  /**
   * Runs `work` inside the open transaction behind a SAVEPOINT: when it throws, only its own writes are
   * rolled back (and the transaction stays usable); when it resolves, they stay part of the transaction.
   * A bulk mutation runs each item this way so one failing item does not abort the others.
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const em = this.current.getStore();
    if (!em) throw new Error('UnitOfWork.savepoint needs an open transaction');
    await em.query('SAVEPOINT bulk_item');
    try {
      const result = await work();
      await em.query('RELEASE SAVEPOINT bulk_item');
      return result;
    } catch (error) {
      await em.query('ROLLBACK TO SAVEPOINT bulk_item');
      await em.query('RELEASE SAVEPOINT bulk_item');
      throw error;
    }
  }
}
