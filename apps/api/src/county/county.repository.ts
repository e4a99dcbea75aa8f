import { Injectable } from '@nestjs/common';
import { likePattern } from '../common/ids.js';
import type { ListWindow } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort, type Sort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import type { CountyFilter } from './dto/counties.args.js';
import { CountySortField } from './dto/counties.args.js';
import { CountyEntity } from './county.entity.js';

/** The counties (reference data, read-only for the API). */
@Injectable()
export class CountyRepository {
  constructor(private readonly uow: UnitOfWork) {}

  all(): Promise<CountyEntity[]> {
    return this.uow
      .manager()
      .getRepository(CountyEntity)
      .find({ order: { number: 'ASC' } });
  }

  /** The counties matching `filter`, in `sort`'s order (default by number), from `offset`, `limit` of them (all without). */
  list(
    filter: CountyFilter,
    sort: Partial<Sort<CountySortField>> | undefined,
    window: ListWindow,
  ): Promise<CountyEntity[]> {
    const query = this.uow.manager().getRepository(CountyEntity).createQueryBuilder('c');
    const search = filter.search?.trim();
    if (search)
      query.where("(c.name ILIKE :p ESCAPE '\\' OR c.number = :search)", { p: likePattern(search), search });
    applySort(
      query,
      sort,
      { NUMBER: 'c.number', NAME: 'c.name' },
      { field: CountySortField.NUMBER, direction: SortDirection.ASC },
      ['c.number'],
    );
    return query
      .offset(window.offset ?? 0)
      .limit(window.limit ?? undefined)
      .getMany();
  }

  findByNumber(number: string): Promise<CountyEntity | null> {
    return this.uow.manager().getRepository(CountyEntity).findOneBy({ number });
  }
}
