import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../common/errors.js';
import { CountyEntity } from './county.entity.js';

@Injectable()
export class CountyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(): Promise<CountyEntity[]> {
    return this.db.getRepository(CountyEntity).find({ order: { number: 'ASC' } });
  }

  async findByNumber(number: string): Promise<CountyEntity> {
    if (!/^\d{2}$/.test(number)) throw badInput('number', `must be 2 digits (got "${number}")`);
    const county = await this.db.getRepository(CountyEntity).findOneBy({ number });
    if (!county) throw notFound('County', number);
    return county;
  }
}
