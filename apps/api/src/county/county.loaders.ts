import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { loaderOfMany } from '../common/loader-factories.js';
import { CountyPopulationEntity } from './county-population.entity.js';
import { CountyEntity } from './county.entity.js';

/** Per-request batch loaders of counties: `ctx.loaders.of(CountyLoaders)`. */
export class CountyLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  /** Counties by number. */
  readonly county = new DataLoader<string, CountyEntity | null>(async (numbers) => {
    const rows = await this.db.getRepository(CountyEntity).findBy({ number: In([...numbers]) });
    const byNumber = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  });

  readonly populationsOfCounty = loaderOfMany(this.source, CountyPopulationEntity, 'countyNumber', {
    year: 'ASC',
  });
}
