import { msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { badInput, notFound } from '../common/errors.js';
import { assertListWindow } from '../common/list-window.js';
import type { CountiesArgs } from './dto/counties.args.js';
import type { CountyEntity } from './county.entity.js';
import { CountyRepository } from './county.repository.js';

@Injectable()
export class CountyService {
  constructor(private readonly counties: CountyRepository) {}

  list({ filter, sort, ...window }: CountiesArgs): Promise<CountyEntity[]> {
    assertListWindow(window);
    return this.counties.list(filter ?? {}, sort, window);
  }

  async findByNumber(number: string): Promise<CountyEntity> {
    if (!/^\d{2}$/.test(number))
      throw badInput('number', msg('COUNTY_NUMBER_DIGITS', { got: `"${number}"` }));
    const county = await this.counties.findByNumber(number);
    if (!county) throw notFound('County', number);
    return county;
  }
}
