import { Injectable } from '@nestjs/common';
import type { ListWindow } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort, type Sort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { type CoFinancingCallFilter, CoFinancingCallSortField } from './dto/co-financing-calls.args.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { CoFinancingCallEntity } from './co-financing-call.entity.js';

/** What a call holds besides its id, version, demo marker and timestamps. */
export type CallFields = Pick<CoFinancingCallEntity, 'year' | 'title' | 'deadline' | 'status' | 'ruleSet'>;

/** The only code that reads and writes co_financing_calls, in the request's transaction (UnitOfWork). */
@Injectable()
export class CoFinancingCallRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(CoFinancingCallEntity);
  }

  findById(id: string): Promise<CoFinancingCallEntity | null> {
    return this.table.findOneBy({ id });
  }

  findByYear(year: number): Promise<CoFinancingCallEntity | null> {
    return this.table.findOneBy({ year });
  }

  /**
   * The calls matching `filter`, in `sort`'s order (default newest year first; ties by year, one call a
   * year), from `offset`, `limit` of them (all without).
   */
  list(
    filter: CoFinancingCallFilter,
    sort: Partial<Sort<CoFinancingCallSortField>> | undefined,
    window: ListWindow,
  ): Promise<CoFinancingCallEntity[]> {
    const query = this.table.createQueryBuilder('c');
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.year !== undefined && filter.year !== null)
      query.andWhere('c.year = :year', { year: filter.year });
    applySort(
      query,
      sort,
      { YEAR: 'c.year', DEADLINE: 'c.deadline', TITLE: 'c.title' },
      { field: CoFinancingCallSortField.YEAR, direction: SortDirection.DESC },
      ['c.year'],
    );
    return query
      .offset(window.offset ?? 0)
      .limit(window.limit ?? undefined)
      .getMany();
  }

  insert(fields: CallFields, isDemo = false): Promise<CoFinancingCallEntity> {
    return this.table.save(this.table.create({ ...fields, isDemo, version: 1 }));
  }

  /** Writes `fields` if the call is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateAtVersion(
    id: string,
    version: number,
    fields: Partial<Pick<CallFields, 'title' | 'deadline' | 'status'>>,
  ): Promise<CoFinancingCallEntity> {
    await updateAtVersion(
      this.uow.manager(),
      CoFinancingCallEntity,
      'Co-financing call',
      id,
      version,
      fields,
    );
    return this.table.findOneByOrFail({ id });
  }
}
