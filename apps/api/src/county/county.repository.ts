import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
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

  findByNumber(number: string): Promise<CountyEntity | null> {
    return this.uow.manager().getRepository(CountyEntity).findOneBy({ number });
  }
}
