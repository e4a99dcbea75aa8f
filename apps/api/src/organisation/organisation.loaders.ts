import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { loaderById, loaderOfMany } from '../common/loader-factories.js';
import { OrganisationPopulationEntity } from './organisation-population.entity.js';
import { OrganisationEntity } from './organisation.entity.js';

/** Per-request batch loaders of organisations: `ctx.loaders.of(OrganisationLoaders)`. */
export class OrganisationLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  readonly organisation = loaderById(this.source, OrganisationEntity);

  readonly childrenOfOrganisation = loaderOfMany(this.source, OrganisationEntity, 'parentId', {
    name: 'ASC',
  });

  /** Populations of each organisation, oldest year first. */
  readonly populationsOfOrganisation = loaderOfMany(
    this.source,
    OrganisationPopulationEntity,
    'organisationId',
    {
      year: 'ASC',
    },
  );

  /** The county authority (fylkeskommune) of each county, by county number; Oslo has none. */
  readonly countyAuthority = new DataLoader<string, OrganisationEntity | null>(async (numbers) => {
    const rows = await this.db
      .getRepository(OrganisationEntity)
      .findBy({ countyNumber: In([...numbers]), kind: 'COUNTY_AUTHORITY' as OrganisationEntity['kind'] });
    const byNumber = new Map(rows.map((row) => [row.countyNumber, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  });
}
